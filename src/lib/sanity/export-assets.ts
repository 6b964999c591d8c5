import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StoredDocument } from './ndjson';

/**
 * `sanity dataset export` replaces every asset reference with `_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"`
 * (or `file@file://./files/<sha1>.<ext>`) and leaves the asset documents out. `sanity dataset import` turns them
 * back into references to `sanity.imageAsset` / `sanity.fileAsset` documents. This does the same in memory, so the
 * site's queries (`asset->{url, metadata}`) read the bundled dataset exactly as they read the Content Lake.
 */
export function materialiseExportAssets(documents: StoredDocument[], ndjsonFile: string): StoredDocument[] {
  const baseDir = dirname(ndjsonFile);
  const assets = new Map<string, StoredDocument>();

  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    const object = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(object)) {
      if (key === '_sanityAsset' && typeof child === 'string') {
        const asset = assetFromExportPath(child, baseDir);
        assets.set(asset._id, asset);
        result.asset = { _type: 'reference', _ref: asset._id };
      } else {
        result[key] = visit(child);
      }
    }
    return result;
  };

  const converted = documents.map((document) => visit(document) as StoredDocument);
  return [...converted, ...assets.values()];
}

const exportPathPattern = /^(image|file)@file:\/\/(.+)$/;
const imageNamePattern = /^([0-9a-f]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/i;
const fileNamePattern = /^([0-9a-f]{40})\.([a-z0-9]+)$/i;

const mimeTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  odp: 'application/vnd.oasis.opendocument.presentation',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

function assetFromExportPath(exportPath: string, baseDir: string): StoredDocument {
  const match = exportPathPattern.exec(exportPath);
  if (!match) throw new Error(`Unrecognised _sanityAsset value "${exportPath}"`);
  const [, kind, location] = match;
  const absolute = resolve(baseDir, location.replace(/^\.\//, ''));
  const fileName = absolute.split('/').pop() ?? '';
  const url = pathToFileURL(absolute).href;
  const size = statSync(absolute, { throwIfNoEntry: false })?.size;
  if (size === undefined) throw new Error(`Asset file ${absolute} (from "${exportPath}") does not exist`);

  if (kind === 'image') {
    const parts = imageNamePattern.exec(fileName);
    if (!parts)
      throw new Error(`Image "${exportPath}" is not named <sha1>-<width>x<height>.<ext> as an export names it`);
    const [, sha1, width, height, extension] = parts;
    const dimensions = { width: Number(width), height: Number(height), aspectRatio: Number(width) / Number(height) };
    return {
      _id: `image-${sha1}-${width}x${height}-${extension}`,
      _type: 'sanity.imageAsset',
      assetId: sha1,
      sha1hash: sha1,
      extension,
      mimeType: mimeTypes[extension.toLowerCase()] ?? 'application/octet-stream',
      originalFilename: fileName,
      path: location,
      url,
      size,
      metadata: { _type: 'sanity.imageMetadata', dimensions: { _type: 'sanity.imageDimensions', ...dimensions } },
    };
  }

  const parts = fileNamePattern.exec(fileName);
  if (!parts) throw new Error(`File "${exportPath}" is not named <sha1>.<ext> as an export names it`);
  const [, sha1, extension] = parts;
  return {
    _id: `file-${sha1}-${extension}`,
    _type: 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: mimeTypes[extension.toLowerCase()] ?? 'application/octet-stream',
    originalFilename: fileName,
    path: location,
    url,
    size,
  };
}
