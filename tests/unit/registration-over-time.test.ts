// What an event's card and the registration box say at a chosen moment, rendered with the Container API from the
// bundled dataset's own events and conference: an event open to all, the week before it, and the next conference
// after its deadline. The components take "now" and whom to ask as props, so no whole-site build at another
// BUILD_NOW is needed; tests/build/registration.test.ts keeps one build per concept for the pages' wiring.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import EventCard from '../../src/components/EventCard.astro';
import NextConference from '../../src/components/NextConference.astro';
import RegistrationStatus from '../../src/components/RegistrationStatus.astro';
import { withConferenceDates, type Conference } from '../../src/lib/content/conferences';
import { workshopConferences } from '../../src/lib/content/events';
import {
  eventContactPillar,
  registrationContactOf,
  type RegistrationContact,
} from '../../src/lib/content/registration-contact';
import { pillarSlugs } from '@for-alle/shared/document-path';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import {
  conferencePagesQuery,
  eventCardsQuery,
  eventPagesQuery,
  pillarBySlugQuery,
  siteSettingsQuery,
} from '../../src/lib/sanity/queries';
import type {
  ConferencePagesQueryResult,
  EventCardsQueryResult,
  EventPagesQueryResult,
  PillarBySlugQueryResult,
  SiteSettingsQueryResult,
} from '../../src/lib/sanity/sanity.types';
import type { ContentSource } from '../../src/lib/sanity/source';
import { fixedNow } from '../support/dist';
import { norwegianDate, norwegianDateWithWeekday } from '../support/norwegian-date';

const day = 24 * 3600 * 1000;
let data: ContentSource;
let conferences: Conference[];
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
  conferences = (await data.fetch<ConferencePagesQueryResult>(conferencePagesQuery)).map(withConferenceDates);
});

/** Whom a page names once registration has closed, from the pillar's people or the site settings, as the page loads it. */
async function contactOf(pillarSlug: string | undefined): Promise<RegistrationContact | null> {
  const pillar = pillarSlug ? await data.fetch<PillarBySlugQueryResult>(pillarBySlugQuery, { slug: pillarSlug }) : null;
  const settings = await data.fetch<SiteSettingsQueryResult>(siteSettingsQuery);
  return registrationContactOf(pillar?.contacts, settings?.contactEmail);
}

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  return load(await container.renderToString(component, { props }));
}

