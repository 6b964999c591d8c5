// The news feed names an event as its page's title does, date included: a feed reader shows only the title, and the
// workshops come back every year under the same one. A cancelled event says «Avlyst:» first, after the «Eksempel: »
// every invented item starts with (sample-marking.test.ts).
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { distFile, page, text } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

/** Each item's title by the path it links to. */
function feedTitles(): Map<string, string> {
  const $ = load(readFileSync(distFile('/rss.xml'), 'utf8'), { xml: true });
  return new Map(
    $('item')
      .map((_, item) => [[new URL($(item).find('link').text()).pathname, $(item).find('title').text()]])
      .get() as [string, string][],
  );
}

describe('the news feed', () => {
  it("titles each event as its page's tab does, with the day it takes place", async () => {
    const events = await data.fetch<
      { slug: string; title: string; cancelled: boolean | null; isSample: boolean | null }[]
    >('*[_type == "event" && defined(start)]{ "slug": slug.current, title, cancelled, isSample }');
    const titles = feedTitles();
    const inFeed = events.filter((event) => titles.has(`/arrangementer/${event.slug}/`));
    // The bundled dataset has the same workshop in several years, and a cancelled one.
    expect(new Set(inFeed.map((event) => event.title)).size).toBeLessThan(inFeed.length);
    expect(inFeed.some((event) => event.cancelled)).toBe(true);
    for (const event of inFeed) {
      const tab = text(page(`/arrangementer/${event.slug}`), 'title').replace(/ – [^–]+$/, '');
      expect(titles.get(`/arrangementer/${event.slug}/`), event.slug).toBe(
        `${event.isSample ? 'Eksempel: ' : ''}${tab}`,
      );
    }
    const feedEventTitles = inFeed.map((event) => titles.get(`/arrangementer/${event.slug}/`));
    expect(new Set(feedEventTitles).size).toBe(feedEventTitles.length);
  });

  it('keeps «Avlyst – » first on a cancelled event, after «Eksempel: » on an invented one', async () => {
    const cancelled = await data.fetch<{ slug: string; title: string; isSample: boolean | null }[]>(
      '*[_type == "event" && cancelled == true]{ "slug": slug.current, title, isSample }',
    );
    const titles = feedTitles();
    const inFeed = cancelled.filter((event) => titles.has(`/arrangementer/${event.slug}/`));
    expect(inFeed.length).toBeGreaterThan(0);
    for (const event of inFeed)
      expect(titles.get(`/arrangementer/${event.slug}/`), event.slug).toMatch(
        new RegExp(`^${event.isSample ? 'Eksempel: ' : ''}Avlyst – ${event.title}, `),
      );
  });

  // The conference is the programme's largest event: a feed reader, a newsletter tool or a Slack feed hears of it as
  // of a workshop, with its days and place in the title.
  it('announces each conference edition with its days and place, as its page names it', async () => {
    const conferences = await data.fetch<{ year: number; isSample: boolean | null }[]>(
      '*[_type == "conference"]{ year, isSample }',
    );
    const titles = feedTitles();
    const inFeed = conferences.filter((conference) => titles.has(`/konferanse/${conference.year}/`));
    expect(inFeed.map((conference) => conference.year)).toContain(2027);
    for (const conference of inFeed) {
      const tab = text(page(`/konferanse/${conference.year}`), 'title');
      expect(tab).toMatch(/\d\. januar i /);
      expect(titles.get(`/konferanse/${conference.year}/`)).toBe(`${conference.isSample ? 'Eksempel: ' : ''}${tab}`);
    }
  });
});
