// Every image width and every attached file, written into the static site at build time, so visitors never
// fetch anything from another origin. Content Lake images are resized by Sanity's image API
// (@sanity/image-url); bundled ones locally with sharp.
import type { APIRoute, GetStaticPaths } from 'astro';
import { filePath, variantPath, widthsFor } from '../../lib/images';
import { getContentSource, loadQuery } from '../../lib/sanity/content-source';
import { resizedImage } from '../../lib/sanity/image-bytes';
import { mediaAssetsQuery } from '../../lib/sanity/queries';

type Props = { assetId: string; url: string; mimeType: string | null; width: number | null };

export const getStaticPaths = (async () => {
  const assets = await loadQuery(mediaAssetsQuery);
  return assets.flatMap((asset): { params: { file: string }; props: Props }[] => {
    if (!asset.url) return [];
    const common = { assetId: asset._id, url: asset.url, mimeType: asset.mimeType };
    if (asset._type === 'sanity.fileAsset') {
      return [{ params: { file: filePath(asset).slice('/media/'.length) }, props: { ...common, width: null } }];
    }
    if (!asset.width) return [];
    return widthsFor({ width: asset.width }).map((width) => ({
      params: { file: variantPath(asset._id, width).slice('/media/'.length) },
      props: { ...common, width },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const source = await getContentSource();
  if (props.width === null) {
    const bytes = await source.readAsset(props.url);
    return new Response(new Uint8Array(bytes), {
      headers: { 'Content-Type': props.mimeType ?? 'application/octet-stream' },
    });
  }
  const bytes = await resizedImage(source, { _id: props.assetId, url: props.url }, props.width);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/webp' } });
};