const text = ($: ReturnType<typeof load>, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();

describe('an event open to all, a week before it', () => {
  let event: EventPagesQueryResult[number];
  let now: Date;
  beforeAll(async () => {
    event = (await data.fetch<EventPagesQueryResult>(eventPagesQuery)).find(
      (candidate) => candidate.registration?.status === 'none',
    )!;
    expect(event, 'an event with «Ingen påmelding» in the dataset').toBeTruthy();
    now = new Date(Date.parse(event.start!) - 7 * day);
  });

  it('says on its page that anyone can come without signing up, not that sign-up has not opened', async () => {
    const conference = workshopConferences(conferences).get(event._id) ?? null;
    const $ = await render(RegistrationStatus, {
      registration: event.registration,
      eventStart: event.start,
      now,
      contact: await contactOf(eventContactPillar({ ...event, conference })),
    });
    expect(text($, '.registration__state')).toBe('Åpent for alle, ingen påmelding');
    expect(text($, '.registration')).not.toContain('Påmeldingen har ikke åpnet');
    expect($('.registration a').length).toBe(0);
  });

  it('says the same on its card in the list of events', async () => {
    const card = (await data.fetch<EventCardsQueryResult>(eventCardsQuery)).find(({ _id }) => _id === event._id);
    const $ = await render(EventCard, {
      event: card,
      now,
      conference: workshopConferences(conferences).get(event._id),
    });
    expect(text($, '.event-card__registration')).toBe('Åpent for alle, ingen påmelding');
    expect($('.tag--past').length, 'not yet «Avholdt»').toBe(0);
  });
});

describe('an event while it is under way', () => {
  let cards: EventCardsQueryResult;
  beforeAll(async () => {
    cards = await data.fetch<EventCardsQueryResult>(eventCardsQuery);
  });
  const midway = (event: { start: string | null; end: string | null }) =>
    new Date((Date.parse(event.start!) + Date.parse(event.end!)) / 2);

  it('says «Pågår nå» on its card, not that registration has closed', async () => {
    // One that needs signing up and one open to all: both are on now, and neither is to be signed up for.
    const signUp = cards.find((card) => card.end && card.registration?.status === 'notOpen' && !card.cancelled);
    const openToAll = cards.find((card) => card.end && card.registration?.status === 'none' && !card.cancelled);
    expect(signUp, 'an event with sign-up in the dataset').toBeTruthy();
    expect(openToAll, 'an event open to all in the dataset').toBeTruthy();
    for (const card of [signUp!, openToAll!]) {
      const $ = await render(EventCard, {
        event: card,
        now: midway(card),
        conference: workshopConferences(conferences).get(card._id),
      });
      expect(text($, '.event-card__registration'), card.slug!).toBe('Pågår nå');
      expect(text($, '.event-card'), card.slug!).not.toContain('Påmeldingen er stengt');
      expect($('.tag--past').length, `${card.slug}: not yet «Avholdt»`).toBe(0);
    }
  });

  it('is «Avlyst», not «Pågår nå», when it is cancelled', async () => {
    const card = cards.find((candidate) => candidate.end && candidate.cancelled)!;
    expect(card, 'a cancelled event in the dataset').toBeTruthy();
    const $ = await render(EventCard, { event: card, now: midway(card) });
    expect(text($, '.tag--cancelled')).toBe('Avlyst');
    expect(text($, '.event-card')).not.toContain('Pågår nå');
  });
});

describe('the next conference after its registration deadline, before it begins', () => {
  let conference: Conference;
  let now: Date;
  beforeAll(() => {
    conference = conferences
      .filter((candidate) => candidate.end && Date.parse(candidate.end) >= Date.parse(fixedNow))
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))[0];
    now = new Date(Date.parse(conference.registration!.closesAt!) + day);
    expect(now.getTime(), 'the deadline is more than a day before the first day').toBeLessThan(
      Date.parse(conference.start!),
    );
  });

  it('says when registration closed, that the full day keeps its waitlist, and whom to ask', async () => {
    const full = conference.days.filter((conferenceDay) => conferenceDay.status === 'waitlist');
    expect(full.map((conferenceDay) => conferenceDay.kind)).toEqual(['network']);
    const person = await data.fetch<{ name: string } | null>(
      '*[_type == "pillar" && slug.current == $slug][0].contacts[0]->{ name }',
      { slug: pillarSlugs.conference },
    );
    expect(person?.name, 'the conference pillar has a contact person').toBeTruthy();
    // The same box on the edition's page, /konferanse and, inside NextConference, /arrangementer and the home page.
    const $ = await render(NextConference, { conference, now, contact: await contactOf(pillarSlugs.conference) });
    // «Neste konferanse» on a line of its own above the title, not «Neste konferanse: For Alle-konferansen 2027».
    expect(text($, '#conference-heading .kicker')).toBe('Neste konferanse');
    // Inside the heading, so a screen reader's list of headings says «Neste konferanse» too.
    expect(text($, '#conference-heading')).toBe(`Neste konferanse ${conference.title}`);
    expect(text($, '.registration__state')).toBe('Påmeldingen er stengt');
    expect(text($, '.registration')).toContain(`Fristen gikk ut ${norwegianDate(conference.registration!.closesAt!)}`);
    expect(text($, '.registration')).toContain(
      `Nettverksdagen (${norwegianDateWithWeekday(full[0].start!)}) er fulltegnet. ` +
        'Plasser som blir ledige, går til dem som står først på ventelisten.',
    );
    expect(text($, '.registration__contact')).toContain(`Kontakt ${person!.name} på`);
    expect($('.registration__contact a').length).toBeGreaterThan(0);
    expect($('.registration a.button').length).toBe(0);
  });
});

describe('the registration box', () => {
  it('names only the contact the page gives it: it looks nobody up itself', async () => {
    const conference = conferences.find((candidate) => candidate.registration?.closesAt && candidate.days.length > 0)!;
    const after = new Date(Date.parse(conference.registration!.closesAt!) + day);
    const props = { registration: conference.registration, days: conference.days, now: after };
    // No contact given: nothing is fetched from the site settings or the pillar behind the page's back.
    const $ = await render(RegistrationStatus, props);
    expect(text($, '.registration__state')).toBe('Påmeldingen er stengt');
    expect($('.registration__contact').length).toBe(0);
    const given = await render(RegistrationStatus, {
      ...props,
      contact: { name: 'Kari Nordmann', phone: '51 00 00 00' },
    });
    expect(text(given, '.registration__contact')).toContain('Kontakt Kari Nordmann på');
  });

  it("names nobody to ask about a place once the conference's last day has begun", async () => {
    const conference = conferences.find((candidate) => candidate.registration && candidate.days.length > 1)!;
    const contact = { name: 'Kari Nordmann', phone: '51 00 00 00' };
    const [first, last] = [conference.days[0], conference.days.at(-1)!];
    const during = async (at: number) =>
      render(RegistrationStatus, {
        registration: conference.registration,
        days: conference.days,
        now: new Date(at),
        contact,
      });
    // On the first day a later day's waitlist can still give a place; on the last day there is none left to give.
    const firstDay = await during(Date.parse(first.start!) + 3600_000);
    expect(text(firstDay, '.registration__contact')).toContain('Kontakt Kari Nordmann på');
    const lastDay = await during(Date.parse(last.start!) + 3600_000);
    expect(text(lastDay, '.registration__state')).toBe('Påmeldingen er stengt');
    expect(lastDay('.registration__contact').length).toBe(0);
  });
});
