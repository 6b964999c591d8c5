// The bundled backend reads an export's assets as `sanity dataset import` would store them in the Content Lake:
// asset documents carrying the names and metadata from assets.json, and one error naming every reference it
// cannot read.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { createContentSource } from '../../src/lib/sanity/content-source';
import { ExportAssetsError, materialiseExportAssets } from '../../src/lib/sanity/export-assets';
import type { StoredDocument } from '../../src/lib/sanity/ndjson';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

const seedExport = resolve(bundledDatasetPath);
const seedAssetMetadata: Record<string, { originalFilename: string }> = JSON.parse(
  readFileSync(join(dirname(seedExport), 'assets.json'), 'utf8'),
);
const assetsQuery =
  '*[_type in ["sanity.imageAsset", "sanity.fileAsset"]] | order(_id){ _id, sha1hash, originalFilename }';

interface AssetNames {
  _id: string;
  sha1hash: string;
  originalFilename: string;
}

/** The name assets.json keeps for an asset, under the key @sanity/export writes: `image-<sha1>` / `file-<sha1>`. */
const exportedName = (asset: AssetNames) =>
  seedAssetMetadata[`${asset._id.startsWith('image-') ? 'image' : 'file'}-${asset.sha1hash}`]?.originalFilename;

describe('asset names and metadata from assets.json', () => {
  let standIn: QueryApiStandIn;
  beforeAll(async () => {
    standIn = await startQueryApiStandIn({ ndjsonFile: seedExport });
  });
  afterAll(() => standIn.close());

  it('gives every asset of the bundled dataset the file name the export kept, as the Content Lake gives it', async () => {
    const bundled = await (await createBundledSource(seedExport, 'published')).fetch<AssetNames[]>(assetsQuery);
    expect(bundled.some((asset) => asset._id.startsWith('file-'))).toBe(true);
    for (const asset of bundled) expect(asset.originalFilename, asset._id).toBe(exportedName(asset));

    const lake = await createContentSource({
      backend: 'content-lake',
      projectId: 'test1234',
      dataset: 'production',
      apiHost: standIn.apiHost,
      perspective: 'published',
    });
    expect(await lake.fetch(assetsQuery)).toEqual(bundled);
  });

  it('keeps the file name and metadata an export gives, but not what the file itself decides', () => {
    const dir = mkdtempSync(join(tmpdir(), 'for-alle-export-assets-'));
    cpSync(resolve('tests/fixtures/content-path/images'), join(dir, 'images'), { recursive: true });
    const [imageName] = readFileSync(resolve('tests/fixtures/content-path/data.ndjson'), 'utf8').match(
      /[0-9a-f]{40}-\d+x\d+\.png/,
    )!;
    const sha1 = imageName.slice(0, 40);
    writeFileSync(
      join(dir, 'assets.json'),
      JSON.stringify({
        [`image-${sha1}`]: {
          originalFilename: 'grønn-flate.png',
          altText: 'Grønn flate',
          metadata: { lqip: 'data:image/png;base64,AAAA' },
          url: 'https://cdn.sanity.io/images/x/y/elsewhere.png',
          size: 1,
        },
      }),
    );
    const ndjsonFile = join(dir, 'data.ndjson');
    const story = {
      _id: 'story-1',
      _type: 'projectStory',
      mainImage: { _sanityAsset: `image@file://./images/${imageName}` },
    };

    const asset = materialiseExportAssets([story], ndjsonFile).find(
      (document) => document._type === 'sanity.imageAsset',
    )!;
    expect(asset.originalFilename).toBe('grønn-flate.png');
    expect(asset.altText).toBe('Grønn flate');
    expect(asset.metadata).toMatchObject({ lqip: 'data:image/png;base64,AAAA', dimensions: { width: 40, height: 20 } });
    expect(asset.url).toBe(`file://${join(dir, 'images', imageName)}`);
    expect(asset.size).toBeGreaterThan(1);
  });

  it('stops at an assets.json that is not JSON, rather than offer every download under its SHA-1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'for-alle-export-assets-'));
    writeFileSync(join(dir, 'assets.json'), '{"file-');
    expect(() => materialiseExportAssets([], join(dir, 'data.ndjson'))).toThrow(
      `${join(dir, 'assets.json')} er ikke gyldig JSON`,
    );
  });

  it('names an asset by its file when the export has no assets.json, as the import does', () => {
    const ndjsonFile = resolve('tests/fixtures/content-path/data.ndjson');
    const documents = readFileSync(ndjsonFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as StoredDocument);
    const assets = materialiseExportAssets(documents, ndjsonFile).filter((document) =>
      document._type.startsWith('sanity.'),
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset.originalFilename).toBe(basename(asset.path as string));
  });
});

describe('an export whose asset references cannot be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'for-alle-broken-export-'));
  const ndjsonFile = join(dir, 'data.ndjson');
  const missing = `file@file://./files/${'0'.repeat(40)}.pdf`;
  const documents: StoredDocument[] = [
    {
      _id: 'story-1',
      _type: 'projectStory',
      mainImage: { _type: 'figure', _sanityAsset: 'image@https://example.no/x.jpg' },
    },
    {
      _id: 'conference-2025',
      _type: 'conference',
      days: [{ sessions: [{ material: [{ _type: 'materialFile', file: { _sanityAsset: missing } }] }] }],
      image: { _sanityAsset: 'image@file://./images/bilde.jpg' },
    },
  ];

  it('stops with one error that names every bad reference by document, type and field', () => {
    let thrown: unknown;
    try {
      materialiseExportAssets(documents, ndjsonFile);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ExportAssetsError);
    const { problems, message } = thrown as ExportAssetsError;
    expect(problems.map(({ id, type, path }) => [id, type, path])).toEqual([
      ['story-1', 'projectStory', 'mainImage.asset'],
      ['conference-2025', 'conference', 'days[0].sessions[0].material[0].file.asset'],
      ['conference-2025', 'conference', 'image.asset'],
    ]);
    expect(message).toContain(ndjsonFile);
    expect(message).toContain('3 bilder eller filer');
    expect(message).toContain('«conference-2025» (conference) › days[0].sessions[0].material[0].file.asset:');
    expect(message).toContain(`./files/${'0'.repeat(40)}.pdf finnes ikke i eksporten`);
  });

  it('stops the build’s read of the dataset with that error', async () => {
    writeFileSync(ndjsonFile, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');
    await expect(createBundledSource(ndjsonFile, 'published')).rejects.toThrow(
      /«story-1» \(projectStory\) › mainImage/,
    );
  });
});
