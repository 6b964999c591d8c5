/**
 * What the last update of the site came to, for the editors, who never see the deploy workflow: the build's content
 * check leaves its findings in a file (src/integrations/content-guard.ts), the workflow writes them with the run's
 * outcome into the Content Lake (scripts/report-site-status.ts), and the Studio shows them at the top of its menu
 * («Status for nettstedet», studio/components/SiteStatusPane.tsx).
 */

/**
 * One document, replaced after every run. The dot puts it under a path: the Content Lake never shows such a document
 * without a token, whatever the dataset's visibility, and the site never queries its type.
 */
export const siteStatusId = 'for-alle.site-status';
const siteStatusType = 'siteStatus';

/** `published`: the site was updated. `stopped`: the content check stopped it. `failed`: anything else did. */
type SiteStatusOutcome = 'published' | 'stopped' | 'failed';

/** One finding about one document, as the build's messages give it, and where the Studio opens it. */
export interface SiteStatusItem {
  _key: string;
  documentId: string;
  documentType: string;
  /** The field path (`registration.url`), empty for the document as a whole. */
  path: string;
  /** The document and field as the Studio names them: «Arrangement «Workshop i Arendal» › Påmelding › Påmeldingslenke». */
  where: string;
  message: string;
}

/** What the content check of one build found: written by the build, read by the reporter. */
export interface ContentCheck {
  checkedAt: string;
  /** Errors that stopped the build. */
  problems: SiteStatusItem[];
  /** The content report's remarks, which did not. */
  remarks: SiteStatusItem[];
  /** Why the build stopped when the editors can act but no single field is to blame (many pages gone). */
  stopMessage?: string;
  /** Why the build stopped when neither the content nor the editors are to blame (the Content Lake failing). */
  technicalFailure?: string;
}

export interface SiteStatus {
  _id: string;
  _type: typeof siteStatusType;
  outcome: SiteStatusOutcome;
  /** When this run finished. */
  reportedAt: string;
  /**
   * The content the site shows now is what was published at this moment (the content check of the last run that
   * succeeded); absent until the first.
   */
  publishedAt?: string;
  /** The workflow run that reported (GitHub's run ids only grow): an older run never overwrites a newer one's report. */
  runId?: number;
  problems: SiteStatusItem[];
  remarks: SiteStatusItem[];
  /** For `stopped` without problems, and for `failed`: what to tell the editors. */
  message?: string;
  /** The workflow run, for whoever runs the site. */
  runUrl?: string;
}

/** The words for a run that failed for a reason that is not the content. */
export const technicalFailureMessage =
  'Oppdateringen feilet av en teknisk grunn, ikke på grunn av innholdet. Det dere har publisert, er trygt lagret i ' +
  'Studio og kommer ut når feilen er rettet. Si fra til den som drifter nettstedet.';

/**
 * The status document after a run: its outcome from the workflow (`succeeded`) and what the content check found
 * (`check`, missing when the build never got as far), keeping when the site was last updated from the one before.
 */
export function siteStatusAfterRun({
  succeeded,
  check,
  previous,
  now,
  runUrl,
  runId,
}: {
  succeeded: boolean;
  check: ContentCheck | undefined;
  previous: Pick<SiteStatus, 'publishedAt'> | null;
  now: Date;
  runUrl?: string;
  runId?: number;
}): SiteStatus {
  const stopped = !succeeded && check !== undefined && (check.problems.length > 0 || check.stopMessage !== undefined);
  const outcome: SiteStatusOutcome = succeeded ? 'published' : stopped ? 'stopped' : 'failed';
  // The moment the content was read, not when the run ended: what was published during the build waits for the next.
  const publishedAt = succeeded ? (check?.checkedAt ?? now.toISOString()) : previous?.publishedAt;
  const message =
    outcome === 'failed'
      ? (check?.technicalFailure ?? technicalFailureMessage)
      : outcome === 'stopped'
        ? check?.stopMessage
        : undefined;
  return {
    _id: siteStatusId,
    _type: siteStatusType,
    outcome,
    reportedAt: now.toISOString(),
    ...(publishedAt && { publishedAt }),
    problems: outcome === 'stopped' ? (check?.problems ?? []) : [],
    remarks: check?.remarks ?? [],
    ...(message && { message }),
    ...(runUrl && { runUrl }),
    ...(runId !== undefined && { runId }),
  };
}
