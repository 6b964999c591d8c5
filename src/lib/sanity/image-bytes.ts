import { createImageUrlBuilder } from '@sanity/image-url';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import {
  cropKey,
  croppedImageBuilder,
  croppedRect,
  framedImageBuilder,
  framedRect,
  framingKey,
  type Framing,
} from '../image-framing';
import type { ContentSource } from './source';

/**
 * One width of an image as WebP, cut to the part the editor kept when they cropped this use of it. From the Content
 * Lake, Sanity's image API does the cutting and resizing (the URL is built with @sanity/image-url); from the bundled
 * dataset, sharp cuts the rectangle @sanity/image-url computes from the exported file and resizes it.
 */
export async function resizedImage(
  source: ContentSource,
  asset: { _id: string; url: string; width: number; height: number },
  width: number,
  framing?: Framing | null,
): Promise<Buffer> {
  // An asset id names its content (sha1) and never changes, so a resized width made once is good for every later
  // build: kept in .cache/media, which the deploy workflow carries from build to build with the page list
  // (npm ci empties node_modules). Fifteen pictures at four widths cost four seconds of sharp on every cold build.
  // A cropped width is kept under the crop's key too: a changed crop is a new file, never the old cut.
  const key = cropKey(framing);
  return cachedBytes(`${asset._id}${key ? `-${key}` : ''}-${width}-q${quality}.webp`, () =>
    resize(source, asset, width, key ? (framing ?? null) : null),
  );
}

/**
 * The share picture of one use of an image (shareImage in src/lib/images.ts): `size` cut around the editor's focal
 * point from the part they kept (framedImageBuilder), as JPEG. From the Content Lake by Sanity's image API; from the
 * bundled dataset by sharp, cutting the rectangle @sanity/image-url computes. Kept in .cache/media as the widths
 * are, under the framing's key too: a moved focal point is a new file, never the old cut from the cache.
 */
export async function sharePicture(
  source: ContentSource,
  asset: { _id: string; url: string; width: number; height: number },
  framing: Framing | null | undefined,
  size: { width: number; height: number },
): Promise<Buffer> {
  const key = framingKey(framing);
  const name = `${asset._id}${key ? `-${key}` : ''}-share-${size.width}x${size.height}-q${jpegQuality}.jpg`;
  return cachedBytes(name, async () => {
    if (source.backend === 'content-lake' && source.projectId && source.dataset) {
      const project = { projectId: source.projectId, dataset: source.dataset };
      return source.readAsset(sharePictureUrl(project, asset._id, framing, size));
    }
    const original = await source.readAsset(asset.url);
    // `cover` only absorbs the rectangle's rounding (a pixel off 1.91:1), so nothing more is cut.
    return sharp(original)
      .extract(framedRect(asset, framing, size))
      .resize({ ...size, fit: 'cover' })
      .jpeg({ quality: jpegQuality, mozjpeg: true })
      .toBuffer();
  });
}

/** The Sanity image API's address of a share picture from the Content Lake: cut as the editor framed it, as JPEG. */
export function sharePictureUrl(
  project: { projectId: string; dataset: string },
  assetId: string,
  framing: Framing | null | undefined,
  size: { width: number; height: number },
): string {
  return framedImageBuilder(project, assetId, framing, size).format('jpg').quality(jpegQuality).url();
}

/**
 * The Sanity image API's address of one width of an image from the Content Lake, as WebP: of the part the editor kept
 * when given a crop (@sanity/image-url cuts it as `rect`), of the whole picture when not.
 */
export function imageWidthUrl(
  project: { projectId: string; dataset: string },
  assetId: string,
  width: number,
  framing: Framing | null | undefined,
): string {
  const builder = cropKey(framing)
    ? croppedImageBuilder(project, assetId, framing, width)
    : createImageUrlBuilder(project).image(assetId).width(width);
  return builder.format('webp').quality(quality).url();
}

/** A made file from .cache/media, or made now and kept there. */
async function cachedBytes(name: string, make: () => Promise<Buffer>): Promise<Buffer> {
  cacheFilesUsed().add(name);
  const cached = join(mediaCacheDir(), name);
  const hit = await readFile(cached).catch(() => null);
  if (hit) return hit;
  const bytes = await make();
  await mkdir(mediaCacheDir(), { recursive: true });
  // Written under a temporary name and renamed, so a build running at the same time never reads half a file.
  const temporary = `${cached}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, cached);
  return bytes;
}

const mediaCacheDir = () => resolve(process.env.MEDIA_CACHE_DIR || '.cache/media');

// The cache files this build used, on globalThis: the media endpoint and the integration that prunes the cache
// (src/integrations/media-cache.ts) are separate module instances in the one build process (as noindex-pages.ts).
const usedRegistry = Symbol.for('for-alle.media-cache-used');
const cacheFilesUsed = () => ((globalThis as { [usedRegistry]?: Set<string> })[usedRegistry] ??= new Set());

/**
 * Deletes from .cache/media every file this build did not use: the widths of a picture no published document uses
 * any more, and the old cuts of one the editor cropped again. The cache goes from deploy to deploy, so a picture a
 * family asked to have taken down would otherwise stay in it. Returns how many files were deleted.
 */
export async function pruneMediaCache(): Promise<number> {
  const used = cacheFilesUsed();
  const files = await readdir(mediaCacheDir()).catch(() => [] as string[]);
  const unused = files.filter((file) => !used.has(file));
  await Promise.all(unused.map((file) => rm(join(mediaCacheDir(), file), { force: true })));
  return unused.length;
}
const quality = 78;
const jpegQuality = 80;

async function resize(
  source: ContentSource,
  asset: { _id: string; url: string; width: number; height: number },
  width: number,
  framing: Framing | null,
): Promise<Buffer> {
  if (source.backend === 'content-lake' && source.projectId && source.dataset) {
    const project = { projectId: source.projectId, dataset: source.dataset };
    return source.readAsset(imageWidthUrl(project, asset._id, width, framing));
  }
  const original = sharp(await source.readAsset(asset.url));
  const kept = framing ? original.extract(croppedRect(asset, framing, width)) : original;
  return kept.resize({ width, withoutEnlargement: true }).webp({ quality }).toBuffer();
}
