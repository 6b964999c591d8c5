// A cancelled event («Avlyst») as a visitor, a calendar and a search engine meet it: its page stays and says so in
// words, without sign-up or calendar button; every card of it says «Avlyst» instead of its registration; its
// calendar file and its JSON-LD carry the cancelled status (an invented event has no JSON-LD Event at all, and a
// real one's is in sample-marking.test.ts). Events that go ahead say none of it.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { registrationState, type RegistrationInput } from '@for-alle/shared/registration-state';
import { distFile, fixedNow, page, pagePaths, text } from '../support/dist';

interface EventRow {
  slug: string;
  title: string;
  start: string;
  registration: RegistrationInput | null;
  cancelled: boolean | null;
  isSample: boolean | null;
}

let data: ContentSource;
let events: EventRow[];
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
  events = await data.fetch<EventRow[]>(
    '*[_type == "event" && defined(start) && defined(slug.current)]{ "slug": slug.current, title, start, registration, cancelled, isSample }',
  );
});

const cancelledEvents = () => events.filter((event) => event.cancelled === true);
const goingAhead = () => events.filter((event) => event.cancelled !== true);

const eventStatus = ($: CheerioAPI) =>
  $('script[type="application/ld+json"]')
    .map((_, script) => [JSON.parse($(script).text()) as unknown])
    .get()
    .flat()
    .find(
      (item): item is { '@type': string; eventStatus: string } => (item as { '@type'?: string })['@type'] === 'Event',
    )?.eventStatus;

const veventOf = (slug: string) =>
  new ICAL.Component(ICAL.parse(readFileSync(distFile(`/arrangementer/${slug}.ics`), 'utf8'))).getFirstSubcomponent(
    'vevent',
  )!;

