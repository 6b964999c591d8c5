// Invented content (`isSample`) is marked «Eksempel» wherever it goes, not only on its own page: the next conference
// where the home page and /arrangementer lead with it, an edition's page before its dates, the archive on
// /konferanse, «Før dere søker» in the round's box on /aktivitetsstotte, the news feed, the calendars, link previews,
// and what search engines are told (no schema.org Event, and its own page is not indexed). Built from the bundled
// dataset, where every event and conference is invented, and from the minimal site with a real event and real
// editions, which carry none of it. The results on /sok are in tests/e2e/search.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { documentPath } from '@for-alle/shared/document-path';
import type { ContentSource } from '../../src/lib/sanity/source';
import { buildSite, testBuildDir } from '../support/build-site';
import { builtSite, distFile, fixedNow, page, sitemapPaths, text } from '../support/dist';
import { fixtureDataset, fixturePlace } from '../support/fixture-dataset';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

const conferenceNotice =
  'Dette er eksempelinnhold som viser hvordan nettstedet fungerer. Det beskriver ikke en virkelig konferanse.';

/** Every item of the news feed: the path it links to and its title. */
function feedItems(distDir = builtSite): { path: string; title: string }[] {
  const $ = load(readFileSync(distFile('/rss.xml', distDir), 'utf8'), { xml: true });
  return $('item')
    .map((_, item) => ({ path: new URL($(item).find('link').text()).pathname, title: $(item).find('title').text() }))
    .get();
}

/** Every appointment in every calendar file, the subscription calendar's too: its file, id and SUMMARY. */
function calendarEntries(distDir = builtSite): { file: string; uid: string; summary: string }[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ics'))
    .flatMap((file) =>
      new ICAL.Component(ICAL.parse(readFileSync(join(distDir, file), 'utf8')))
        .getAllSubcomponents('vevent')
        .map((vevent) => ({
          file,
          uid: String(vevent.getFirstPropertyValue('uid')).replace(/@foralle$/, ''),
          summary: String(vevent.getFirstPropertyValue('summary')),
        })),
    );
}

/** The @type of every JSON-LD object on a page. */
function jsonLdTypes($: CheerioAPI): string[] {
  return $('script[type="application/ld+json"]')
    .map((_, script) => [JSON.parse($(script).text()) as unknown])
    .get()
    .flat()
    .map((item) => (item as { '@type': string })['@type']);
}

