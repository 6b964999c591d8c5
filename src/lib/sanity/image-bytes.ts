import { createImageUrlBuilder } from '@sanity/image-url';
import sharp from 'sharp';
import type { ContentSource } from './source';

/**
 * One width of an image as WebP. From the Content Lake, Sanity's image API does the resizing (the URL is built
 * with @sanity/image-url); from the bundled dataset, sharp resizes the exported file.
 */
export async function resizedImage(source: ContentSource, asset: { _id: string; url: string }, width: number): Promise<Buffer> {
  if (source.backend === 'content-lake' && source.projectId && source.dataset) {
    const url = createImageUrlBuilder({ projectId: source.projectId, dataset: source.dataset })
      .image(asset._id)
      .width(width)
      .format('webp')
      .quality(78)
      .url();
    return source.readAsset(url);
  }
  const original = await source.readAsset(asset.url);
  return sharp(original).resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
}
