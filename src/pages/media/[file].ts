// Every image width and every attached file, written into the static site at build time, so visitors never
// fetch anything from another origin. Content Lake images are resized by Sanity's image API
// (@sanity/image-url); bundled ones locally with sharp. Each use of an image that is a page's link-preview picture
// gets a 1200 × 630 JPEG as well, cut as the editor framed it there (shareImage in src/lib/images.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Framing } from '../../lib/image-framing';
import { filePath, sharePictureOf, variantPath, widthsFor } from '../../lib/images';
import { getContentSource, loadQuery } from '../../lib/sanity/content-source';
import { resizedImage, sharePicture } from '../../lib/sanity/image-bytes';
import { mediaAssetsQuery, sharePicturesQuery } from '../../lib/sanity/queries';

type Props = {
  assetId: string;
  url: string;
  mimeType: string | null;
  width: number | null;
  /** The link-preview JPEG of this size and framing (shareImage), not a WebP width. */
  share?: { size: { width: number; height: number }; framing: Framing; original: { width: number; height: number } };
};

export const getStaticPaths = (async () => {
  const [assets, shareUses] = await Promise.all([loadQuery(mediaAssetsQuery), loadQuery(sharePicturesQuery)]);
  const framingsOf = new Map<string, Framing[]>();
  for (const use of shareUses) {
    if (use?.assetId) framingsOf.set(use.assetId, [...(framingsOf.get(use.assetId) ?? []), use]);
  }
  return assets.flatMap((asset): { params: { file: string }; props: Props }[] => {
    if (!asset.url) return [];
    const common = { assetId: asset._id, url: asset.url, mimeType: asset.mimeType };
    if (asset._type === 'sanity.fileAsset') {
      return [{ params: { file: filePath(asset).slice('/media/'.length) }, props: { ...common, width: null } }];
    }
    if (!asset.width) return [];
    const widths = widthsFor({ width: asset.width }).map((width) => ({
      params: { file: variantPath(asset._id, width).slice('/media/'.length) },
      props: { ...common, width },
    }));
    if (!asset.height) return widths;
    const original = { width: asset.width, height: asset.height };
    // One file per way the image is framed where it is a preview; two uses framed alike share it.
    const shares = new Map<string, Props>();
    for (const framing of framingsOf.get(asset._id) ?? []) {
      const { path, ...size } = sharePictureOf({ _id: asset._id, ...original }, framing);
      shares.set(path.slice('/media/'.length), { ...common, width: null, share: { size, framing, original } });
    }
    return [...widths, ...[...shares].map(([file, props]) => ({ params: { file }, props }))];
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
  const bytes = await resizedImage(source, { _id: props.assetId, url: props.url }, props.width);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/webp' } });
};