describe('invented content in the bundled dataset', () => {
  it('the next conference is marked where the home page and /arrangementer lead with it, as on /konferanse', async () => {
    const next = await data.fetch<{ title: string; isSample: boolean | null }>(
      '*[_type == "conference" && days[0].start > $now] | order(year asc)[0]{ title, isSample }',
      { now: fixedNow },
    );
    expect(next.isSample).toBe(true);
    for (const path of ['/', '/arrangementer', '/konferanse']) {
      const $ = page(path);
      const heading = $('#conference-heading, #next-heading');
      expect(text($, '#conference-heading, #next-heading'), path).toBe(`Neste konferanse ${next.title}`);
      expect(text($, ':is(#conference-heading, #next-heading) .kicker'), path).toBe('Neste konferanse');
      // Right under the heading: before the dates, the theme and «Påmeldingen er åpen» it qualifies.
      const notice = heading.next();
      expect(notice.is('.sample-notice'), path).toBe(true);
      expect(notice.text().replace(/\s+/g, ' ').trim(), path).toBe(conferenceNotice);
      expect(
        notice.nextAll('.registration, .feature__signup, .feature__when, .conference-next__when').length,
        path,
      ).toBeGreaterThan(1);
    }
  });

  it("an invented edition's page says so before its dates, its venue and its ingress", async () => {
    const editions = await data.fetch<{ year: number; isSample: boolean | null }[]>(
      '*[_type == "conference" && defined(year)]{ year, isSample }',
    );
    expect(editions.length).toBeGreaterThan(1);
    for (const { year, isSample } of editions) {
      const header = page(`/konferanse/${year}`)('article.conference > header');
      const notice = header.children('.sample-notice');
      expect(notice.length, String(year)).toBe(isSample ? 1 : 0);
      if (!isSample) continue;
      expect(notice.prev().is('h1'), String(year)).toBe(true);
      expect(notice.nextAll('.conference__when').length, String(year)).toBe(1);
      expect(notice.nextAll('.ingress').length, String(year)).toBe(1);
    }
  });

  it('each invented edition in the archive on /konferanse is tagged «Eksempel» after its name', async () => {
    const past = await data.fetch<{ year: number; title: string; isSample: boolean | null }[]>(
      '*[_type == "conference" && count(days[end >= $now]) == 0] | order(year desc){ year, title, isSample }',
      { now: fixedNow },
    );
    expect(past.some((edition) => edition.isSample)).toBe(true);
    const $ = page('/konferanse');
    for (const { year, title, isSample } of past) {
      const row = $(`.archive-list a[href="/konferanse/${year}/"]`).parent();
      expect(row.find('.tag').text(), String(year)).toBe(isSample ? 'Eksempel' : '');
      // As a screen reader reads it: the name, then «(Eksempel)», then the dates.
      if (isSample) expect(row.text().replace(/\s+/g, ' ').trim(), String(year)).toMatch(`${title} (Eksempel) – `);
    }
  });

  it('each invented project on /steder is tagged «Eksempel» on its line, «Startet … · Pågår»', async () => {
    const projects = await data.fetch<{ place: string; isSample: boolean | null }[]>(
      '*[_type == "collaborationProject" && defined(place->slug.current)]{ "place": place->slug.current, isSample }',
    );
    expect(projects.some((project) => project.isSample)).toBe(true);
    const $ = page('/steder');
    for (const { place, isSample } of projects) {
      const card = $(`.place-card a[href="/steder/${place}/"]`).closest('.place-card');
      const line = card.find('p').filter((_, p) => /^Startet /.test($(p).text().trim()));
      expect(line.length, place).toBe(1);
      expect(line.find('.tag').text(), place).toBe(isSample ? 'Eksempel' : '');
    }
  });

  // A link preview in Messenger or LinkedIn and a search result show neither the page's notice nor anything but its
  // title: invented pages say «Eksempel: » there and are kept out of search engines. The tab keeps its title.
  it("an invented document's own page is «Eksempel: » in link previews, and not indexed or in the sitemap", async () => {
    const documents = await data.fetch<
      {
        _type: 'projectStory' | 'researchUpdate' | 'event' | 'conference' | 'place';
        slug: string;
        year: number;
        isSample: boolean | null;
      }[]
    >(
      '*[_type in ["projectStory", "researchUpdate", "event", "conference", "place"]]{ _type, "slug": slug.current, year, isSample }',
    );
    const listed = new Set(sitemapPaths());
    const paths = documents.map((document) => ({ path: documentPath(document)!, isSample: document.isSample }));
    expect(paths.filter(({ isSample }) => isSample).length).toBeGreaterThan(10);
    expect(paths.filter(({ isSample }) => !isSample).length).toBeGreaterThan(3);
    for (const { path, isSample } of paths) {
      const $ = page(path);
      const title = $('title')
        .text()
        .replace(/ – [^–]+$/, '');
      expect(title, path).not.toMatch(/^Eksempel/);
      for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]'])
        expect($(selector).attr('content'), `${path} ${selector}`).toBe(isSample ? `Eksempel: ${title}` : title);
      expect($('meta[name="robots"]').attr('content'), path).toBe(isSample ? 'noindex' : undefined);
      expect(listed.has(path), path).toBe(!isSample);
    }
  });

  it("«Før dere søker» in the round's box on /aktivitetsstotte says its points are examples, before them", async () => {
    const isSample = await data.fetch<boolean | null>('*[_id == "activitySupport"][0].isSample');
    expect(isSample).toBe(true);
    const list = page('/aktivitetsstotte')('.apply-now .before-applying');
    expect(list.length).toBe(1);
    const notice = list.children('.sample-notice');
    expect(notice.text()).toContain('Det beskriver ikke stiftelsens virkelige krav til søknaden.');
    expect(notice.prev().is('h3')).toBe(true);
    expect(notice.nextAll('ul').length).toBe(1);
  });

  it('every invented item in the news feed, and no real one, is titled «Eksempel: » first, before «Avlyst – »', async () => {
    const documents = await data.fetch<
      { _type: 'projectStory' | 'researchUpdate' | 'event' | 'conference'; slug: string; year: number }[]
    >(
      '*[_type in ["projectStory", "researchUpdate", "event", "conference"] && isSample == true]{ _type, "slug": slug.current, year }',
    );
    const samples = new Set(documents.map((document) => documentPath(document)));
    const items = feedItems();
    expect(items.length).toBeGreaterThan(5);
    expect(items.some(({ path }) => samples.has(path))).toBe(true);
    expect(items.some(({ path }) => path.startsWith('/konferanse/'))).toBe(true);
    for (const { path, title } of items)
      expect(title, path).toMatch(samples.has(path) ? /^Eksempel: (?!Eksempel)/ : /^(?!Eksempel: )/);
    // The cancelled workshop: an example first, then cancelled.
    const cancelled = await data.fetch<string[]>('*[_type == "event" && cancelled == true].slug.current');
    const titles = items.filter(({ path }) => cancelled.some((slug) => path === `/arrangementer/${slug}/`));
    expect(titles.length).toBeGreaterThan(0);
    for (const { title } of titles) expect(title).toMatch(/^Eksempel: Avlyst – /);
  });

  it('every invented event, conference day and grant deadline in a calendar file, and no real one, is «Eksempel: » first, in the subscription too', async () => {
    const samples = await data.fetch<string[]>(
      '*[_type in ["event", "conference", "activitySupport"] && isSample == true]._id',
    );
    const cancelled = await data.fetch<string[]>('*[_type == "event" && cancelled == true]._id');
    const entries = calendarEntries();
    expect(entries.some(({ file }) => file === 'arrangementer.ics')).toBe(true);
    expect(entries.some(({ file }) => file.startsWith('konferanse/'))).toBe(true);
    // A conference day's id is the conference's and the day's key.
    const isSample = (uid: string) => samples.some((id) => uid === id || uid.startsWith(`${id}-`));
    expect(entries.some(({ uid }) => isSample(uid))).toBe(true);
    for (const { file, uid, summary } of entries) {
      const cancelledPrefix = cancelled.includes(uid) ? 'Avlyst – ' : '(?!Avlyst)';
      expect(summary, `${file}: ${uid}`).toMatch(
        new RegExp(isSample(uid) ? `^Eksempel: ${cancelledPrefix}` : `^(?!Eksempel: )${cancelledPrefix}`),
      );
    }
  });

  it('tells search engines of no invented event or conference day, and keeps the rest of the structured data', async () => {
    const events = await data.fetch<string[]>('*[_type == "event" && defined(start) && isSample == true].slug.current');
    const years = await data.fetch<number[]>('*[_type == "conference" && isSample == true].year');
    expect(events.length).toBeGreaterThan(0);
    expect(years.length).toBeGreaterThan(0);
    for (const path of [
      ...events.map((slug) => `/arrangementer/${slug}`),
      ...years.map((year) => `/konferanse/${year}`),
      '/konferanse',
    ]) {
      const types = jsonLdTypes(page(path));
      expect(types, path).not.toContain('Event');
      expect(types, path).toEqual(expect.arrayContaining(['Organization', 'BreadcrumbList']));
    }
  });
});

