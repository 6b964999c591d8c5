import { walk } from '../content-guard/walk';
import { cropKey, type Framing } from '../image-framing';

export interface AssetUses {
  /** Every picture and file the documents refer to, by asset id. */
  used: Set<string>;
  /** The pictures shown whole somewhere: used without a crop, or referred to other than as a picture's `asset`. */
  whole: Set<string>;
}

/**
 * The pictures and files the given documents refer to, by asset id. The media endpoint writes only these into the
 * site: a picture whose story was unpublished or deleted, or that so far sits only in a draft, is not published by
 * the next build, although Sanity keeps the asset itself for the Studio. And it writes a picture's full widths only
 * when some use shows it whole: an editor who cropped a child out of every use of a picture has not published the
 * child at an address one could guess from the cropped widths' names.
 */
export function assetUses(documents: readonly unknown[]): AssetUses {
  const used = new Set<string>();
  const whole = new Set<string>();
  for (const document of documents)
    walk(document, [], (value, path) => {
      if (typeof value !== 'object' || value === null) return;
      if ('_ref' in value && typeof value._ref === 'string') {
        used.add(value._ref);
        // A picture's own `asset` is judged by the picture (below), with its crop.
        if (path.at(-1) !== 'asset') whole.add(value._ref);
      }
      const asset = (value as { asset?: unknown }).asset;
      if (typeof asset === 'object' && asset !== null && '_ref' in asset && typeof asset._ref === 'string')
        if (!cropKey(value as Framing)) whole.add(asset._ref);
    });
  return { used, whole };
}
