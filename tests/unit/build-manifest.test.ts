import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isPublishedId } from '@sanity/client/csm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithLastBuild, redirectedPaths, type BuildManifest } from '../../src/lib/content-guard/manifest';
import { documentsByPage, documentsOfPage } from '../../src/lib/content-guard/page-documents';
import { vanishedPagesMessage } from '../../src/lib/content-guard/vanished-message';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { createContentLakeSource } from '../../src/lib/sanity/content-lake-source';
import { readNdjsonFile, type StoredDocument } from '../../src/lib/sanity/ndjson';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

const pages = (count: number) => Array.from({ length: count }, (_, index) => `/historier/${index}/`);
const manifest = (count: number): BuildManifest => ({
  pages: pages(count),
  documents: Object.fromEntries(pages(count).map((path, index) => [path, [`story-${index}`]])),
});
const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => `story-${from + index}`);

describe('compareWithLastBuild', () => {
  it('lets a build through that lost 10 % of the pages', () => {
    const result = compareWithLastBuild(manifest(100), pages(90), new Set());
    expect(result.vanished).toHaveLength(10);
    expect(result.tooMany).toBe(false);
  });

  it('stops a build that lost more than 10 %', () => {
    expect(compareWithLastBuild(manifest(100), pages(89), new Set()).tooMany).toBe(true);
  });

  it('does not count pages the host redirects', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
    writeFileSync(
      join(dir, '_redirects'),
      `# moved stories\n${pages(100)
        .slice(50)
        .map((path) => `${path.slice(0, -1)} /historier 301`)
        .join('\n')}\n`,
    );
    const result = compareWithLastBuild(manifest(100), pages(50), redirectedPaths(join(dir, '_redirects')));
    expect(result).toMatchObject({ vanished: [], tooMany: false });
  });

  it('lets the first build through, when there is no manifest yet', () => {
    expect(compareWithLastBuild({ pages: [] }, pages(3), new Set()).tooMany).toBe(false);
  });

  it('does not count pages whose documents editors unpublished: the drafts are still there', () => {
    const state = { published: new Set(ids(0, 50)), draftOnly: new Set(ids(50, 100)) };
    const result = compareWithLastBuild(manifest(100), pages(50), new Set(), state);
    expect(result.takenDown).toHaveLength(50);
    expect(result).toMatchObject({ lost: [], tooMany: false });
  });

  it('stops when documents are gone altogether: deleted, or an empty or wrong dataset', () => {
    const state = { published: new Set<string>(), draftOnly: new Set<string>() };
    const result = compareWithLastBuild(manifest(100), [], new Set(), state);
    expect(result.tooMany).toBe(true);
    expect(result.lost[0]).toEqual({ path: '/historier/0/', documents: ['story-0'], reason: 'gone' });
  });

  it('stops when the documents are still published but their pages were not built (a broken query)', () => {
    const state = { published: new Set(ids(0, 100)), draftOnly: new Set<string>() };
    const result = compareWithLastBuild(manifest(100), pages(80), new Set(), state);
    expect(result.tooMany).toBe(true);
    expect(result.lost.map((page) => page.reason)).toEqual(Array(20).fill('published'));
  });

  it('counts pages taken down and pages lost apart: a few taken down do not hide many lost', () => {
    const state = { published: new Set(ids(0, 85)), draftOnly: new Set(ids(95, 100)) };
    const result = compareWithLastBuild(manifest(100), pages(80), new Set(), state);
    expect([result.takenDown.length, result.lost.length, result.tooMany]).toEqual([5, 15, true]);
  });

  it('cannot tell pages taken down without drafts to look at, and counts them all', () => {
    const state = { published: new Set<string>(), draftOnly: null };
    const result = compareWithLastBuild(manifest(100), pages(50), new Set(), state);
    expect(result.tooMany).toBe(true);
    expect(result.lost[0].reason).toBe('not-published');
  });

  it('counts the pages of a manifest written before it named their documents', () => {
    const state = { published: new Set<string>(), draftOnly: new Set(ids(0, 100)) };
    const result = compareWithLastBuild({ pages: pages(100) }, pages(50), new Set(), state);
    expect(result.tooMany).toBe(true);
    expect(result.lost[0].reason).toBe('unknown');
  });
});

