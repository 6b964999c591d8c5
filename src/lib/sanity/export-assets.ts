import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAssetFilename, parseAssetFilename } from '@sanity/asset-utils';
import { describeProblem, formatPath, type ContentProblem } from '../content-guard/problems';
import type { StoredDocument } from './ndjson';

/**
 * `sanity dataset export` replaces every asset reference with `_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"`
 * (or `file@file://./files/<sha1>.<ext>`), leaves the asset documents out and keeps what the files cannot tell
 * (`originalFilename`, metadata) in `assets.json`. `sanity dataset import` turns them back into references to
 * `sanity.imageAsset` / `sanity.fileAsset` documents carrying that metadata. This does the same in memory, so the
 * site's queries (`asset->{url, metadata, originalFilename}`) read the bundled dataset exactly as they read the
 * Content Lake. Every reference that cannot be read is collected, and one ExportAssetsError names them all.
 */
export function materialiseExportAssets(documents: StoredDocument[], ndjsonFile: string): StoredDocument[] {
  const baseDir = dirname(ndjsonFile);
  const exportedMetadata = readAssetMetadata(baseDir);
  const assets = new Map<string, StoredDocument>();
  const problems: ContentProblem[] = [];

  // Each distinct export path is read once: at 10,000 stories the same dozen pictures are referenced 10,000 times.
  const read = new Map<string, StoredDocument | string>();
  const assetAt = (exportPath: string) => {
    let asset = read.get(exportPath);
    if (asset === undefined) {
      asset = assetFromExportPath(exportPath, baseDir, exportedMetadata);
      read.set(exportPath, asset);
    }
    return asset;
  };

  const convert = (document: StoredDocument): StoredDocument => {
    // One path, grown and shrunk as the walk goes, copied only for a problem (a copy per node cost 1 s at 10,000).
    const path: PropertyKey[] = [];
    const visit = (value: unknown): unknown => {
      if (Array.isArray(value))
        return value.map((item, index) => {
          path.push(index);
          const converted = visit(item);
          path.pop();
          return converted;
        });
      if (typeof value !== 'object' || value === null) return value;
      const result: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) {
        if (key === '_sanityAsset' && typeof child === 'string') {
          const asset = assetAt(child);
          if (typeof asset === 'string') {
            // The field the reference is imported into, as the Studio and the content guard name it.
            const at = formatPath([...path, 'asset']);
            problems.push({ id: document._id, type: document._type, path: at, message: asset });
            continue;
          }
          assets.set(asset._id, asset);
          result.asset = { _type: 'reference', _ref: asset._id };
        } else {
          path.push(key);
          result[key] = visit(child);
          path.pop();
        }
      }
      return result;
    };
    return visit(document) as StoredDocument;
  };

  const converted = documents.map(convert);
  if (problems.length > 0) throw new ExportAssetsError(problems, ndjsonFile);
  return [...converted, ...assets.values()];
}

/** Thrown for an export whose asset references point at files it does not hold; lists every one of them. */
export class ExportAssetsError extends Error {
  constructor(
    readonly problems: ContentProblem[],
    ndjsonFile: string,
  ) {
    super(
      [
        `Eksporten ${ndjsonFile} viser til ${problems.length === 1 ? 'ett bilde eller én fil' : `${problems.length} bilder eller filer`} som ikke kan leses:`,
        ...problems.map((problem) => `  - ${describeProblem(problem)}`),
        'Eksporter datasettet på nytt med bilder og filer («sanity dataset export»), og bygg igjen.',
      ].join('\n'),
    );
    this.name = 'ExportAssetsError';
  }
}

/** What an export keeps per asset in `assets.json`, keyed `image-<sha1>` / `file-<sha1>` (as @sanity/export writes it). */
type AssetMetadata = Record<string, Record<string, unknown>>;

/** An export without `assets.json` is read as one without metadata, as the import reads it. */
function readAssetMetadata(baseDir: string): AssetMetadata {
  const file = join(baseDir, 'assets.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    return JSON.parse(text) as AssetMetadata;
  } catch (error) {
    // The import would silently drop every file name; a build would then offer downloads under their SHA-1.
    throw new Error(`${file} er ikke gyldig JSON: ${(error as Error).message}`);
  }
}

/**
 * Fields the import does not take from `assets.json`, because the file itself decides them (as in @sanity/import's
 * uploadAssets.ts), plus those this module derives from the file's path (`url` must point at the bundled file).
 */
const derivedFields = new Set([
  '_createdAt',
  '_id',
  '_rev',
  '_type',
  '_updatedAt',
  'assetId',
  'extension',
  'mimeType',
  'path',
  'sha1hash',
  'size',
  'uploadId',
  'url',
]);

const exportPathPattern = /^(image|file)@file:\/\/(.+)$/;

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

/** The asset document an import would create for one `_sanityAsset` value, or what is wrong with the value. */
function assetFromExportPath(
  exportPath: string,
  baseDir: string,
  exportedMetadata: AssetMetadata,
): StoredDocument | string {
  const match = exportPathPattern.exec(exportPath);
  if (!match)
    return `«${exportPath}» er ikke en henvisning til et bilde eller en fil slik en eksport skriver den (image@file://./images/… eller file@file://./files/…)`;
  const [, kind, location] = match;
  const absolute = resolve(baseDir, location.replace(/^\.\//, ''));
  const fileName = basename(absolute);
  const parts = isAssetFilename(fileName) ? parseAssetFilename(fileName) : null;
  if (parts?.type !== kind) {
    return kind === 'image'
      ? `bildet ${location} er ikke navngitt slik en eksport navngir bilder: <sha1>-<bredde>x<høyde>.<endelse>`
      : `filen ${location} er ikke navngitt slik en eksport navngir filer: <sha1>.<endelse>`;
  }
  const size = statSync(absolute, { throwIfNoEntry: false })?.size;
  if (size === undefined) return `${kind === 'image' ? 'bildet' : 'filen'} ${location} finnes ikke i eksporten`;

  const { assetId, extension } = parts;
  const { metadata: exportedImageMetadata, ...exported } = withoutDerivedFields(exportedMetadata[`${kind}-${assetId}`]);
  const common = {
    assetId,
    sha1hash: assetId,
    extension,
    mimeType: mimeTypes[extension] ?? 'application/octet-stream',
    // Without an entry in assets.json the import uploads under the file's own name, and so does this.
    originalFilename: fileName,
    ...exported,
    path: location,
    url: pathToFileURL(absolute).href,
    size,
  };
  if (parts.type === 'file') return { _id: `file-${assetId}-${extension}`, _type: 'sanity.fileAsset', ...common };

  const { width, height } = parts;
  const dimensions = { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height };
  return {
    _id: `image-${assetId}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    ...common,
    metadata: { _type: 'sanity.imageMetadata', dimensions, ...(exportedImageMetadata as object | undefined) },
  };
}

function withoutDerivedFields(metadata: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(metadata ?? {}).filter(([field]) => !derivedFields.has(field)));
}
