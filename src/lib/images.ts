// Images are always served from this site's own origin (no third-party requests): every asset is resized to a
// few WebP widths at build time by the endpoint in src/pages/media/, from the bundled file or the Sanity CDN.
import { parseFileAssetId, parseImageAssetId } from '@sanity/asset-utils';
import { cropKey, framingKey, keptSize, type Framing } from './image-framing';

export interface ImageAsset {
  _id: string;
  width: number | null;
  height: number | null;
}

const imageHashes = new Map<string, string>();

/**
 * The SHA-1 part of an image asset's id («image-<sha1>-1200x750-jpg»), which names its files. Remembered per id:
 * every story card and page asks again for the same few pictures (docs/benchmark.md).
 */
function imageHash(assetId: string): string {
  let hash = imageHashes.get(assetId);
  if (hash === undefined) imageHashes.set(assetId, (hash = parseImageAssetId(assetId).assetId));
  return hash;
}

/** The widths every image is made in; an image is never scaled up past its own width. */
const imageWidths = [480, 800, 1200, 1600] as const;

/** The widths made for one asset: the standard widths below its own, plus its own width when smaller than 1600. */
export function widthsFor(asset: { width: number }): number[] {
  const widths: number[] = imageWidths.filter((width) => width < asset.width);
  const largest = Math.min(asset.width, imageWidths[imageWidths.length - 1]);
  if (!widths.includes(largest)) widths.push(largest);
  return widths;
}

/**
 * The site path of one width of an image: `/media/<sha1>-<width>.webp`, or `/media/<sha1>-<crop>-<width>.webp` for a
 * use of it the editor cropped (cropKey), whose widths are cut from the part kept.
 */
export function variantPath(assetId: string, width: number, framing?: Framing | null): string {
  const key = cropKey(framing);
  return `/media/${imageHash(assetId)}${key ? `-${key}` : ''}-${width}.webp`;
}

/** The widths made of one use of an image: those of the part the editor kept (the whole picture when uncropped). */
export function keptWidths(asset: { width: number; height: number }, framing?: Framing | null): number[] {
  return widthsFor(keptSize(asset, framing));
}

/** The widest width made of an image that is at most `maxWidth`; the narrowest when every one is wider. */
function widthUpTo(asset: { width: number }, maxWidth: number): number {
  const widths = widthsFor(asset);
  return widths.filter((width) => width <= maxWidth).pop() ?? widths[0]!;
}

/** The picture a link preview shows, with what `og:image:*` says about it. */
export interface ShareImage {
  path: string;
  width: number;
  height: number;
  type: 'image/jpeg';
  /** The figure's alt text; none for a decorative picture or one without alt text. */
  alt?: string;
}

/** The size Facebook and LinkedIn show a link's picture at (1.91:1), and crop any other shape to. */
const shareSize = { width: 1200, height: 630 };

/**
 * The size of an image's share picture: 1200 × 630, or the largest 1.91:1 cut of a smaller image (never scaled up).
 */
function shareSizeFor(asset: { width: number; height: number }): { width: number; height: number } {
  const width = Math.min(shareSize.width, asset.width, Math.floor((asset.height * shareSize.width) / shareSize.height));
  return { width, height: Math.round((width * shareSize.height) / shareSize.width) };
}

/**
 * The site path of an image's share picture: `/media/<sha1>-share.jpg`, or `/media/<sha1>-<framing>-share.jpg` for a
 * use of it the editor cropped or gave a focal point (framingKey), since that use is cut differently.
 */
function sharePicturePath(assetId: string, framing?: Framing | null): string {
  const key = framingKey(framing);
  return `/media/${imageHash(assetId)}${key ? `-${key}` : ''}-share.jpg`;
}

/** The share picture of one use of an image: its path, and its size, that of the part the editor kept. */
export function sharePictureOf(
  asset: { _id: string; width: number; height: number },
  framing: Framing | null | undefined,
): { path: string; width: number; height: number } {
  return { path: sharePicturePath(asset._id, framing), ...shareSizeFor(keptSize(asset, framing)) };
}

/**
 * The share picture of an editor's figure: a 1200 × 630 JPEG, cut around the focal point the editor set (the
 * Studio's hotspot) from the part they kept (the crop), as the figure frames it where it is this page's picture.
 * JPEG, not WebP: LinkedIn has shown no picture for a WebP `og:image`. With its size: Facebook and Messenger show no
 * picture on the first share of an address unless `og:image:width` and `og:image:height` are given (the picture is
 * fetched afterwards). Null for a figure without an asset of known size. The media endpoint makes the file for every
 * use of an image that is a page's picture or the settings' default (sharePicturesQuery).
 */
export function shareImage(
  figure:
    ({ alt?: string | null; decorative?: boolean | null; asset?: ImageAsset | null } & Framing) | null | undefined,
): ShareImage | null {
  const asset = figure?.asset;
  if (!figure || !asset?.width || !asset.height) return null;
  const alt = figure.decorative ? undefined : figure.alt?.trim() || undefined;
  return {
    ...sharePictureOf({ _id: asset._id, width: asset.width, height: asset.height }, figure),
    type: 'image/jpeg',
    alt,
  };
}

export interface ResponsiveImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

/**
 * `src`, `srcset` and intrinsic size for an `<img>` of one use of an image, so the browser reserves its space (no
 * layout shift): the part the editor kept (the crop), at its own shape and never wider than it. Null for an asset
 * without known dimensions, which cannot be placed without shifting the page. The media endpoint makes the cropped
 * widths of every use croppedFiguresQuery lists.
 */
export function responsiveImage(asset: ImageAsset, framing?: Framing | null, maxWidth = 1200): ResponsiveImage | null {
  if (!asset.width || !asset.height) return null;
  const kept = keptSize({ width: asset.width, height: asset.height }, framing);
  const fallback = widthUpTo(kept, maxWidth);
  return {
    src: variantPath(asset._id, fallback, framing),
    srcset: widthsFor(kept)
      .map((width) => `${variantPath(asset._id, width, framing)} ${width}w`)
      .join(', '),
    width: fallback,
    height: Math.round((fallback * kept.height) / kept.width),
  };
}

/** The SHA-1 and extension in a file asset's id (`file-<sha1>-<ext>`, the same in an export and the Content Lake). */
export function fileAssetParts(asset: { _id: string }): { sha1: string; extension: string } {
  const { assetId, extension } = parseFileAssetId(asset._id);
  return { sha1: assetId, extension };
}

/** The site path of a file asset (PDF and other attachments), by its SHA-1 and extension. */
export function filePath(asset: { _id: string }): string {
  const { sha1, extension } = fileAssetParts(asset);
  return `/media/${sha1}.${extension}`;
}