describe('a cancelled event', () => {
  // «… de påmeldte får beskjed på e-post» on a workshop whose participants are invited after a conference not yet held.
  it('speaks of no one signed up when its participants are invited after a conference still to come', async () => {
    const workshops = await data.fetch<{ slug: string; conferenceStart: string }[]>(
      `*[_type == "event" && cancelled == true && kind == "workshop"]{ "slug": slug.current,
        "conferenceStart": *[_type == "conference" && references(^._id)][0].days[0].start }`,
    );
    const beforeTheirConference = workshops.filter(
      (workshop) => workshop.conferenceStart && Date.parse(workshop.conferenceStart) > Date.parse(fixedNow),
    );
    expect(beforeTheirConference.length).toBeGreaterThan(0);
    for (const { slug } of beforeTheirConference) {
      const $ = page(`/arrangementer/${slug}`);
      expect(`${text($, 'main')} ${$('meta[name="description"]').attr('content')}`, slug).not.toMatch(/påmeldte/);
    }
  });

  it('is in the bundled dataset, with a registration open at the pinned time, so the sign-up it hides is one it would show', () => {
    const open = cancelledEvents().filter(
      (event) => registrationState(event.registration, event.start, new Date(fixedNow)) === 'open',
    );
    expect(open.length).toBeGreaterThan(0);
  });

  it('keeps its page, which says «Avlyst» in words, in the tab title and beside its kind, not «Avholdt»', () => {
    for (const event of cancelledEvents()) {
      const $ = page(`/arrangementer/${event.slug}`);
      expect(text($, 'article.event > header .tag--cancelled'), event.slug).toBe('Avlyst');
      expect($('article.event .tag--past').length, event.slug).toBe(0);
      expect(text($, 'article.event > header .registration--cancelled'), event.slug).toContain(
        'Arrangementet er avlyst.',
      );
      expect(text($, 'title'), event.slug).toMatch(/^Avlyst – /);
      // The title's own colon («Workshop i Haugesund: samarbeid …») is the only one: «Avlyst: Workshop i Haugesund: …»
      // read as a list of labels.
      expect(text($, 'title').split(':').length - 1, event.slug).toBe(event.title.split(':').length - 1);
      expect(text($, 'h1'), event.slug).toBe(event.title);
    }
  });

  it('offers no sign-up, registration status, places or calendar button on its page', () => {
    for (const event of cancelledEvents()) {
      const $ = page(`/arrangementer/${event.slug}`);
      expect(
        $('article.event .registration:not(.registration--cancelled), .registration__state').length,
        event.slug,
      ).toBe(0);
      expect(text($, 'article.event'), event.slug).not.toMatch(/Meld deg på|Påmeldingen|venteliste/);
      expect($('article.event a[href$=".ics"]').length, event.slug).toBe(0);
      expect(text($, '.facts'), event.slug).not.toContain('Plasser');
    }
  });

  it("says «Avlyst» on every card of it, wherever it is listed, also in the link's name, and nothing about signing up", () => {
    for (const event of cancelledEvents()) {
      const listedOn: string[] = [];
      for (const path of pagePaths()) {
        const $ = page(path);
        const cards = $(`.event-card a[href="/arrangementer/${event.slug}/"]`).closest('.event-card');
        if (cards.length === 0) continue;
        listedOn.push(path);
        cards.each((_, card) => {
          expect($(card).find('.tag--cancelled').text().trim(), `${path}: ${event.slug}`).toBe('Avlyst');
          // The tags stand before the heading: one who jumps to the heading or the link hears the link's name.
          const linkName = $(card).find('a').first().text().replace(/\s+/g, ' ').trim();
          expect(linkName.startsWith(`Avlyst: ${event.title}`), `${path}: ${linkName}`).toBe(true);
          expect($(card).find('.tag--past').length, `${path}: ${event.slug}`).toBe(0);
          expect($(card).find('.event-card__registration').length, `${path}: ${event.slug}`).toBe(0);
        });
      }
      // It stays in the lists where it would stand: those who signed up must find it.
      expect(listedOn, event.slug).toContain('/arrangementer/');
    }
  });

  it('has a calendar file that says it is cancelled, under the same appointment id', () => {
    for (const event of cancelledEvents()) {
      const vevent = veventOf(event.slug);
      expect(vevent.getFirstPropertyValue('status'), event.slug).toBe('CANCELLED');
      // After «Eksempel: » on an invented one (sample-marking.test.ts).
      expect(vevent.getFirstPropertyValue('summary'), event.slug).toBe(
        `${event.isSample ? 'Eksempel: ' : ''}Avlyst – ${event.title}`,
      );
    }
  });

  // The bundled dataset's events are all invented. A real cancelled event's «EventCancelled» is read in a build of
  // its own (sample-marking.test.ts) and in conference-json-ld.test.ts.
  it('has no JSON-LD Event when invented, and is marked cancelled for the site search', () => {
    expect(cancelledEvents().length).toBeGreaterThan(0);
    for (const event of cancelledEvents()) {
      const $ = page(`/arrangementer/${event.slug}`);
      expect(event.isSample, event.slug).toBe(true);
      expect(eventStatus($), event.slug).toBeUndefined();
      expect($('[data-pagefind-meta="cancelled"]').length, event.slug).toBe(1);
    }
  });

  it('is marked in the news feed', () => {
    const feed = load(readFileSync(distFile('/rss.xml'), 'utf8'), { xml: true });
    const titleOf = (slug: string) =>
      feed('item')
        .filter((_, item) => new URL(feed(item).find('link').text()).pathname === `/arrangementer/${slug}/`)
        .find('title')
        .text();
    const inFeed = cancelledEvents().filter((event) => titleOf(event.slug));
    expect(inFeed.length).toBeGreaterThan(0);
    // The title is the page's, date included (news-feed-titles.test.ts): «Avlyst – » comes first, after «Eksempel: »
    // on an invented one.
    for (const event of inFeed)
      expect(titleOf(event.slug), event.slug).toMatch(new RegExp(`^${event.isSample ? 'Eksempel: ' : ''}Avlyst – `));
  });
});

describe('an event that goes ahead', () => {
  // Search engines: an invented one has no JSON-LD Event here; a real one's «EventScheduled» is read in
  // sample-marking.test.ts and conference-json-ld.test.ts.
  it('says nothing about being cancelled, to visitors, calendars or the site search', () => {
    expect(goingAhead().length).toBeGreaterThan(0);
    const listing = page('/arrangementer/');
    for (const event of goingAhead()) {
      const $ = page(`/arrangementer/${event.slug}`);
      expect($('.tag--cancelled, .registration--cancelled').length, event.slug).toBe(0);
      expect(text(listing, `.event-card a[href="/arrangementer/${event.slug}/"]`), event.slug).not.toMatch(/Avlyst/);
      expect(text($, 'title'), event.slug).not.toMatch(/^Avlyst/);
      expect(event.isSample, event.slug).toBe(true);
      expect(eventStatus($), event.slug).toBeUndefined();
      expect($('[data-pagefind-meta="cancelled"]').length, event.slug).toBe(0);
      expect(veventOf(event.slug).getFirstPropertyValue('status'), event.slug).toBeNull();
    }
  });
});
