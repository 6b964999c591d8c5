// Every image width and every attached file that a document of this build uses, written into the static site at
// build time, so visitors never fetch anything from another origin. An asset no rendered document uses (its story
// unpublished or deleted, or so far only in a draft) is left out (assetUses). Content Lake images are resized by
// Sanity's image API (@sanity/image-url); bundled ones locally with sharp. Each use of an image that the editor cropped
// gets its widths cut from the part kept (responsiveImage in src/lib/images.ts), and the image's full widths are
// written only when some use shows it whole; each use that is a page's link-preview picture gets a 1200 × 630 JPEG, cut
// as the editor framed it there (shareImage).
import type { APIRoute, GetStaticPaths } from 'astro';
import { cropKey, type Framing } from '../../lib/image-framing';
import { filePath, keptWidths, sharePictureOf, variantPath, widthsFor } from '../../lib/images';
import { getContentSource, loadQuery } from '../../lib/sanity/content-source';
import { resizedImage, sharePicture } from '../../lib/sanity/image-bytes';
import { assetUses } from '../../lib/content/used-assets';
import { isDraftPreview } from '../../lib/draft-preview-mode';
import { renderedTypes } from '../../lib/content-guard/schemas';
import {
  croppedFiguresQuery,
  mediaAssetsQuery,
  renderedDocumentsQuery,
  sharePicturesQuery,
} from '../../lib/sanity/queries';

type Props = {
  assetId: string;
  url: string;
  mimeType: string | null;
  width: number | null;
  /** The original's size, and for a width of a cropped use of the image, the crop it is cut from. */
  original?: { width: number; height: number };
  crop?: Framing;
  /** The link-preview JPEG of this size and framing (shareImage), not a WebP width. */
  share?: { size: { width: number; height: number }; framing: Framing; original: { width: number; height: number } };
};

export const getStaticPaths = (async () => {
  // The draft preview is private and asks for these paths on every request, keeping no query result: it serves every
  // asset rather than fetch and walk every document for each picture on a page.
  const preview = isDraftPreview();
  const [assets, users, shareUses, croppedUses] = await Promise.all([
    loadQuery(mediaAssetsQuery),
    preview ? null : loadQuery(renderedDocumentsQuery, { types: renderedTypes }),
    loadQuery(sharePicturesQuery),
    loadQuery(croppedFiguresQuery),
  ]);
  const usesOf = (uses: ({ assetId: string | null } & Framing)[]) => {
    const byAsset = new Map<string, Framing[]>();
    for (const use of uses) if (use.assetId) byAsset.set(use.assetId, [...(byAsset.get(use.assetId) ?? []), use]);
    return byAsset;
  };
  const framingsOf = usesOf(shareUses.filter((use) => use !== null));
  const cropsOf = usesOf(croppedUses.filter((use) => use !== null));
  const uses = users && assetUses(users);
  return assets.flatMap((asset): { params: { file: string }; props: Props }[] => {
    if (!asset.url || (uses && !uses.used.has(asset._id))) return [];
    const common = { assetId: asset._id, url: asset.url, mimeType: asset.mimeType };
    if (asset._type === 'sanity.fileAsset') {
      return [{ params: { file: filePath(asset).slice('/media/'.length) }, props: { ...common, width: null } }];
    }
    if (!asset.width) return [];
    // Not a picture's full widths when every use crops it: the part cut away would be public all the same.
    const shownWhole = !uses || uses.whole.has(asset._id);
    const widths = (shownWhole ? widthsFor({ width: asset.width }) : []).map((width) => ({
      params: { file: variantPath(asset._id, width).slice('/media/'.length) },
      props: { ...common, width },
    }));
    if (!asset.height) return widths;
    const original = { width: asset.width, height: asset.height };
    // The widths of each crop the image is used with, cut from the part kept; two uses cropped alike share them.
    const cropped = new Map<string, Props>();
    for (const framing of cropsOf.get(asset._id) ?? []) {
      if (!cropKey(framing)) continue;
      const crop = { crop: framing.crop };
      for (const width of keptWidths(original, crop)) {
        const file = variantPath(asset._id, width, crop).slice('/media/'.length);
        cropped.set(file, { ...common, width, original, crop });
      }
    }
    // One file per way the image is framed where it is a preview; two uses framed alike share it.
    const shares = new Map<string, Props>();
    for (const framing of framingsOf.get(asset._id) ?? []) {
      const { path, ...size } = sharePictureOf({ _id: asset._id, ...original }, framing);
      shares.set(path.slice('/media/'.length), { ...common, width: null, share: { size, framing, original } });
    }
    return [...widths, ...[...cropped, ...shares].map(([file, props]) => ({ params: { file }, props }))];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const source = await getContentSource();
  if (props.share) {
    const { size, framing, original } = props.share;
    const bytes = await sharePicture(source, { _id: props.assetId, url: props.url, ...original }, framing, size);
    return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/jpeg' } });
  }
  if (props.width === null) {
    const bytes = await source.readAsset(props.url);
    return new Response(new Uint8Array(bytes), {
      headers: { 'Content-Type': props.mimeType ?? 'application/octet-stream' },
    });
  }
  const { width, height } = props.original ?? { width: 0, height: 0 };
  const asset = { _id: props.assetId, url: props.url, width, height };
  const bytes = await resizedImage(source, asset, props.width, props.crop);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/webp' } });
};
