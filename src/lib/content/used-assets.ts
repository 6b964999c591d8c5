import { walk } from '../content-guard/walk';

/**
 * The pictures and files the given documents refer to, by asset id. The media endpoint writes only these into the
 * site: a picture whose story was unpublished or deleted, or that so far sits only in a draft, is not published by
 * the next build, although Sanity keeps the asset itself for the Studio.
 */
export function usedAssetIds(documents: readonly unknown[]): Set<string> {
  const used = new Set<string>();
  for (const document of documents)
    walk(document, [], (value) => {
      if (typeof value === 'object' && value !== null && '_ref' in value && typeof value._ref === 'string')
        used.add(value._ref);
    });
  return used;
}
