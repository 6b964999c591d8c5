import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { documentsOfPage } from './page-documents';

/** The share of the last build's pages that may disappear in one build before it is stopped as suspicious. */
export const maxVanishedShare = 0.1;

/** The site paths of every HTML page in a build directory, sorted: `/`, `/historier/`, … (404 left out). */
export function builtPages(outDir: string): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name === 'index.html')
        pages.push(`/${relative(outDir, dir).split('\\').join('/')}${relative(outDir, dir) ? '/' : ''}`);
    }
  };
  visit(outDir);
  return pages.sort();
}

/** Paths the host redirects (Netlify/Cloudflare `_redirects`: "from to [status]"), which may vanish legitimately. */
export function redirectedPaths(redirectsFile: string): Set<string> {
  if (!existsSync(redirectsFile)) return new Set();
  const normalise = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  return new Set(
    readFileSync(redirectsFile, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => normalise(line.split(/\s+/)[0])),
  );
}

/** The list of pages a successful build writes, for the next build to compare itself with. */
export interface BuildManifest {
  builtAt?: string;
  pages: string[];
  /** The documents behind each page (`documentsByPage`); absent from manifests written before it was added. */
  documents?: Record<string, string[]>;
}

/**
 * Where the documents behind the vanished pages stand now: published, or kept only as a draft. Sanity's
 * «Avpubliser» removes the published document and leaves its draft (`drafts.<id>`); «Slett» removes both.
 * `draftOnly` is null when the source cannot see drafts (the Content Lake without a read token).
 */
export interface PublicationState {
  published: Set<string>;
  draftOnly: Set<string> | null;
}

/**
 * Why a page of the last build is gone: `unpublished`, an editor took its document down and kept the draft;
 * `published`, its document is still published, so the build failed to make the page (code or query); `gone`, its
 * document is not in the dataset at all (deleted, or the build read the wrong project or dataset);
 * `not-published`, not published and drafts unseen; `unknown`, the last manifest did not say which document it was.
 */
export type VanishedReason = 'unpublished' | 'published' | 'gone' | 'not-published' | 'unknown';

export interface VanishedPage {
  path: string;
  documents: string[];
  reason: VanishedReason;
}

/** Pages of the last build that are gone now and not redirected. */
export function vanishedPages(previous: BuildManifest, current: string[], redirects: Set<string>): string[] {
  const now = new Set(current);
  return previous.pages.filter((path) => !now.has(path) && !redirects.has(path));
}

function reasonFor(documents: string[], state: PublicationState | undefined): VanishedReason {
  if (documents.length === 0 || !state) return 'unknown';
  // One document taken down is enough: a story listing's later page goes when any of its stories does.
  if (state.draftOnly && documents.some((id) => state.draftOnly?.has(id))) return 'unpublished';
  if (documents.some((id) => state.published.has(id))) return 'published';
  return state.draftOnly ? 'gone' : 'not-published';
}

/**
 * Compares this build with the last successful one. Pages taken down on purpose (their documents unpublished,
 * drafts kept) do not count; the rest, pages lost, stop the build when they are more than `maxVanishedShare` of the
 * last build: that is what a broken query, an empty or wrong dataset or a wrong project id looks like.
 */
export function compareWithLastBuild(
  previous: BuildManifest,
  current: string[],
  redirects: Set<string>,
  state?: PublicationState,
) {
  const vanished: VanishedPage[] = vanishedPages(previous, current, redirects).map((path) => {
    const documents = documentsOfPage(previous.documents ?? {}, path);
    return { path, documents, reason: reasonFor(documents, state) };
  });
  const takenDown = vanished.filter((page) => page.reason === 'unpublished');
  const lost = vanished.filter((page) => page.reason !== 'unpublished');
  return { vanished, takenDown, lost, tooMany: tooManyVanished(lost.length, previous.pages.length) };
}

/** Whether pages lost in this many would stop the build, before asking the source why they are gone. */
export function tooManyVanished(vanished: number, total: number): boolean {
  return total > 0 && vanished / total > maxVanishedShare;
}
