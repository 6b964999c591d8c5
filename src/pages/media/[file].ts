// Every image width and every attached file, written into the static site at build time, so visitors never
// fetch anything from another origin. Content Lake images are resized by Sanity's image API
// (@sanity/image-url); bundled ones locally with sharp. The images that are a page's link-preview picture get a
// 1200 × 630 JPEG as well (shareImage in src/lib/images.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { filePath, sharePicturePath, shareSizeFor, variantPath, widthsFor } from '../../lib/images';
import { getContentSource, loadQuery } from '../../lib/sanity/content-source';
import { resizedImage, sharePicture } from '../../lib/sanity/image-bytes';
import { mediaAssetsQuery, shareAssetIdsQuery } from '../../lib/sanity/queries';

type Props = {
  assetId: string;
  url: string;
  mimeType: string | null;
  width: number | null;
  /** The link-preview JPEG of this size (shareImage), not a WebP width. */
  share?: { width: number; height: number };
};

export const getStaticPaths = (async () => {
  const [assets, shareIds] = await Promise.all([loadQuery(mediaAssetsQuery), loadQuery(shareAssetIdsQuery)]);
  const shared = new Set(shareIds);
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
    if (!shared.has(asset._id) || !asset.height) return widths;
    const share = shareSizeFor({ width: asset.width, height: asset.height });
    return [
      ...widths,
      {
        params: { file: sharePicturePath(asset._id).slice('/media/'.length) },
        props: { ...common, width: null, share },
      },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const source = await getContentSource();
  if (props.share) {
    const bytes = await sharePicture(source, { _id: props.assetId, url: props.url }, props.share);
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