// The minimal site with real content: an event, a cancelled event, the next conference and a past one.
const stamp = { _createdAt: '2026-10-01T10:00:00Z', _updatedAt: '2026-10-01T10:00:00Z', _rev: 'fixture1' };
const realEvent = {
  _id: 'event-real-workshop',
  _type: 'event',
  ...stamp,
  title: 'Workshop i Stavanger',
  slug: { _type: 'slug', current: 'workshop-stavanger' },
  kind: 'workshop',
  start: '2027-02-10T11:00:00Z',
  end: '2027-02-10T15:00:00Z',
  ingress: 'En virkelig workshop.',
  isSample: false,
};
const realCancelled = {
  ...realEvent,
  _id: 'event-real-cancelled',
  title: 'Workshop i Bergen',
  slug: { _type: 'slug', current: 'workshop-bergen' },
  start: '2027-03-10T11:00:00Z',
  end: '2027-03-10T15:00:00Z',
  cancelled: true,
};
const realProject = {
  _id: 'project-real-bergen',
  _type: 'collaborationProject',
  ...stamp,
  title: 'For Alle Bergen',
  place: { _type: 'reference', _ref: fixturePlace._id },
  startYear: 2021,
  status: 'active',
  isSample: false,
};
const day = (key: string, kind: string, start: string, end: string) => ({
  _key: key,
  _type: 'conferenceDay',
  kind,
  title: kind === 'network' ? 'Nettverksdag' : 'Konferansedag',
  start,
  end,
  capacity: 100,
  status: 'available',
});
const nextEdition = {
  _id: 'conference-real-2027',
  _type: 'conference',
  ...stamp,
  year: 2027,
  title: 'For Alle-konferansen 2027',
  theme: 'Et virkelig tema',
  ingress: 'Konferansedagene er 20. og 21. januar 2027.',
  days: [
    day('d1', 'network', '2027-01-20T09:00:00Z', '2027-01-20T15:00:00Z'),
    day('d2', 'conference', '2027-01-21T08:00:00Z', '2027-01-21T15:30:00Z'),
  ],
  registration: { _type: 'registration', status: 'notOpen' },
  isSample: false,
};
const pastEdition = {
  ...nextEdition,
  _id: 'conference-real-2026',
  year: 2026,
  title: 'For Alle-konferansen 2026',
  ingress: 'Konferansedagene var 21. og 22. januar 2026.',
  days: [
    day('d1', 'network', '2026-01-21T09:00:00Z', '2026-01-21T15:00:00Z'),
    day('d2', 'conference', '2026-01-22T08:00:00Z', '2026-01-22T15:30:00Z'),
  ],
};

