// The draft preview (npm run preview:drafts) against the bundled dataset and against a stand-in of the Content Lake,
// and the public build of the same dataset (dist/, built by the global setup), which must never show a draft.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { readNdjsonFile } from '../../src/lib/sanity/ndjson';
import { builtSite, fixedNow, hasPage } from '../support/dist';
import { fixtureDataset, fixturePlace, fixtureStory } from '../support/fixture-dataset';
import { previewThatFails, startPreviewServer, type PreviewServer } from '../support/preview-server';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

const marker = 'UTKAST-MARKØR';
const banner = 'Forhåndsvisning – ikke publisert innhold';
/** A story that exists only as a draft, and a published story with a draft over it (both in the bundled dataset). */
const draftOnly = '/historier/utkast-ny-historie-fra-oslo/';
const editedStory = '/historier/utstyrsbanken-i-bergen/';

async function get(server: PreviewServer, path: string) {
  const response = await fetch(new URL(path, server.origin));
  const html = await response.text();
  return { response, html, $: load(html) };
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (/\.(html|xml|json|ics|txt)$/.test(entry.name)) yield path;
  }
}

describe('the draft preview of the bundled dataset', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreviewServer({ BUILD_NOW: fixedNow });
  });
  afterAll(() => server?.close());

  it('shows a story that exists only as a draft, under the banner, marked noindex', async () => {
    const { response, html, $ } = await get(server, draftOnly);
    expect(response.status).toBe(200);
    expect($('h1').text()).toContain(marker);
    expect($('[data-preview-banner]').text()).toContain(banner);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(html).not.toContain('astro-dev-toolbar');
  });

  it('shows the draft of a published story instead of the published text', async () => {
    const { $ } = await get(server, editedStory);
    expect($('h1').text()).toContain(marker);
    expect($('[data-preview-banner]')).toHaveLength(1);
  });

  it('opens an address without its trailing slash too, as the public host does by redirecting', async () => {
    const { response, $ } = await get(server, draftOnly.replace(/\/$/, ''));
    expect(response.status).toBe(200);
    expect($('h1').text()).toContain(marker);
  });

  it('names the source it previews in its log, in English as every progress line is', () => {
    expect(server.output()).toMatch(/Draft preview of bundled dataset /);
  });

  it('puts the banner on every kind of page', async () => {
    for (const path of ['/', '/historier/', '/konferanse/', '/aktivitetsstotte/']) {
      const { $ } = await get(server, path);
      expect($('[data-preview-banner]').text(), path).toContain(banner);
    }
  });
});

// A new draft has no slug until the editor presses «Generer». Astro refuses a route parameter that is not a string,
// so one such draft broke the preview of every page of its route, and the preview has no content guard to stop it.
describe('the draft preview with new drafts that have no address yet', () => {
  let server: PreviewServer;
  const withoutSlug = (document: Record<string, unknown>) => {
    const { slug: _slug, ...rest } = document;
    return { ...rest, _id: `drafts.${String(document._id)}-ny` };
  };
  beforeAll(async () => {
    const dataset = fixtureDataset({
      extra: [
        fixturePlace,
        fixtureStory('publisert'),
        withoutSlug(fixtureStory('uten-adresse', { title: 'Ny historie uten adresse' })),
        withoutSlug({ ...fixturePlace, name: 'Nytt sted' }),
        withoutSlug({ _id: 'event', _type: 'event', title: 'Nytt arrangement', kind: 'workshop' }),
        withoutSlug({ _id: 'ru', _type: 'researchUpdate', title: 'Ny oppdatering' }),
      ],
    });
    server = await startPreviewServer({ BUILD_NOW: fixedNow, LOCAL_DATASET: dataset });
  });
  afterAll(() => server?.close());

  it('still shows the other pages of those routes', async () => {
    for (const path of ['/historier/publisert/', '/steder/bergen/', '/historier/sted/bergen/', '/arrangementer/']) {
      const { response, $ } = await get(server, path);
      expect(response.status, path).toBe(200);
      expect($('[data-preview-banner]').text(), path).toContain(banner);
    }
  });
});

describe('the public build of the same dataset', () => {
  it('has no page for the draft-only story and no draft text, banner or preview anywhere', () => {
    expect(hasPage(draftOnly)).toBe(false);
    expect(hasPage(editedStory)).toBe(true);
    for (const file of htmlFiles(resolve(builtSite))) {
      const content = readFileSync(file, 'utf8');
      expect(content.includes(marker), file).toBe(false);
      expect(content.includes(banner), file).toBe(false);
    }
  });

  it('refuses to build with PREVIEW_DRAFTS set', async () => {
    const { buildSite } = await import('../support/build-site');
    const result = await buildSite({
      outDir: '.tmp/preview-build-refused',
      env: { PREVIEW_DRAFTS: '1' },
      allowFailure: true,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('PREVIEW_DRAFTS=1 er bare for forhåndsvisningen');
  });
});

describe('the draft preview of a Content Lake project', () => {
  it('refuses to start without SANITY_API_READ_TOKEN, in Norwegian', async () => {
    const { code, output } = await previewThatFails({
      SANITY_PROJECT_ID: 'test1234',
      SANITY_API_HOST: 'http://127.0.0.1:9',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('Forhåndsvisning av utkast krever SANITY_API_READ_TOKEN');
  });

  describe('with a read token', () => {
    let standIn: QueryApiStandIn;
    let server: PreviewServer;
    beforeAll(async () => {
      standIn = await startQueryApiStandIn({ ndjsonFile: bundledDatasetPath });
      server = await startPreviewServer({
        BUILD_NOW: fixedNow,
        SANITY_PROJECT_ID: 'test1234',
        SANITY_API_HOST: standIn.apiHost,
        SANITY_API_READ_TOKEN: 'sk-preview-test',
      });
    });
    afterAll(async () => {
      await server?.close();
      await standIn?.close();
    });

    it('reads the drafts perspective with the token, and a reload shows the draft as it is now', async () => {
      const first = await get(server, draftOnly);
      expect(first.$('h1').text()).toContain(marker);
      const drafted = standIn.requests.filter((request) => request.perspective === 'drafts');
      expect(drafted.length).toBeGreaterThan(0);
      expect(drafted.every((request) => request.headers.authorization === 'Bearer sk-preview-test')).toBe(true);

      const documents = await readNdjsonFile(bundledDatasetPath);
      const draft = documents.find((document) => document._id === 'drafts.story-utkast-oslo')!;
      standIn.put({ ...draft, title: `${marker}: Endret i Studio akkurat nå` });
      const second = await get(server, draftOnly);
      expect(second.$('h1').text()).toContain('Endret i Studio akkurat nå');
    });
  });
});
