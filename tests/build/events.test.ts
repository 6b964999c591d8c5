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

  it('say what a coming event or conference costs, as its editor priced it, where it is signed up for and searched', async () => {
    const priced = await data.fetch<{ path: string; price: number; note: string | null; coming: boolean }[]>(
      `*[_type in ["event", "conference"] && defined(registration.price) && cancelled != true]{
        "path": select(_type == "event" => "/arrangementer/" + slug.current, "/konferanse/" + string(year)),
        "price": registration.price, "note": registration.priceNote,
        "coming": coalesce(start, days[0].start) > $now
      }`,
      { now: fixedNow },
    );
    const coming = priced.filter((document) => document.coming);
    expect(coming.length).toBeGreaterThan(1);
    expect(coming.some((document) => document.path.startsWith('/konferanse/'))).toBe(true);
    for (const { path, price, note } of coming) {
      const $ = page(path);
      // «kr 1 500» with a no-break space, as the site writes amounts.
      const amount = price === 0 ? 'gratis' : `kr\u00a0${price.toLocaleString('nb-NO').replace(/\s/g, '\u00a0')}`;
      expect($('.registration__price').text().replace(/\s+/g, ' ').trim(), path).toBe(
        `Pris: ${amount.replace(/\u00a0/g, ' ')}${note ? `. ${note}` : ''}`,
      );
      expect($('[data-pagefind-body] .registration__price').length, path).toBe(1);
      expect($('[data-pagefind-ignore] .registration__price').length, path).toBe(0);
    }
    // Once it is over, what it cost is no longer news: the page has no registration box to say it in.
    for (const { path } of priced.filter((document) => !document.coming))
      expect(page(path)('.registration__price').length, path).toBe(0);
  });

  it('on the home page, are the next three one can go to: a cancelled one does not push one that goes ahead off', async () => {
    const upcoming = await data.fetch<{ slug: string; cancelled: boolean | null }[]>(
      '*[_type == "event" && start > $now] | order(start asc){ "slug": slug.current, cancelled }',
      { now: fixedNow },
    );
    // The dataset has a cancelled event among the first three: otherwise this would check nothing.
    expect(upcoming.slice(0, 3).some((event) => event.cancelled)).toBe(true);
    const goingAhead = upcoming.filter((event) => !event.cancelled).slice(0, 3);
    const cards = page('/')('#events-heading')
      .closest('section')
      .find('.event-card h3 a, .event-card h2 a')
      .map((_, link) => link.attribs.href)
      .get();
    expect(cards).toEqual(goingAhead.map((event) => `/arrangementer/${event.slug}/`));
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

  // A visitor from Arendalsuka found the debate and no way on to what For Alle does in Arendal.
  it("end with a link to their place's page, named as that page is", async () => {
    const events = await data.fetch<
      { slug: string; place: { name: string; slug: string; preposition: string | null } }[]
    >(
      '*[_type == "event" && defined(slug.current) && defined(place)]{ "slug": slug.current, "place": place->{ name, "slug": slug.current, preposition } }',
    );
    expect(events.length).toBeGreaterThan(3);
    for (const { slug, place } of events) {
      const $ = page(`/arrangementer/${slug}`);
      const link = $(`main article a[href="/steder/${place.slug}/"]`);
      expect(link.length, slug).toBe(1);
      expect(link.text().replace(/\s+/g, ' ').trim(), slug).toBe(
        `Mer om For Alle ${place.preposition ?? 'i'} ${place.name}`,
      );
    }
  });
});
