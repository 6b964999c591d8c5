// Events as a visitor meets them on /arrangementer, the home page and an event's own page, at the tests' pinned
// time: the next conference first, the day of each event, and the conference a workshop belongs to. The archive of
// past events is in past-events.test.ts, signing up in registration.test.ts, calendar files in calendar-files.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { fixedNow, page, text } from '../support/dist';
import { norwegianDateWithWeekday, osloDayOf } from '../support/norwegian-date';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

describe('events', () => {
  it('lead with the next conference, which is not an event document, with its registration', async () => {
    const next = await data.fetch<{ title: string; year: number }>(
      '*[_type == "conference" && days[0].start > $now] | order(year asc)[0]{ title, year }',
      { now: fixedNow },
    );
    expect(next).toBeTruthy();
    for (const path of ['/arrangementer', '/']) {
      const $ = page(path);
      expect(text($, '#conference-heading'), path).toBe(`Neste konferanse ${next.title}`);
      expect(text($, '#conference-heading .kicker'), path).toBe('Neste konferanse');
      expect($('#conference-heading').parent().find(`a[href="/konferanse/${next.year}/"]`).length, path).toBe(1);
      expect(text($, '.feature'), path).toContain('Påmeldingen er åpen');
    }
  });

  it('give the day of an event held within one day with its weekday, the debate at Arendalsuka too', async () => {
    const events = await data.fetch<{ slug: string; kind: string; title: string; start: string; end: string | null }[]>(
      '*[_type == "event" && defined(start)]{ "slug": slug.current, kind, title, start, end }',
    );
    const oneDay = events.filter((event) => !event.end || osloDayOf(event.start) === osloDayOf(event.end));
    expect(oneDay.some((event) => event.kind === 'debatt')).toBe(true);
    for (const event of oneDay) {
      const $ = page(`/arrangementer/${event.slug}`);
      expect(text($, 'h1'), event.slug).toBe(event.title);
      expect(text($, '.facts'), event.slug).toContain(norwegianDateWithWeekday(event.start));
    }
  });

  it("names the conference each workshop belongs to, and links to that year's page", async () => {
    const conferences = await data.fetch<{ year: number; slugs: (string | null)[] | null }[]>(
      '*[_type == "conference"]{ year, "slugs": workshops[]->slug.current }',
    );
    const workshops = conferences.flatMap(({ year, slugs }) =>
      (slugs ?? []).flatMap((slug) => (slug ? [{ slug, year }] : [])),
    );
    expect(workshops.length).toBeGreaterThan(3);
    const links = (slug: string) =>
      page(`/arrangementer/${slug}`)('.facts a[href^="/konferanse/"]')
        .map((_, link) => link.attribs.href)
        .get();
    for (const { slug, year } of workshops) expect(links(slug), slug).toEqual([`/konferanse/${year}/`]);
    // An event of no conference links to none.
    const others = await data.fetch<string[]>(
      '*[_type == "event" && defined(slug.current) && count(*[_type == "conference" && references(^._id)]) == 0].slug.current',
    );
    expect(others.length).toBeGreaterThan(0);
    for (const slug of others) expect(links(slug), slug).toEqual([]);
  });
});
