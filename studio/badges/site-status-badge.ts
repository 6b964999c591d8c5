/**
 * A badge on a document that the last update of the site named: «Stoppet oppdateringen» (red) when it stopped the
 * update, «Merknad» (yellow) for a remark of the content report. The editor who opens the document sees it without
 * having looked at «Status for nettstedet»; the badge's tooltip says what is wrong. It stays until the next update
 * reports, a few minutes after the document is published again.
 */
import type { DocumentBadgeComponent, DocumentBadgeDescription } from 'sanity';
import type { SiteStatus } from '@for-alle/shared/site-status';
import { useSiteStatus } from '../lib/site-status-store';
import { sentence, whenText } from '../lib/site-status-text';

/** The badge for the document `documentId` (its published id), or none. */
export function siteStatusBadge(
  status: SiteStatus | null | undefined,
  documentId: string,
  now: Date,
): DocumentBadgeDescription | null {
  if (!status) return null;
  const problems = status.problems.filter((item) => item.documentId === documentId);
  const remarks = status.remarks.filter((item) => item.documentId === documentId);
  const items = problems.length > 0 ? problems : remarks;
  if (items.length === 0) return null;
  const when = whenText(status.reportedAt, now);
  const lines = items.map((item) => `${item.where}: ${sentence(item.message)}`);
  return problems.length > 0
    ? {
        label: 'Stoppet oppdateringen',
        color: 'danger',
        title: `Oppdateringen av nettstedet ${when} stoppet på dette dokumentet. ${lines.join(' ')} Rett feilen og publiser på nytt.`,
      }
    : {
        label: 'Merknad',
        color: 'warning',
        title: `Merknad fra oppdateringen av nettstedet ${when} (den stopper ikke publiseringen). ${lines.join(' ')}`,
      };
}

export const SiteStatusBadge: DocumentBadgeComponent = (props) =>
  siteStatusBadge(useSiteStatus().status, props.id, new Date());
