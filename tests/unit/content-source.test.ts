import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { sourceConfigFromEnv } from '../../src/lib/sanity/config';
import { createContentSource } from '../../src/lib/sanity/content-source';
import { NdjsonError, readNdjsonFile } from '../../src/lib/sanity/ndjson';
import type { ContentSource } from '../../src/lib/sanity/source';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

const fixture = resolve('tests/fixtures/content-path/data.ndjson');

describe('the bundled backend', () => {
  let source: ContentSource;
  beforeAll(async () => {
    source = await createBundledSource(fixture, 'published');
  });

  it('filters and orders with real GROQ', async () => {
    const titles = await source.fetch<string[]>('*[_type == "projectStory"] | order(publishedAt desc).title');
    expect(titles).toEqual(['Fotball for alle i Oslo', 'Sommerleir i Bergen', 'Kulturskole i Bergen']);
  });

  it('projects fields and follows references with ->', async () => {
    const stories = await source.fetch<{ title: string; place: string; county: string }[]>(
      '*[_type == "projectStory" && place->slug.current == "bergen"] | order(title asc){ title, "place": place->name, "county": place->county }',
    );
    expect(stories).toEqual([
      { title: 'Kulturskole i Bergen', place: 'Bergen', county: 'Vestland' },
      { title: 'Sommerleir i Bergen', place: 'Bergen', county: 'Vestland' },
    ]);
  });

  it('binds parameters, and the same query gives new answers for new parameters', async () => {
    const query = '*[_type == "projectStory" && $tag in tags] | order(title asc).title';
    expect(await source.fetch(query, { tag: 'sommer' })).toEqual(['Fotball for alle i Oslo', 'Sommerleir i Bergen']);
    expect(await source.fetch(query, { tag: 'kultur' })).toEqual(['Kulturskole i Bergen']);
  });

  it('resolves exported images to asset documents with dimensions, as an import would', async () => {
    const image = await source.fetch<{
      alt: string;
      asset: { _id: string; width: number; height: number; url: string };
    }>(
      '*[_id == "story-1"][0].mainImage{ alt, "asset": asset->{ _id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height } }',
    );
    expect(image.alt).toBe('Grønn flate');
    expect(image.asset._id).toBe('image-887d347f791ea5a10637cb66a59c975e9c603414-40x20-png');
    expect([image.asset.width, image.asset.height]).toEqual([40, 20]);
    expect((await source.readAsset(image.asset.url)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('never returns drafts or release versions in the published perspective', async () => {
    const everything = JSON.stringify(await source.fetch('*'));
    expect(everything).not.toContain('DRAFT-MARKER');
    expect(everything).not.toContain('VERSION-MARKER');
    expect(await source.fetch('count(*[_id in path("drafts.**") || _id in path("versions.**")])')).toBe(0);
  });

  it('shows a draft over its published document in the drafts perspective', async () => {
    const preview = await createBundledSource(fixture, 'drafts');
    const titles = await preview.fetch<string[]>('*[_type == "projectStory"] | order(title asc).title');
    expect(titles).toContain('DRAFT-MARKER-EDIT Fotball');
    expect(titles).toContain('DRAFT-MARKER-NEW Ny historie');
    expect(titles).not.toContain('Fotball for alle i Oslo');
    expect(titles.join()).not.toContain('VERSION-MARKER');
  });
});

describe('reading NDJSON', () => {
  it('names the file and line of a malformed line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ndjson-'));
    const file = join(dir, 'broken.ndjson');
    await writeFile(file, '{"_id":"a","_type":"page"}\n\n{"_id":"b","_type":"page",\n');
    await expect(readNdjsonFile(file)).rejects.toThrow(`${file}:3: not valid JSON`);
    await expect(readNdjsonFile(file)).rejects.toBeInstanceOf(NdjsonError);
  });

  it('rejects a line without _id or _type', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ndjson-'));
    const file = join(dir, 'no-type.ndjson');
    await writeFile(file, '{"_id":"a"}\n');
    await expect(readNdjsonFile(file)).rejects.toThrow(`${file}:1: document a has no string _type`);
  });
});

describe('choosing the backend from the environment', () => {
  it('uses the bundled dataset when no project is configured', () => {
    expect(sourceConfigFromEnv({})).toMatchObject({ backend: 'bundled', perspective: 'published' });
  });

  it('points at another NDJSON file with LOCAL_DATASET', () => {
    expect(sourceConfigFromEnv({ LOCAL_DATASET: 'x/y.ndjson' })).toMatchObject({
      backend: 'bundled',
      file: resolve('x/y.ndjson'),
    });
  });

  it('uses the Content Lake with dataset production by default when SANITY_PROJECT_ID is set', () => {
    expect(sourceConfigFromEnv({ SANITY_PROJECT_ID: 'abc123' })).toMatchObject({
      backend: 'content-lake',
      projectId: 'abc123',
      dataset: 'production',
      token: undefined,
    });
  });
});

describe('the Content Lake backend against a local stand-in of the query API', () => {
  let standIn: QueryApiStandIn;
  beforeAll(async () => {
    standIn = await startQueryApiStandIn({ ndjsonFile: fixture });
  });
  afterAll(() => standIn.close());

  const lake = (token?: string) =>
    createContentSource({
      backend: 'content-lake',
      projectId: 'test1234',
      dataset: 'production',
      token,
      apiHost: standIn.apiHost,
      perspective: 'published',
    });

  it('answers through the documented GET endpoint with the published perspective', async () => {
    standIn.requests.length = 0;
    const source = await lake();
    const titles = await source.fetch(
      '*[_type == "projectStory" && place->slug.current == $place] | order(title asc).title',
      { place: 'oslo' },
    );
    expect(titles).toEqual(['Fotball for alle i Oslo']);
    const [request] = standIn.requests;
    expect(request.method).toBe('GET');
    expect(request.path).toMatch(/^\/v2025-02-19\/data\/query\/production$/);
    expect(request.params).toEqual({ place: 'oslo' });
    expect(request.perspective).toBe('published');
  });

  it('sends Authorization: Bearer only when a token is configured', async () => {
    standIn.requests.length = 0;
    await (await lake()).fetch('count(*)');
    await (await lake('sk-test-token-123')).fetch('count(*)');
    expect(standIn.requests[0].headers.authorization).toBeUndefined();
    expect(standIn.requests[1].headers.authorization).toBe('Bearer sk-test-token-123');
  });

  it('gives the same results as the bundled backend', async () => {
    const bundled = await createBundledSource(fixture, 'published');
    const remote = await lake();
    const query =
      '*[_type == "projectStory"] | order(publishedAt desc){ title, "place": place->name, "image": mainImage.asset->metadata.dimensions }';
    expect(await remote.fetch(query)).toEqual(await bundled.fetch(query));
    expect(await remote.documentCount()).toBe(await bundled.documentCount());
  });
});
