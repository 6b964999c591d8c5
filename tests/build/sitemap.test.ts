// The sitemap submits exactly the pages search engines may index, dated where a date can be true: Google Search
// Console reports a submitted page that says `noindex` as an error («Submitted URL marked 'noindex'»), and a page
// missing from it is found later.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../../src/lib/content-guard/manifest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { buildSite, testBuildDir } from '../support/build-site';
import { builtSite, fixedNow, page, sitemapPaths } from '../support/dist';
import { fixtureDataset } from '../support/fixture-dataset';

const noindex = (path: string) => /\bnoindex\b/.test(page(path)('meta[name="robots"]').attr('content') ?? '');

describe('the sitemap', () => {
  it('lists no page that says noindex, and every page that does not', () => {
    const listed = sitemapPaths();
    expect(listed.filter(noindex)).toEqual([]);
    expect(noindex('/sok/')).toBe(true);
    const indexable = builtPages(builtSite).filter((path) => !noindex(path));
    expect(indexable.length).toBeGreaterThan(10);
    expect([...listed].sort()).toEqual(indexable);
  });
});

describe("the sitemap's lastmod", () => {
  // Google schedules recrawls by lastmod only while it is accurate: a page is dated only where its date can be true.
  it('dates no page made of other documents: the home page, a listing, a place page, a pillar that lists', () => {
    const lastmod = sitemapLastmod();
    for (const path of ['/', '/historier/', '/historier/sted/bergen/', '/steder/bergen/', '/samarbeidsprosjekter/']) {
      expect(lastmod.has(path), path).toBe(true);
      expect(lastmod.get(path), path).toBeUndefined();
    }
  });

  it("dates an editor's page by when it last changed", async () => {
    const data = await createBundledSource(bundledDatasetPath, 'published');
    const contact = await data.fetch<{ _updatedAt: string }>('*[_type == "page" && slug.current == "kontakt"][0]');
    expect(Date.parse(sitemapLastmod().get('/kontakt/')!)).toBe(Date.parse(contact._updatedAt));
  });
});

// Every story and event in the bundled dataset is invented, so not indexed and not in the sitemap: the minimal site
// with a real story, an event to come and one that is over.
describe("the sitemap's lastmod for real stories and events", () => {
  const stamp = (updatedAt: string) => ({ _createdAt: updatedAt, _updatedAt: updatedAt, _rev: 'fixture1' });
  const place = {
    _id: 'place-real',
    _type: 'place',
    ...stamp('2026-11-01T10:00:00Z'),
    name: 'Stavanger',
    slug: { _type: 'slug', current: 'stavanger' },
    status: 'active',
    location: { _type: 'geopoint', lat: 58.97, lng: 5.73 },
  };
  const story = {
    _id: 'story-real',
    _type: 'projectStory',
    ...stamp('2026-10-05T10:00:00Z'),
    title: 'Kor i Stavanger',
    slug: { _type: 'slug', current: 'kor-i-stavanger' },
    place: { _type: 'reference', _ref: place._id },
    pillar: { _type: 'reference', _ref: 'pillar-samarbeidsprosjekter' },
    ingress: 'En virkelig historie.',
    publishedAt: '2026-10-05T10:00:00Z',
    isSample: false,
  };
  const event = {
    _id: 'event-real',
    _type: 'event',
    ...stamp('2026-10-01T10:00:00Z'),
    title: 'Workshop i Stavanger',
    slug: { _type: 'slug', current: 'workshop-stavanger' },
    kind: 'workshop',
    start: '2027-02-10T11:00:00Z',
    end: '2027-02-10T15:00:00Z',
    ingress: 'En virkelig workshop.',
    registration: { _type: 'registration', status: 'none' },
    isSample: false,
  };
  // Its page has said «Avholdt» since it ended, months after the last edit.
  const pastEvent = {
    ...event,
    ...stamp('2026-04-01T10:00:00Z'),
    _id: 'event-real-past',
    slug: { _type: 'slug', current: 'workshop-stavanger-2026' },
    start: '2026-06-10T11:00:00Z',
    end: '2026-06-10T15:00:00Z',
  };
  let lastmod: Map<string, string | undefined>;
  beforeAll(async () => {
    const outDir = testBuildDir('sitemap-lastmod');
    await buildSite({
      outDir,
      env: { LOCAL_DATASET: fixtureDataset({ extra: [place, story, event, pastEvent] }), BUILD_NOW: fixedNow },
      searchIndex: false,
    });
    lastmod = sitemapLastmod(outDir);
  }, 240_000);

  it("dates a story and an event by their document's _updatedAt", () => {
    expect(lastmod.get('/historier/kor-i-stavanger/')).toBe(new Date(story._updatedAt).toISOString());
    expect(lastmod.get('/arrangementer/workshop-stavanger/')).toBe(new Date(event._updatedAt).toISOString());
  });

  it('dates an event that is over by when it ended, and leaves the listings of them undated', () => {
    expect(lastmod.get('/arrangementer/workshop-stavanger-2026/')).toBe(new Date(pastEvent.end).toISOString());
    for (const path of ['/', '/historier/', '/historier/sted/stavanger/', '/arrangementer/', '/steder/stavanger/']) {
      expect(lastmod.has(path), path).toBe(true);
      expect(lastmod.get(path), path).toBeUndefined();
    }
  });
});

/** Each <url>'s path and lastmod in the built sitemap. */
function sitemapLastmod(distDir = builtSite): Map<string, string | undefined> {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => [
      new URL(match[1]!).pathname,
      match[2],
    ]),
  );
}
