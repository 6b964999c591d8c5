// Past events as a visitor meets them: /arrangementer's archive by year, and an event page that says it is over
// before anything else. Expected events are read from the dataset with the build's pinned "now".
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { osloDay } from '@for-alle/shared/dates';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { distFile, fixedNow, page, text } from '../support/dist';
import { norwegianDate, osloDayOf } from '../support/norwegian-date';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

interface EventRow {
  slug: string;
  title: string;
  start: string;
  end: string | null;
  capacity: number | null;
  registration: string | null;
  cancelled: boolean | null;
}
const events = () =>
  data.fetch<EventRow[]>(
    '*[_type == "event" && defined(slug.current)]{ "slug": slug.current, title, start, end, capacity, "registration": registration.status, cancelled }',
  );
const isPast = (event: { start: string; end: string | null }) =>
  Date.parse(event.end ?? event.start) < Date.parse(fixedNow);

describe('the archive on /arrangementer', () => {
  it('groups past events and conferences under a heading per year, newest first, each card under its own year', async () => {
    const past = [
      ...(await events())
        .filter(isPast)
        .map((event) => ({ href: `/arrangementer/${event.slug}/`, start: event.start })),
      ...(
        await data.fetch<{ year: number; start: string }[]>(
          '*[_type == "conference" && count(days[end >= $now]) == 0]{ year, "start": days[] | order(start asc)[0].start }',
          { now: fixedNow },
        )
      ).map((conference) => ({ href: `/konferanse/${conference.year}/`, start: conference.start })),
    ];
    const years = [...new Set(past.map((event) => osloDay(event.start).slice(0, 4)))].sort().reverse();
    expect(years.length).toBeGreaterThan(1);

    const $ = page('/arrangementer');
    const archive = $('#past-heading').parent();
    const headings = archive.find('h3');
    expect(headings.map((_, heading) => $(heading).text().trim()).get()).toEqual(years);
    for (const event of past) {
      const card = archive.find(`.card a[href="${event.href}"]`).closest('.card');
      expect(card.length, event.href).toBe(1);
      // The heading of the year the card is filed under, folded or not.
      const year = card.closest('.archive-year').children('h3').text().trim();
      expect(year, event.href).toBe(osloDay(event.start).slice(0, 4));
      expect(card.find('.tag--past').text().trim(), event.href).toBe('Avholdt');
    }
  });

  it('keeps the newest year and any year with an event in the last twelve months open, and folds the older ones', async () => {
    const past = (await events()).filter(isPast);
    const conferences = await data.fetch<{ start: string; end: string }[]>(
      '*[_type == "conference" && count(days[end >= $now]) == 0]{ "start": days[] | order(start asc)[0].start, "end": days[] | order(end desc)[0].end }',
      { now: fixedNow },
    );
    const all = [...past, ...conferences];
    const yearOf = (event: { start: string }) => osloDay(event.start).slice(0, 4);
    const years = [...new Set(all.map(yearOf))].sort().reverse();
    const recent = (event: { start: string; end: string | null }) =>
      Date.parse(fixedNow) - Date.parse(event.end ?? event.start) < 365 * 24 * 3600 * 1000;
    const open = years.filter(
      (year, index) => index === 0 || all.some((event) => yearOf(event) === year && recent(event)),
    );
    const folded = years.filter((year) => !open.includes(year));
    expect(folded.length, 'the dataset has years old enough to fold').toBeGreaterThan(0);

    const $ = page('/arrangementer');
    for (const element of $('.archive-year').toArray()) {
      const year = $(element).children('h3').text().trim();
      const details = $(element).children('details');
      if (open.includes(year)) {
        expect(details.length, year).toBe(0);
        continue;
      }
      const count = all.filter((event) => yearOf(event) === year).length;
      expect(details.length, year).toBe(1);
      expect(details.attr('open'), year).toBeUndefined();
      // The control that opens the year says what it holds: «4 arrangementer fra 2023».
      expect(details.children('summary').text().replace(/\s+/g, ' ').trim(), year).toBe(
        `${count} ${count === 1 ? 'arrangement' : 'arrangementer'} fra ${year}`,
      );
      expect(details.find('.card').length, year).toBe(count);
      expect(details.find('.card h4').length, year).toBe(count);
    }
    expect($('.archive-year').length).toBe(years.length);
  });

  it('marks no card in the list of upcoming events as held', () => {
    const $ = page('/arrangementer');
    expect($('#upcoming-heading').parent().find('.card').length).toBeGreaterThan(0);
    expect($('#upcoming-heading').parent().find('.tag--past').length).toBe(0);
  });

  it('keeps the outline: the page title, the two lists, the years, then each card, no level skipped', () => {
    const $ = page('/arrangementer');
    const levels = $('main')
      .find('h1, h2, h3, h4, h5, h6')
      .map((_, heading) => Number(heading.tagName.slice(1)))
      .get();
    expect(levels[0]).toBe(1);
    levels
      .slice(1)
      .forEach((level, index) => expect(level, `heading ${index + 2}`).toBeLessThanOrEqual(levels[index] + 1));
    const archive = $('#past-heading').parent();
    expect(archive.find('.card h4').length).toBe(archive.find('.card').length);
  });

  it('names the venue on the card of each event held at one, Arendalsuka on the debate held there', async () => {
    const venues = await data.fetch<{ slug: string; kind: string; venue: string }[]>(
      '*[_type == "event" && defined(slug.current) && defined(venue.name)]{ "slug": slug.current, kind, "venue": venue.name }',
    );
    expect(venues.some((event) => event.kind === 'debatt')).toBe(true);
    const $ = page('/arrangementer');
    for (const event of venues) {
      const card = $(`.card a[href="/arrangementer/${event.slug}/"]`).closest('.card');
      expect(card.text().replace(/\s+/g, ' '), event.slug).toContain(event.venue);
    }
  });

  it('lists the events to come and the past ones, past conferences included, by the build time', async () => {
    // The next conference leads the page on its own (events.test.ts); past editions are listed with the past events.
    const events = await data.fetch<{ title: string; end: string }[]>(
      `[
        ...*[_type == "event"]{ title, "end": coalesce(end, start) },
        ...*[_type == "conference" && count(days[end >= $now]) == 0]{ title, "end": days[] | order(end desc)[0].end }
      ]`,
      { now: fixedNow },
    );
    const $ = page('/arrangementer');
    // The visible title: a card's link also carries the year for screen readers (hidden), when the title lacks it.
    const title = (element: AnyNode) => $(element).clone().find('.visually-hidden').remove().end().text().trim();
    const upcoming = $('#upcoming-heading')
      .parent()
      .find('.card h3')
      .map((_, element) => title(element))
      .get();
    const past = $('#past-heading')
      .parent()
      .find('.card h4')
      .map((_, element) => title(element))
      .get();
    const now = new Date(fixedNow).getTime();
    expect(upcoming.sort()).toEqual(
      events
        .filter((event) => new Date(event.end).getTime() >= now)
        .map((event) => event.title)
        .sort(),
    );
    expect(past.sort()).toEqual(
      events
        .filter((event) => new Date(event.end).getTime() < now)
        .map((event) => event.title)
        .sort(),
    );
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
  });

  it("lists each past conference with its dates, linking to that year's page", async () => {
    const past = await data.fetch<{ year: number; title: string }[]>(
      '*[_type == "conference" && count(days[end >= $now]) == 0] | order(year desc){ year, title }',
      { now: fixedNow },
    );
    expect(past.length).toBeGreaterThan(1);
    const $ = page('/arrangementer');
    for (const { year, title } of past) {
      const card = $('#past-heading').parent().find(`.card a[href="/konferanse/${year}/"]`).closest('.card');
      expect(card.find('h4').text().trim(), String(year)).toContain(title);
      expect(card.find('time').text(), String(year)).toMatch(new RegExp(`${year}$`));
    }
  });
});

