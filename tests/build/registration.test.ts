// What the built site says about signing up, against the bundled dataset: each upcoming event on its page and its
// card and the conference's days that fill up one by one, at the tests' pinned time; and one build at another
// BUILD_NOW per concept the pages themselves decide: the conference under way, and an event whose registration has
// closed. What the components say at other moments is rendered with a chosen "now" in
// tests/unit/registration-over-time.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import type { RegistrationInput } from '@for-alle/shared/registration-state';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixtureDataset } from '../support/fixture-dataset';
import { builtSite, fixedNow, page, text } from '../support/dist';
import { norwegianDate, norwegianDateWithWeekday } from '../support/norwegian-date';

interface EventRow {
  slug: string;
  start: string;
  end: string | null;
  registration: RegistrationInput | null;
  cancelled: boolean | null;
}

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

const events = () =>
  data.fetch<EventRow[]>('*[_type == "event"]{ "slug": slug.current, start, end, registration, cancelled }');
const isUpcoming = (event: EventRow, now: string) => Date.parse(event.end ?? event.start) >= Date.parse(now);

/** The card of an event in a listing, found by its one link. */
const cardOf = (path: string, slug: string, distDir = builtSite) => {
  const $ = page(path, distDir);
  return $(`.event-card:has(a[href="/arrangementer/${slug}/"])`).first();
};