describe('documentsByPage', () => {
  const bundled = resolve('studio/seed/production/data.ndjson');

  it('names the document behind each page, and the stories behind each listing of stories', async () => {
    type Seeded = StoredDocument & { slug?: { current: string }; place?: { _ref: string } };
    const documents = (await readNdjsonFile(bundled)).filter((document) => isPublishedId(document._id)) as Seeded[];
    const byId = new Map(documents.map((document) => [document._id, document]));
    const byPage = documentsByPage(documents);
    const story = documents.find((document) => document._type === 'projectStory')!;
    const place = byId.get(story.place!._ref)!;
    expect(byPage[`/historier/${story.slug!.current}/`]).toEqual([story._id]);
    expect(byPage[`/historier/sted/${place.slug!.current}/`]).toContain(story._id);
    expect(byPage['/historier/']).toContain(story._id);
    // A later page of a listing stands on the listing's stories.
    expect(documentsOfPage(byPage, '/historier/side/2/')).toEqual(byPage['/historier/']);
    // A place's page shows its collaboration project too.
    const project = documents.find((document) => document._type === 'collaborationProject')!;
    const projectPlace = byId.get(project.place!._ref)!;
    expect(byPage[`/steder/${projectPlace.slug!.current}/`]).toEqual(
      expect.arrayContaining([projectPlace._id, project._id]),
    );
  });
});

describe('the bundled source tells unpublished documents from deleted ones', () => {
  it('from the drafts an export holds beside the published documents', async () => {
    // story-2 has a published version and a draft; story-new only a draft; story-9 does not exist.
    const source = await createBundledSource(resolve('tests/fixtures/content-path/data.ndjson'), 'published');
    const state = await source.publicationState(['story-1', 'story-2', 'story-new', 'story-9']);
    expect([...state.published].sort()).toEqual(['story-1', 'story-2']);
    expect([...(state.draftOnly ?? [])]).toEqual(['story-new']);
  });
});

describe('the Content Lake tells unpublished documents from deleted ones', () => {
  const fixture = resolve('tests/fixtures/content-path/data.ndjson');
  let api: QueryApiStandIn;
  beforeAll(async () => {
    api = await startQueryApiStandIn({ ndjsonFile: fixture });
  });
  afterAll(() => api.close());
  const lake = (token?: string) =>
    createContentLakeSource({
      projectId: 'p',
      dataset: api.dataset,
      apiHost: api.apiHost,
      token,
      perspective: 'published',
    });

  it('with a read token, from the drafts in the raw perspective', async () => {
    const state = await lake('viewer-token').publicationState(['story-1', 'story-2', 'story-new', 'story-9']);
    expect([...state.published].sort()).toEqual(['story-1', 'story-2']);
    expect([...(state.draftOnly ?? [])]).toEqual(['story-new']);
  });

  it('without a token it sees only what is published, and says it cannot see drafts', async () => {
    api.requests.length = 0;
    const state = await lake().publicationState(['story-1', 'story-new']);
    expect(state).toEqual({ published: new Set(['story-1']), draftOnly: null });
    expect(api.requests.map((request) => request.perspective)).toEqual(['published']);
  });
});

describe('the stop message', () => {
  it("calls a build «oppdateringen», as the editors' guide does, never «bygget» (a building)", () => {
    const message = vanishedPagesMessage({
      lost: [{ path: '/historier/borte/', documents: ['story-borte'], reason: 'gone' }],
      takenDown: [{ path: '/historier/avpublisert/', documents: ['story-a'], reason: 'unpublished' }],
      total: 2,
      draftsSeen: false,
      manifestFile: '.cache/build-manifest.json',
    });
    // The workflow's name in GitHub, «Bygg og publiser nettstedet», is quoted as it is.
    const own = message.replace(/«[^»]*»/g, '');
    expect(own).not.toMatch(/\bbygg(et|ene|ets)?\b/i);
    expect(message).toMatch(/^Oppdateringen stoppes: /);
  });

  it('says in Norwegian what happened, names the pages, and tells editors and the site’s keeper what to do', () => {
    const message = vanishedPagesMessage({
      lost: [
        { path: '/historier/borte/', documents: ['story-borte'], reason: 'gone' },
        { path: '/arrangementer/feil/', documents: ['event-feil'], reason: 'published' },
      ],
      takenDown: [{ path: '/historier/avpublisert/', documents: ['story-a'], reason: 'unpublished' }],
      total: 12,
      draftsSeen: true,
      manifestFile: '.cache/build-manifest.json',
    });
    expect(message).toContain('Oppdateringen stoppes: 2 av 12 sider fra forrige vellykkede oppdatering er borte');
    expect(message).toContain('Én side til er tatt ned med «Avpubliser»');
    expect(message).toContain(
      '/historier/borte/ (dokumentet «story-borte» finnes ikke lenger, verken publisert eller som utkast)',
    );
    expect(message).toContain('/arrangementer/feil/ (dokumentet «event-feil» er publisert, men siden ble ikke laget)');
    expect(message).not.toContain('/historier/avpublisert/');
    expect(message).toContain('Til redaktørene:');
    expect(message).toContain('Til den som drifter nettstedet:');
    expect(message).not.toContain('SANITY_API_READ_TOKEN');
  });
});