describe('real content', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = testBuildDir('real-content');
    await buildSite({
      outDir,
      env: {
        LOCAL_DATASET: fixtureDataset({
          extra: [realEvent, realCancelled, nextEdition, pastEdition, fixturePlace, realProject],
        }),
        BUILD_NOW: fixedNow,
      },
      searchIndex: false,
    });
  }, 240_000);

  it('carries no «Eksempel» on the pages that lead with the next conference, its own page or the archive', () => {
    for (const path of ['/', '/arrangementer', '/konferanse', '/konferanse/2027', '/konferanse/2026']) {
      const $ = page(path, outDir);
      expect($('main .sample-notice, main .tag--accent').length, path).toBe(0);
    }
    expect(page('/', outDir)('#conference-heading').length).toBe(1);
    expect(page('/konferanse', outDir)('.archive-list a[href="/konferanse/2026/"]').length).toBe(1);
    // A real project on /steder says when it started, with no tag.
    const card = page('/steder', outDir)('.place-card a[href="/steder/bergen/"]').closest('.place-card');
    expect(card.text()).toContain('Startet 2021');
    expect(card.find('.tag').length).toBe(0);
  });

  it('is indexed, and titled in link previews as in the tab, without «Eksempel»', () => {
    for (const path of ['/arrangementer/workshop-stavanger/', '/konferanse/2027/']) {
      const $ = page(path, outDir);
      expect($('meta[property="og:title"]').attr('content'), path).not.toContain('Eksempel');
      expect($('meta[name="robots"]').length, path).toBe(0);
      expect(sitemapPaths(outDir), path).toContain(path);
    }
  });

  it('is titled as it is in the news feed and the calendars, «Avlyst – » first on the cancelled one', () => {
    const items = feedItems(outDir);
    expect(items.map(({ title }) => title).toSorted()).toEqual([
      'Avlyst – Workshop i Bergen, 10. mars 2027',
      'For Alle-konferansen 2026, 21.–22. januar',
      'For Alle-konferansen 2027, 20.–21. januar',
      'Workshop i Stavanger, 10. februar 2027',
    ]);
    const summaries = calendarEntries(outDir).map(({ summary }) => summary);
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries).toContain('Avlyst – Workshop i Bergen');
    expect(summaries).toContain('For Alle-konferansen 2027: Konferansedag');
    expect(summaries.filter((summary) => summary.includes('Eksempel'))).toEqual([]);
  });

  it('is an Event for search engines: the event, the cancelled one as cancelled, and each conference day', () => {
    const eventsOn = (path: string) =>
      page(
        path,
        outDir,
      )('script[type="application/ld+json"]')
        .map((_, script) => [JSON.parse(page(path, outDir)(script).text()) as unknown])
        .get()
        .flat()
        .filter((item) => (item as { '@type': string })['@type'] === 'Event') as { eventStatus: string }[];
    expect(eventsOn('/arrangementer/workshop-stavanger').map((event) => event.eventStatus)).toEqual([
      'https://schema.org/EventScheduled',
    ]);
    expect(eventsOn('/arrangementer/workshop-bergen').map((event) => event.eventStatus)).toEqual([
      'https://schema.org/EventCancelled',
    ]);
    expect(eventsOn('/konferanse/2027')).toHaveLength(2);
    expect(eventsOn('/konferanse')).toHaveLength(2);
    // On Oslo's clock, and with the address Google requires, also where the venue has none (tests/unit/event-json-ld).
    for (const event of eventsOn('/arrangementer/workshop-stavanger') as unknown as {
      startDate: string;
      location: { address: unknown };
    }[]) {
      expect(event.startDate).toMatch(/T\d\d:\d\d:\d\d\+0[12]:00$/);
      expect(event.location.address).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'NO' });
    }
  });
});
