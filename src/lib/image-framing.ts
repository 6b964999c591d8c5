// How an editor framed one use of a picture in the Studio (a figure's `options.hotspot`): the crop, the part of the
// picture kept, and the hotspot, the focal point a narrower cut is centred on. Both belong to the use (the figure),
// not to the file, so one picture can be framed differently where it is used twice. The share picture (shareImage in
// src/lib/images.ts) is cut by both, the site's own widths of a figure (responsiveImage) by the crop alone;
// @sanity/image-url decides each cut for both content sources, so a picture from the Content Lake and the same
// picture from the bundled dataset are cut alike.
import { createImageUrlBuilder, type ImageUrlBuilder, type SanityImageRect } from '@sanity/image-url';
import { createHash } from 'node:crypto';

/** A figure's `crop` and `hotspot` as the queries give them: fractions of the picture, any of them missing. */
export interface Framing {
  crop?: { top?: number | null; bottom?: number | null; left?: number | null; right?: number | null } | null;
  hotspot?: { x?: number | null; y?: number | null; width?: number | null; height?: number | null } | null;
}

/** What Sanity assumes when a picture has no crop or hotspot (as @sanity/image-url fills them in). */
const unframed = {
  crop: { top: 0, bottom: 0, left: 0, right: 0 },
  hotspot: { x: 0.5, y: 0.5, width: 1, height: 1 },
};

/** The crop and hotspot with every value given, a missing one by Sanity's default. */
function filled(framing: Framing | null | undefined) {
  const crop = framing?.crop;
  const hotspot = framing?.hotspot;
  return {
    crop: {
      top: crop?.top ?? unframed.crop.top,
      bottom: crop?.bottom ?? unframed.crop.bottom,
      left: crop?.left ?? unframed.crop.left,
      right: crop?.right ?? unframed.crop.right,
    },
    hotspot: {
      x: hotspot?.x ?? unframed.hotspot.x,
      y: hotspot?.y ?? unframed.hotspot.y,
      width: hotspot?.width ?? unframed.hotspot.width,
      height: hotspot?.height ?? unframed.hotspot.height,
    },
  };
}

/**
 * A short name (8 hex digits) for a crop and hotspot other than Sanity's defaults; null for a picture the editor did
 * not frame. It goes into the share picture's file name, so a moved focal point gives a new file: a new entry in
 * .cache/media, and a new address that social networks fetch afresh instead of showing the old cut from their cache.
 */
export function framingKey(framing: Framing | null | undefined): string | null {
  const { crop, hotspot } = filled(framing);
  const values = [crop.top, crop.bottom, crop.left, crop.right, hotspot.x, hotspot.y, hotspot.width, hotspot.height];
  const defaults = Object.values(unframed.crop).concat(Object.values(unframed.hotspot));
  if (values.every((value, index) => value === defaults[index])) return null;
  return createHash('sha1').update(JSON.stringify(values)).digest('hex').slice(0, 8);
}

/**
 * A short name (8 hex digits) for a crop other than Sanity's default (the whole picture); null for an uncropped one.
 * It goes into the file names of a figure's widths, which are cut from the part kept: only the crop changes their
 * bytes (the hotspot is a CSS focus on the page), and uncropped figures keep the names they had.
 */
export function cropKey(framing: Framing | null | undefined): string | null {
  const { crop } = filled(framing);
  const values = [crop.top, crop.bottom, crop.left, crop.right];
  if (values.every((value) => value === 0)) return null;
  return createHash('sha1').update(JSON.stringify(values)).digest('hex').slice(0, 8);
}

/** The size of the part of a picture the editor kept (the crop), in pixels. */
export function keptSize(
  asset: { width: number; height: number },
  framing: Framing | null | undefined,
): { width: number; height: number } {
  const { crop } = filled(framing);
  return {
    width: Math.round(asset.width * (1 - crop.left - crop.right)),
    height: Math.round(asset.height * (1 - crop.top - crop.bottom)),
  };
}

/**
 * Sanity's image URL builder for a picture cut to `size` as the editor framed it: @sanity/image-url applies the crop, then
 * cuts the size's shape from it centred on the hotspot, kept inside the crop (its `rect` parameter). It does so only
 * when given the image with its crop and hotspot and both a width and a height.
 */
export function framedImageBuilder(
  project: { projectId: string; dataset: string },
  assetId: string,
  framing: Framing | null | undefined,
  size: { width: number; height: number },
): ImageUrlBuilder {
  return createImageUrlBuilder(project)
    .image({ asset: { _ref: assetId }, ...filled(framing) })
    .width(size.width)
    .height(size.height)
    .fit('crop');
}

/**
 * Sanity's image URL builder for one width of the part of a picture the editor kept: given the image with its crop
 * and only a width, @sanity/image-url cuts the crop (its `rect` parameter) and scales it to the width.
 */
export function croppedImageBuilder(
  project: { projectId: string; dataset: string },
  assetId: string,
  framing: Framing | null | undefined,
  width: number,
): ImageUrlBuilder {
  return createImageUrlBuilder(project)
    .image({ asset: { _ref: assetId }, crop: filled(framing).crop })
    .width(width);
}

/**
 * The rectangle of the original picture, in pixels, that croppedImageBuilder cuts (the crop), read from the URL
 * @sanity/image-url builds, as framedRect is.
 */
export function croppedRect(
  asset: { _id: string; width: number; height: number },
  framing: Framing | null | undefined,
  width: number,
): SanityImageRect {
  return rectOf(croppedImageBuilder(urlOnly, asset._id, framing, width), asset);
}

/**
 * The rectangle of the original picture, in pixels, that framedImageBuilder cuts: read from the URL @sanity/image-url
 * builds, so sharp cuts a bundled picture where Sanity's image API cuts the same picture from the Content Lake. The
 * builder leaves `rect` out when it is the whole picture.
 */
export function framedRect(
  asset: { _id: string; width: number; height: number },
  framing: Framing | null | undefined,
  size: { width: number; height: number },
): SanityImageRect {
  return rectOf(framedImageBuilder(urlOnly, asset._id, framing, size), asset);
}

// Only the URL's query is read; the project and dataset in its path are never fetched.
const urlOnly = { projectId: 'local', dataset: 'bundled' };

/** The `rect` of a builder's URL; the whole picture when the builder leaves it out. */
function rectOf(builder: ImageUrlBuilder, asset: { width: number; height: number }): SanityImageRect {
  const url = new URL(builder.url());
  const rect = url.searchParams.get('rect')?.split(',').map(Number);
  if (!rect) return { left: 0, top: 0, width: asset.width, height: asset.height };
  const [left = 0, top = 0, width = asset.width, height = asset.height] = rect;
  return { left, top, width, height };
}