/**
 * When a past event was held, as its page should say it: one day worked out by the test helper; the dataset's events
 * over several days written out here, so the site's range formatting is compared with text it did not produce.
 */
const heldOverDays: Record<string, string> = {
  'prosjektledersamling-2025': '20.–21. mai 2025',
  'prosjektledersamling-2026': '19.–20. mai 2026',
};
const heldOn = (event: EventRow) => {
  if (!event.end || osloDayOf(event.start) === osloDayOf(event.end)) return norwegianDate(event.start);
  expect(heldOverDays[event.slug], `${event.slug}: write its dates in heldOverDays`).toBeDefined();
  return heldOverDays[event.slug];
};

describe('an event page', () => {
  it('says at the top, beside its kind, that the event is over and when it was held; a coming event does not', async () => {
    const all = await events();
    expect(all.some(isPast)).toBe(true);
    expect(all.some((event) => !isPast(event))).toBe(true);
    // Events over two days are among them, so the range of days is read as well as the single day.
    expect(all.filter(isPast).map((event) => event.slug)).toEqual(expect.arrayContaining(Object.keys(heldOverDays)));
    for (const event of all) {
      const $ = page(`/arrangementer/${event.slug}`);
      const top = text($, 'article.event > header > p:first-child');
      if (isPast(event)) expect(top, event.slug).toContain(`Avholdt ${heldOn(event)}`);
      else expect(top, event.slug).not.toContain('Avholdt');
      expect(text($, 'main'), event.slug).not.toContain('Dette arrangementet er over');
    }
    // The debate at Arendalsuka, held within one day: its kind, then the state with the day, heard apart.
    const debate = await data.fetch<{ slug: string; start: string }>(
      '*[_type == "event" && kind == "debatt" && start < $now][0]{ "slug": slug.current, start }',
      { now: fixedNow },
    );
    const $ = page(`/arrangementer/${debate.slug}`);
    const held = `Avholdt ${norwegianDate(debate.start)}`;
    expect(text($, 'article.event > header > p:first-child')).toBe(`Debatt, ${held}`);
    // A state in a box of its own, not a tag like the kind beside it.
    expect(text($, 'article.event > header .tag--past')).toBe(held);
  });

  it('tells a held event in the past tense, on its page, in the news feed and in its calendar file', async () => {
    // The workshops of 2024–2026, «Avholdt» at the top, said «Sammen finner vi ut …» and «De blir invitert …», and
    // their ingress is also the feed's description and the calendar entry's. The seed's texts against the editors'
    // guide: tests/studio/seed-dataset.test.ts.
    const invites = /(?<!\p{L})(blir invitert|finner vi ut|kan delta|melder seg på|meld deg på)(?!\p{L})/iu;
    const feed = load(readFileSync(distFile('/rss.xml'), 'utf8'), { xml: true });
    const inFeed = (slug: string) =>
      feed('item')
        .filter((_, item) => new URL(feed(item).find('link').text()).pathname === `/arrangementer/${slug}/`)
        .find('description')
        .text();
    const past = (await events()).filter(isPast);
    expect(past.length).toBeGreaterThan(5);
    for (const { slug } of past) {
      const calendar = readFileSync(distFile(`/arrangementer/${slug}.ics`), 'utf8')
        .replace(/\r?\n /g, '')
        .replace(/\\([,;])/g, '$1');
      const said = [
        text(page(`/arrangementer/${slug}`), 'main'),
        inFeed(slug),
        /^DESCRIPTION:(.*)$/m.exec(calendar)?.[1],
      ];
      for (const words of said) expect(words, slug).not.toMatch(invites);
    }
  });

  it('gives a number of places only where one signs up, not for an event open to all', async () => {
    const withCapacity = (await events()).filter((event) => event.capacity);
    expect(withCapacity.some((event) => event.registration === 'none')).toBe(true);
    expect(withCapacity.some((event) => event.registration !== 'none')).toBe(true);
    for (const event of withCapacity) {
      const facts = page(`/arrangementer/${event.slug}`)('.facts dt')
        .map((_, term) => term.children.map((child) => ('data' in child ? child.data : '')).join(''))
        .get();
      // A cancelled event has no places to offer (tests/build/cancelled-events.test.ts).
      expect(facts.includes('Plasser'), event.slug).toBe(event.registration !== 'none' && event.cancelled !== true);
    }
  });
});

describe('event cards', () => {
  it('say that a conference’s workshop is for its participants, and no other card says so', async () => {
    const conferenceOf = new Map(
      (
        await data.fetch<{ title: string; slugs: string[] | null }[]>(
          '*[_type == "conference"]{ title, "slugs": workshops[]->slug.current }',
        )
      ).flatMap((conference) => (conference.slugs ?? []).map((slug) => [slug, conference.title] as const)),
    );
    expect(conferenceOf.size).toBeGreaterThan(0);
    const $ = page('/arrangementer');
    const lineText = (line: Parameters<typeof $>[0]) => $(line).text().replace(/\s+/g, ' ').trim();
    for (const event of await events()) {
      const card = $(`.card a[href="/arrangementer/${event.slug}/"]`).closest('.card');
      expect(card.length, event.slug).toBe(1);
      const audience = card.find('p').filter((_, line) => lineText(line).startsWith('For deltakerne på'));
      const conference = conferenceOf.get(event.slug);
      if (conference) expect(lineText(audience), event.slug).toBe(`For deltakerne på ${conference}`);
      else expect(audience.length, event.slug).toBe(0);
    }
  });
});
