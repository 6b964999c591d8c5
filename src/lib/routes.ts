import { documentPath, pillarSlugs, reservedPaths, type PathableDocument } from '../../studio/lib/document-path';
import { safeHref } from './safe-url';

export { documentPath, pillarSlugs, reservedPaths, type PathableDocument };

/** A navigation or link target as the queries project it: a referenced document, or a plain URL. */
export interface LinkTarget {
  href?: string | null;
  reference?: PathableDocument | null;
}

/** The href for a link target; a reference wins over a typed URL, since it follows the document if its slug changes. */
export function hrefFor(target: LinkTarget): string | null {
  if (target.reference) return documentPath(target.reference);
  return safeHref(target.href);
}
