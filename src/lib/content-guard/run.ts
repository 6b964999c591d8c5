import { buildNow } from '../now';
import type { StoredDocument } from '../sanity/ndjson';
import { maxFileBytes } from '@for-alle/shared/content-rules';
import { renderedDocumentsQuery, documentIdsQuery, oversizedFilesQuery } from '../sanity/queries';
import type { ContentSource } from '../sanity/source';
import { findContentProblems } from './guard';
import { pageDates } from './page-dates';
import { documentsByPage } from './page-documents';
import { ContentGuardError, documentTitle, type ContentProblem } from './problems';
import { findContentWarnings } from './report';
import { renderedTypes } from './schemas';

export interface GuardResult {
  documents: number;
  warnings: ContentProblem[];
  /** The documents behind each page, for the build's manifest (`documentsByPage`). */
  pageDocuments: Record<string, string[]>;
  /** The revision (`_rev`) of each document checked, to tell at the end of the build what changed meanwhile. */
  revisions: Map<string, string>;
  /** When each page that shows its own document last changed, by path, for the sitemap's `lastmod` (`pageDates`). */
  pageDates: Map<string, string>;
}

/**
 * Checks all published content through the build's own source; throws ContentGuardError listing every problem.
 * `now` is the build's (`buildNow`); a second check of the same build passes the first one's, so only the content
 * can make the two differ.
 */
export async function guardContent(source: ContentSource, now: Date = buildNow()): Promise<GuardResult> {
  const [documents, ids, oversizedFiles] = await Promise.all([
    source.fetch<StoredDocument[]>(renderedDocumentsQuery, { types: renderedTypes }),
    source.fetch<string[]>(documentIdsQuery),
    source.fetch<{ _id: string; size: number }[]>(oversizedFilesQuery, { limit: maxFileBytes }),
  ]);
  const titles = new Map(documents.map((document) => [document._id, documentTitle(document)]));
  const titled = (problem: ContentProblem): ContentProblem => ({ ...problem, title: titles.get(problem.id) });
  const sizes = new Map(oversizedFiles.map((file) => [file._id, file.size]));
  const problems = findContentProblems(documents, new Set(ids), now, sizes).map(titled);
  if (problems.length > 0) throw new ContentGuardError(problems, source.description);
  return {
    documents: documents.length,
    warnings: findContentWarnings(documents, now).map(titled),
    pageDocuments: documentsByPage(documents),
    revisions: new Map(
      documents.map((document) => [document._id, typeof document._rev === 'string' ? document._rev : '']),
    ),
    pageDates: pageDates(documents, now),
  };
}
