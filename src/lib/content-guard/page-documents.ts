import { documentPath } from '@for-alle/shared/document-path';
import { storiesAtPlacePath, storiesInPillarPath } from '../routes';
import type { StoredDocument } from '../sanity/ndjson';

/** A page's path as the manifest writes it: with a trailing slash, without an anchor (`/historier/kor/`). */
const pagePath = (path: string) => (path.endsWith('/') ? path : `${path}/`);

const refOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && '_ref' in value && typeof value._ref === 'string'
    ? value._ref
    : undefined;

const slugOf = (document: StoredDocument | undefined): string | undefined => {
  const slug = (document as { slug?: { current?: unknown } } | undefined)?.slug?.current;
  return typeof slug === 'string' && slug.trim() ? slug.trim() : undefined;
};

/**
 * The published documents behind each page, by the page's path: a document's own page (a story, an event, a place
 * with its collaboration project), and for a listing of stories (/historier, per place, per pillar) the stories it
 * lists. The build keeps this in its manifest, so the next build can tell a page an editor took down from a page
 * lost by accident. Later pages of a listing (`…/side/2/`) share the listing's entry: see `documentsOfPage`.
 */
export function documentsByPage(documents: StoredDocument[]): Record<string, string[]> {
  const byId = new Map(documents.map((document) => [document._id, document]));
  const pages: Record<string, string[]> = {};
  const add = (path: string | null | undefined, id: string) => {
    if (!path || path.includes('#')) return;
    (pages[pagePath(path)] ??= []).push(id);
  };
  for (const document of documents) {
    const place = byId.get(refOf((document as { place?: unknown }).place) ?? '');
    add(
      documentPath({
        _type: document._type,
        slug: (document as { slug?: { current?: string } }).slug,
        year: (document as { year?: number }).year,
        placeSlug: slugOf(place),
      }),
      document._id,
    );
    if (document._type !== 'projectStory') continue;
    add('/historier/', document._id);
    const placeSlug = slugOf(place);
    if (placeSlug) add(storiesAtPlacePath(placeSlug), document._id);
    const pillarSlug = slugOf(byId.get(refOf((document as { pillar?: unknown }).pillar) ?? ''));
    if (pillarSlug) add(storiesInPillarPath(pillarSlug), document._id);
  }
  return pages;
}

/** The documents behind a page in a manifest; a later page of a listing has those of the listing's first page. */
export function documentsOfPage(pages: Record<string, string[]>, path: string): string[] {
  return pages[path] ?? pages[path.replace(/side\/\d+\/$/, '')] ?? [];
}
