import { ContentLakeError } from '../sanity/content-lake-source';
import { contentRevisionsQuery } from '../sanity/queries';
import type { ContentRevisionsQueryResult } from '../sanity/sanity.types';
import type { ContentSource } from '../sanity/source';
import { ContentGuardError } from './problems';
import { guardContent, type GuardResult } from './run';
import { renderedTypes } from './schemas';

/** What became of the published content between the guard's check and the end of the build. */
interface ChangesDuringBuild {
  /** Published or changed since the check (a new `_rev`). */
  changed: string[];
  /** Checked, and no longer published: deleted, or unpublished with «Avpubliser». */
  gone: string[];
}

/** The sentence that follows the guard's lines when the problem came in while the pages were being made. */
export const changedDuringBuildNote =
  'Innholdet ble endret i Sanity mens nettstedet ble bygget, etter kontrollen ved starten, så neste oppdatering tar med endringen når feilen er rettet.';

/**
 * With the Content Lake, the guard checks the content as it was when the build started, and every page asks again
 * as it renders, minutes later: a document published meanwhile reaches pages the guard never saw. So at the end of
 * the build, before anything is indexed or deployed, the revisions are compared with those checked. If any
 * document is new, changed or gone, the guard runs again over the content as it is now, with the first check's
 * "now", so only the changes can make it fail; a problem stops the build with the guard's usual lines and
 * `changedDuringBuildNote`. Changes that pass are returned with the second check's result: the publish webhook has
 * already started another build that takes them (docs/deploy.md).
 *
 * A change after this comparison can still reach the search records (search-records.ts reads after it); it cannot
 * reach a page, which are all written by now.
 */
export async function recheckChangesDuringBuild(
  source: ContentSource,
  checked: GuardResult,
  now: Date,
): Promise<{ changes: ChangesDuringBuild; recheck: GuardResult | null }> {
  const current = await source
    .fetch<ContentRevisionsQueryResult>(contentRevisionsQuery, { types: renderedTypes })
    .catch((error: unknown) => {
      throw notChecked(error);
    });
  const present = new Set(current.map((document) => document._id));
  const changes = {
    changed: current
      .filter((document) => checked.revisions.get(document._id) !== (document._rev ?? ''))
      .map((document) => document._id)
      .sort(),
    gone: [...checked.revisions.keys()].filter((id) => !present.has(id)).sort(),
  };
  if (changes.changed.length === 0 && changes.gone.length === 0) return { changes, recheck: null };
  try {
    return { changes, recheck: await guardContent(source, now) };
  } catch (error) {
    if (!(error instanceof ContentGuardError)) throw notChecked(error);
    throw new ContentGuardError(error.problems, source.description, changedDuringBuildNote);
  }
}

/**
 * The Content Lake failed at the end of the build: the pages are built, but whether they hold what the guard checked
 * is not known, so they are not published. Said so, not «Nettstedet ble ikke bygget» as at the start.
 */
function notChecked(error: unknown): Error {
  if (!(error instanceof ContentLakeError)) return error instanceof Error ? error : new Error(String(error));
  return new Error(
    `${error.failure} Innholdsvakten fikk dermed ikke sjekket om innholdet ble endret i Sanity mens nettstedet ble bygget. Sidene er bygget, men ikke publisert: den publiserte versjonen er uendret, og neste oppdatering prøver igjen.`,
    { cause: error },
  );
}