describe('events at the pinned build time', () => {
  it('say on their page and their card when their registration opens, and nothing once over', async () => {
    const all = await events();
    const upcoming = all.filter((event) => isUpcoming(event, fixedNow) && !event.cancelled);
    expect(upcoming.length).toBeGreaterThan(0);
    let checked = 0;
    for (const event of all) {
      const path = `/arrangementer/${event.slug}`;
      const card = cardOf('/arrangementer', event.slug);
      expect(card.length, path).toBe(1);
      // A cancelled event offers no sign-up (cancelled-events.test.ts).
      if (!isUpcoming(event, fixedNow) || event.cancelled) {
        expect(card.find('.event-card__registration').length, path).toBe(0);
        continue;
      }
      // The events whose registration opens later; the other states are in registration-over-time.test.ts and in
      // the builds below, at other times.
      const opensAt = event.registration?.opensAt;
      if (!opensAt || Date.parse(opensAt) <= Date.parse(fixedNow)) continue;
      expect(text(page(path), '.registration__state'), path).toBe('Påmeldingen har ikke åpnet');
      expect(card.find('.event-card__registration').text().trim(), path).toBe(
        `Påmeldingen åpner ${norwegianDate(opensAt!)}`,
      );
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the next conference, one registration for days that fill up one by one', () => {
  interface Day {
    kind: string;
    title: string;
    start: string;
    capacity: number;
    status: string | null;
  }
  const next = () =>
    data.fetch<{ year: number; days: Day[] }>(
      '*[_type == "conference" && count(days[end >= $now]) > 0] | order(year asc)[0]{ year, days[]{ kind, title, start, capacity, status } }',
      { now: fixedNow },
    );

  it('shows a full day with its waitlist instead of its places, the other day with its places, and an open registration', async () => {
    const conference = await next();
    const full = conference.days.filter((day) => day.status === 'waitlist');
    // The dataset has one day full, so both kinds of day are seen.
    expect(full.length).toBeGreaterThan(0);
    expect(full.length).toBeLessThan(conference.days.length);
    for (const path of [`/konferanse/${conference.year}`, '/konferanse']) {
      const $ = page(path);
      for (const day of conference.days) {
        const shown = $('.conference-day')
          .filter((_, element) => $(element).find('h3').text().trim() === day.title)
          .text()
          .replace(/\s+/g, ' ');
        expect(shown, `${path}: ${day.title}`).not.toBe('');
        if (day.status === 'waitlist') {
          expect(shown, `${path}: ${day.title}`).toContain('Fulltegnet – venteliste');
          expect(shown, `${path}: ${day.title}`).toContain(`Alle de ${day.capacity} plassene er tatt`);
          expect(shown, `${path}: ${day.title}`).not.toMatch(/plass til/i);
        } else {
          // As plainly as a full day says it is full: «Plass til 300» alone is only the day's size.
          expect(shown, `${path}: ${day.title}`).toContain('Ledige plasser');
          expect(shown, `${path}: ${day.title}`).toContain(`Plass til ${day.capacity} deltakere`);
        }
      }
      // One registration for both days, open while a day has places.
      expect(text($, '.registration__state'), path).toBe('Påmeldingen er åpen');
    }
  });

  it('keeps the registration open for the day with places, and says the full day has a waitlist', async () => {
    const conference = await next();
    const full = conference.days.filter((day) => day.status === 'waitlist');
    // The sentence below names one full day; with both full the registration would not be open.
    expect(full).toHaveLength(1);
    const fullDayName = { network: 'Nettverksdagen', conference: 'Konferansedagen' }[full[0]!.kind];
    for (const path of [`/konferanse/${conference.year}`, '/konferanse', '/arrangementer', '/']) {
      const box = text(page(path), '.registration');
      expect(box, path).toContain('Påmeldingen er åpen');
      // «Nettverksdagen (onsdag 20. januar 2027) er fulltegnet», not «Nettverksdag er fulltegnet».
      expect(box, path).toContain(
        `${fullDayName} (${norwegianDateWithWeekday(full[0]!.start)}) er fulltegnet. Melder du deg på den dagen, ` +
          'kommer du på venteliste. Plasser som blir ledige, går til dem som står først.',
      );
      expect(page(path)('.registration a.button').text(), path).toBe('Meld deg på');
      // The form is on another site (the dataset's links are example.no), and the line under the button says so.
      expect(text(page(path), '.registration p:has(a.button) + p'), path).toBe(
        'Påmeldingen skjer i et skjema på en annen nettside.',
      );
    }
  });
});

/** The conference still to come at the pinned time, with what the states after its deadline are computed from. */
interface NextConferenceRow {
  year: number;
  title: string;
  registration: RegistrationInput & { closesAt: string };
  days: { _key: string; kind: string; title: string; start: string; end: string; status: string | null }[];
  contact: { name: string } | null;
}
const nextConference = async () => {
  const conference = await data.fetch<NextConferenceRow>(
    `*[_type == "conference" && count(days[end >= $now]) > 0] | order(year asc)[0]{
      year, title, registration, days[]{ _key, kind, title, start, end, status },
      "contact": *[_type == "pillar" && slug.current == "konferanse"][0].contacts[0]->{ name }
    }`,
    { now: fixedNow },
  );
  conference.days.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return conference;
};

describe('the next conference while it is under way', () => {
  let distDir: string;
  let conference: NextConferenceRow;

  beforeAll(async () => {
    conference = await nextConference();
    const first = conference.days[0];
    const midFirstDay = (Date.parse(first.start) + Date.parse(first.end)) / 2;
    distDir = testBuildDir('conference-under-way');
    await buildSite({ outDir: distDir, env: { BUILD_NOW: new Date(midFirstDay).toISOString() }, searchIndex: false });
  }, 300_000);

  /** The anchor part of a link to the edition's page, which must exist there. */
  const expectProgrammeTarget = (href: string | undefined, where: string) => {
    expect(href, where).toMatch(new RegExp(`^(/konferanse/${conference.year}/)?#programme-`));
    const id = href!.split('#')[1];
    expect(page(`/konferanse/${conference.year}`, distDir)(`[id="${id}"]`).length, `${where}: #${id}`).toBe(1);
  };

  it('says «Pågår nå» instead of «Neste konferanse», and points to the programme', () => {
    for (const path of ['/konferanse', '/arrangementer', '/']) {
      const $ = page(path, distDir);
      const heading = $('#next-heading, #conference-heading').first();
      expect(heading.text().replace(/\s+/g, ' ').trim(), path).toBe(`Pågår nå ${conference.title}`);
      expect(heading.find('.kicker').text(), path).toBe('Pågår nå');
      const link = heading
        .closest('section')
        .find('a')
        .filter((_, a) => $(a).text().trim() === 'Se programmet');
      expect(link.length, path).toBe(1);
      expectProgrammeTarget(link.attr('href'), path);
    }
    const $ = page(`/konferanse/${conference.year}`, distDir);
    expect(text($, '.conference__now'), 'the edition page').toBe('Pågår nå. Se programmet');
    expectProgrammeTarget($('.conference__now a').attr('href'), 'the edition page');
  });

  it('still names whom to ask about a place on the pages that show the closed registration', () => {
    expect(conference.contact?.name, 'the conference pillar has a contact person').toBeTruthy();
    for (const path of ['/konferanse', `/konferanse/${conference.year}`]) {
      const $ = page(path, distDir);
      expect(text($, '.registration__state'), path).toBe('Påmeldingen er stengt');
      expect(text($, '.registration__contact'), path).toContain(`Kontakt ${conference.contact!.name} på`);
    }
  });

  it('says «Pågår nå» on the day that is on, and on no other', () => {
    for (const path of ['/konferanse', `/konferanse/${conference.year}`]) {
      const $ = page(path, distDir);
      const days = $('.conference-day').toArray();
      expect(days.length, path).toBe(conference.days.length);
      days.forEach((day, index) =>
        expect($(day).find('.conference-day__now').text().trim(), `${path}: ${conference.days[index].title}`).toBe(
          index === 0 ? 'Pågår nå' : '',
        ),
      );
    }
  });

  it('offers no calendar file for the day that has begun, only for the days to come', () => {
    for (const path of ['/konferanse', `/konferanse/${conference.year}`]) {
      const $ = page(path, distDir);
      const days = $('.conference-day').toArray();
      expect(days.length, path).toBe(conference.days.length);
      days.forEach((day, index) =>
        expect($(day).find('.conference-day__calendar').length, `${path}: ${conference.days[index].title}`).toBe(
          index === 0 ? 0 : 1,
        ),
      );
    }
  });
});

describe('/konferanse on a phone', () => {
  it('has links under the ingress to sign-up and to the past years, each to a section on the page', () => {
    const $ = page('/konferanse');
    const links = $('header .on-this-page a').toArray();
    expect(links.map((link) => $(link).text().trim())).toEqual([
      expect.stringMatching(/^Påmelding \d{4}$/),
      'Program og materiell fra tidligere år',
    ]);
    for (const link of links) expect($($(link).attr('href')!).length, $(link).attr('href')).toBe(1);
  });

  it('puts the illustration after the next conference and the archive, not before them', () => {
    const html = page('/konferanse').html();
    expect(html.indexOf('pillar__image')).toBeGreaterThan(html.indexOf('id="tidligere-konferanser"'));
    // The other pillars keep it at the top.
    const research = page('/forskning').html();
    expect(research.indexOf('pillar__image')).toBeLessThan(research.indexOf('<h2'));
  });
});

describe('an event after its registration deadline, before it begins', () => {
  interface ClosedEventRow extends EventRow {
    title: string;
    pillarContacts: { name: string; email: string | null; phone: string | null }[] | null;
    siteEmail: string;
  }
  let distDir: string;
  let event: ClosedEventRow;

  beforeAll(async () => {
    // An event to come whose deadline falls more than a day before it begins: built the day after the deadline.
    const candidates = await data.fetch<ClosedEventRow[]>(
      `*[_type == "event" && defined(registration.closesAt) && registration.closesAt > $now] | order(start asc){
        "slug": slug.current, title, start, end, registration,
        "pillarContacts": pillar->contacts[]->{ name, email, phone },
        "siteEmail": *[_id == "siteSettings"][0].contactEmail
      }`,
      { now: fixedNow },
    );
    event = candidates.find(
      (candidate) => Date.parse(candidate.registration!.closesAt!) + 24 * 3600 * 1000 < Date.parse(candidate.start),
    )!;
    expect(event, 'an event to come with a deadline before it begins').toBeTruthy();
    distDir = testBuildDir('event-registration-closed');
    const dayAfter = new Date(Date.parse(event.registration!.closesAt!) + 24 * 3600 * 1000).toISOString();
    await buildSite({ outDir: distDir, env: { BUILD_NOW: dayAfter }, searchIndex: false });
  }, 300_000);

  it("names the contact person of the event's pillar, not the site's general address", () => {
    const person = event.pillarContacts?.find((contact) => contact.email || contact.phone);
    expect(person, `${event.slug}: its pillar has a contact person with an address`).toBeTruthy();
    expect(person!.email).not.toBe(event.siteEmail);
    const $ = page(`/arrangementer/${event.slug}`, distDir);
    expect(text($, '.registration__state')).toBe('Påmeldingen er stengt');
    const line = text($, '.registration__contact');
    expect(line).toContain(`Kontakt ${person!.name} på`);
    if (person!.email) expect($(`.registration__contact a[href="mailto:${person!.email}"]`).length).toBe(1);
    expect(line).not.toContain(event.siteEmail);
  });
});

describe('an event while it is under way', () => {
  let distDir: string;
  let event: EventRow;

  beforeAll(async () => {
    // The next event one signs up for, built halfway through it.
    event = (await events())
      .filter((candidate) => candidate.end && Date.parse(candidate.start) > Date.parse(fixedNow))
      .filter((candidate) => candidate.registration?.status !== 'none' && !candidate.cancelled)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
    expect(event, 'an event to come that one signs up for').toBeTruthy();
    distDir = testBuildDir('event-under-way');
    const midway = (Date.parse(event.start) + Date.parse(event.end!)) / 2;
    await buildSite({ outDir: distDir, env: { BUILD_NOW: new Date(midway).toISOString() }, searchIndex: false });
  }, 300_000);

  it('says on its page that it is on, with no waitlist contact and no calendar file', () => {
    const $ = page(`/arrangementer/${event.slug}`, distDir);
    expect(text($, '.registration__state')).toBe('Pågår nå');
    expect(text($, '.event')).not.toContain('Påmeldingen er stengt');
    expect($('.registration__contact').length).toBe(0);
    expect(text($, '.event')).not.toContain('Spørsmål om plass');
    expect($('a[href$=".ics"]').length, '«Legg til i kalender»').toBe(0);
    // The whole calendar is still worth subscribing to.
    expect($('a[href="/arrangementer/#calendar-subscription-heading"]').length).toBe(1);
  });

  it('is listed with the events to come, its card saying «Pågår nå» in place of the registration', () => {
    const $ = page('/arrangementer', distDir);
    const card = $('#upcoming-heading')
      .closest('section')
      .find(`.event-card:has(a[href="/arrangementer/${event.slug}/"])`);
    expect(card.length).toBe(1);
    expect(card.find('.event-card__registration').text().trim()).toBe('Pågår nå');
    expect(card.find('.tag--past').length).toBe(0);
  });
});

// An editor announced the opening date months ahead and forgot the link: the day has come. One forgotten link must
// not stop every page: the build goes on, the page says the registration opens soon with no button, and the
// content report names the document and the field.
describe('a registration whose opening day has come without its link', () => {
  const opened = {
    _id: 'event-opened-without-link',
    _type: 'event',
    title: 'Workshop i Arendal',
    slug: { _type: 'slug', current: 'workshop-i-arendal' },
    kind: 'workshop',
    start: '2027-02-10T09:00:00Z',
    end: '2027-02-10T14:00:00Z',
    registration: { _type: 'registration', status: 'notOpen', opensAt: '2026-11-01T08:00:00Z' },
  };
  let outDir: string;
  let report: string;
  beforeAll(async () => {
    outDir = testBuildDir('registration-without-link');
    report = join(dirname(outDir), 'innholdsrapport-registration.md');
    const env = { LOCAL_DATASET: fixtureDataset({ extra: [opened] }), BUILD_NOW: fixedNow, CONTENT_REPORT: report };
    await buildSite({ outDir, env, searchIndex: false });
  }, 240_000);

  it('builds, and the page says it opens soon, with no past date and no sign-up button', () => {
    const $ = page('/arrangementer/workshop-i-arendal', outDir);
    expect(text($, '.registration__state')).toBe('Påmeldingen har ikke åpnet');
    expect(text($, '.registration')).toContain('Påmeldingen åpner snart.');
    expect(text($, '.registration')).not.toContain('1. november');
    expect($('.registration a.button').length).toBe(0);
    const card = page('/arrangementer', outDir)('.event-card:has(a[href="/arrangementer/workshop-i-arendal/"])');
    expect(card.find('.event-card__registration').text().trim()).toBe('Påmeldingen åpner snart');
  });

  it('is named in the content report, with its field', () => {
    expect(readFileSync(report, 'utf8')).toContain(
      '«event-opened-without-link» (event) › registration.url: påmeldingen skulle ha åpnet 1. november 2026 kl.\u00a009.00, men påmeldingslenken mangler',
    );
  });
});
