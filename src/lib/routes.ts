// The site's own addresses that are not a document's: the story listings by place and pillar, and links editors type.
// A document's own page (a story, a place, an event) has its address from `documentPath` in
// @for-alle/shared/document-path, which the Studio's previews and the content guard use as well.
import { documentPath, reservedPaths, type PathableDocument } from '@for-alle/shared/document-path';
import { safeHref } from '@for-alle/shared/safe-url';

/** A navigation or link target as the queries project it: a referenced document, or a plain URL. */
export interface LinkTarget {
  href?: string | null;
  reference?: PathableDocument | null;
}

/** The href for a link target; a reference wins over a typed URL, since it follows the document if its slug changes. */
export function hrefFor(target: LinkTarget): string | null {
  if (target.reference) return documentPath(target.reference);
  return siteHref(safeHref(target.href));
}

/**
 * An address an editor typed, with the trailing slash a page's address has on this site (`/kontakt` →
 * `/kontakt/`, `/om#styret` → `/om/#styret`): every page is built as `<path>/index.html`, and Cloudflare Pages
 * answers `/kontakt` with a redirect to `/kontakt/`, one round trip more per click. Other sites' addresses, and
 * files (`/rss.xml`), are left as they are.
 */
export function siteHref(href: string | null): string | null {
  if (!href || !/^\/(?!\/)/.test(href)) return href;
  const [, path, rest] = /^([^?#]*)(.*)$/s.exec(href)!;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return lastSegment === '' || lastSegment.includes('.') ? href : `${path}/${rest}`;
}

/**
 * The documents that have an address, for a route's pages. The content guard stops a published build on a missing
 * slug; the draft preview has no guard, and a new draft has no slug until the editor presses «Generer». Astro refuses
 * a route parameter that is not a string, so one such draft would break the preview of every page of its route.
 */
export function withSlug<T extends { slug: string | null }>(documents: T[]): (T & { slug: string })[] {
  return documents.filter((document): document is T & { slug: string } => !!document.slug);
}

/**
 * The editors' pages that get an address of their own: those with a slug that no built-in route uses. The content
 * guard stops a published build on a reserved slug; the draft preview has no guard, so it relies on this to skip one.
 */
export function publishablePages<P extends { slug: string | null }>(pages: P[]): (P & { slug: string })[] {
  return withSlug(pages).filter((page) => !reservedPaths.has(page.slug));
}

/** The listing of every story from one place, with its later pages below it: `/historier/sted/bergen/`. */
export function storiesAtPlacePath(placeSlug: string): string {
  return `/historier/sted/${placeSlug}/`;
}

/** The listing of every story under one pillar, with its later pages below it: `/historier/tema/samarbeidsprosjekter/`. */
export function storiesInPillarPath(pillarSlug: string): string {
  return `/historier/tema/${pillarSlug}/`;
}

/** An event's «Legg til i kalender» file, served beside its page: `/arrangementer/dialogmote-bergen.ics`. */
export function eventCalendarPath(eventSlug: string): string {
  return `/arrangementer/${eventSlug}.ics`;
}
