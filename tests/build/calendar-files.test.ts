// Every «Legg til i kalender» file the build writes, events' and conference days' alike: one appointment that
// Outlook and other calendars add to the visitor's own calendar, with lines RFC 5545 allows, at the times the
// dataset gives and the page shows, and offered only for what is still to come.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { builtSite, distFile, fixedNow, page, text } from '../support/dist';
import { norwegianDate } from '../support/norwegian-date';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

/** The calendar to subscribe to; every other .ics file is one appointment. */
const feedPath = '/arrangementer.ics';

const calendarFiles = () =>
  readdirSync(builtSite, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ics') && `/${file}` !== feedPath)
    .map((file) => ({ file, ics: readFileSync(join(builtSite, file), 'utf8') }));

/** The files of events and conference days, without the grant's deadlines. */
const eventFiles = () => calendarFiles().filter(({ file }) => !file.startsWith('aktivitetsstotte/'));

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('calendar files', () => {
  it('are written for every event and every conference day with a time, and every grant deadline still ahead', async () => {
    const expected = await data.fetch<number>(
      `count(*[_type == "event" && defined(start) && defined(slug.current)]) +
        count(*[_type == "conference" && defined(year)].days[defined(start)]) +
        count(*[_id == "activitySupport"][0].rounds[deadline >= $today])`,
      { today: fixedNow.slice(0, 10) },
    );
    expect(expected).toBeGreaterThan(0);
    expect(calendarFiles()).toHaveLength(expected);
  });

  it('each hold one appointment, without the calendar name or refresh interval that make Outlook create a calendar', () => {
    for (const { file, ics } of calendarFiles()) {
      expect(ics, file).not.toMatch(/^X-WR-CALNAME/im);
      expect(ics, file).not.toMatch(/^X-PUBLISHED-TTL/im);
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.getAllSubcomponents('vevent'), file).toHaveLength(1);
    }
  });

  it('put each activity-support deadline still ahead in a calendar as that whole day, offered under the rounds', async () => {
    const grant = await data.fetch<{
      isSample: boolean | null;
      rounds: { _key: string; title: string; opensAt: string; deadline: string }[];
    }>('*[_id == "activitySupport"][0]{ isSample, "rounds": rounds[deadline >= $today] }', {
      today: fixedNow.slice(0, 10),
    });
    expect(grant.rounds.length).toBeGreaterThan(0);
    const $ = page('/aktivitetsstotte');
    const offered = $('.rounds__calendar a[download]')
      .map((_, link) => link.attribs.href)
      .get();
    expect(offered).toHaveLength(grant.rounds.length);
    for (const round of grant.rounds) {
      const path = `/aktivitetsstotte/soknadsfrist-${round._key}.ics`;
      expect(offered).toContain(path);
      const link = $(`.rounds__calendar a[href="${path}"]`);
      expect(link.text().replace(/\s+/g, ' ').trim()).toBe(
        `Legg fristen ${norwegianDate(round.deadline)} i kalenderen (${round.title}, iCalendar-fil)`,
      );
      const vevent = veventOf(path).component;
      // A date, not a time: the deadline is the whole day, wherever the calendar's owner is.
      const start = vevent.getFirstProperty('dtstart')!;
      expect(start.type).toBe('date');
      expect(String(start.getFirstValue())).toBe(round.deadline);
      expect(String(vevent.getFirstPropertyValue('summary'))).toBe(
        `${grant.isSample ? 'Eksempel: ' : ''}Søknadsfrist for aktivitetsstøtte (${round.title})`,
      );
      // Before the round opens, the form is not there yet: the entry says when it opens.
      if (round.opensAt > fixedNow.slice(0, 10))
        expect(String(vevent.getFirstPropertyValue('description'))).toContain(
          `Søknadsrunden åpner ${norwegianDate(round.opensAt)}.`,
        );
    }
  });

  it('keep every line within 75 octets of UTF-8, the subscription calendar too', () => {
    const files = [...calendarFiles(), { file: feedPath, ics: readFileSync(distFile(feedPath), 'utf8') }];
    // The dataset's Norwegian text gives lines long enough to fold, with «æ», «ø» and «å» among them.
    expect(files.some(({ ics }) => /^ .*[æøå]/imu.test(ics))).toBe(true);
    for (const { file, ics } of files) {
      const long = ics.split('\r\n').filter((line) => octets(line) > 75);
      expect(long, file).toEqual([]);
    }
  });

  it("read back as each event's own text: no character split across a fold", async () => {
    const events = await data.fetch<
      { slug: string; title: string; ingress: string | null; cancelled: boolean | null; isSample: boolean | null }[]
    >(
      '*[_type == "event" && defined(start) && defined(slug.current)]{ "slug": slug.current, title, ingress, cancelled, isSample }',
    );
    for (const event of events) {
      const ics = readFileSync(distFile(`/arrangementer/${event.slug}.ics`), 'utf8');
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      // A cancelled event's title says so (cancelled-events.test.ts), an invented one's first of all
      // (sample-marking.test.ts).
      expect(vevent.getFirstPropertyValue('summary'), event.slug).toBe(
        `${event.isSample ? 'Eksempel: ' : ''}${event.cancelled ? 'Avlyst – ' : ''}${event.title}`,
      );
      // The ingress, then the page's address written out: Google Kalender does not show the URL property.
      const url = String(vevent.getFirstPropertyValue('url'));
      expect(url, event.slug).toMatch(new RegExp(`/arrangementer/${event.slug}/$`));
      expect(vevent.getFirstPropertyValue('description'), event.slug).toBe(
        [event.ingress, `Mer om arrangementet: ${url}`].filter(Boolean).join('\n\n'),
      );
    }
  });
});

/** The single appointment of a calendar file. */
const veventOf = (path: string) =>
  new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync(distFile(path), 'utf8'))).getFirstSubcomponent('vevent')!);

describe('event calendar files', () => {
  it('show the times their calendar file gives, on the card and the page, also over several days', async () => {
    const events = await data.fetch<{ slug: string; start: string; end: string | null }[]>(
      '*[_type == "event" && defined(start)]{ "slug": slug.current, start, end }',
    );
    const oslo = (date: Date) =>
      new Intl.DateTimeFormat('nb-NO', {
        timeZone: 'Europe/Oslo',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .format(date)
        .replace(':', '.');
    // The bundled prosjektledersamling runs from one morning to the next afternoon.
    expect(events.some((event) => event.end && event.start.slice(0, 10) !== event.end.slice(0, 10))).toBe(true);
    const listing = page('/arrangementer');
    for (const event of events) {
      const vevent = veventOf(`/arrangementer/${event.slug}.ics`);
      const times = [vevent.startDate, ...(event.end ? [vevent.endDate] : [])].map((time) => oslo(time.toJSDate()));
      const shown = text(page(`/arrangementer/${event.slug}`), '.facts');
      const card = listing(`.card a[href="/arrangementer/${event.slug}/"]`).closest('.card').find('time').text();
      for (const time of times) {
        expect(shown, event.slug).toContain(time);
        expect(card, event.slug).toContain(time);
      }
      // One date style: the card writes the date as the page does, weekday included.
      expect(card, event.slug).toBe(page(`/arrangementer/${event.slug}`)('.facts time').first().text());
    }
  });

  it('stamp each calendar file with when the event was last edited, so a rebuild of the same content gives the same file', async () => {
    const events = await data.fetch<{ slug: string; updated: string }[]>(
      '*[_type == "event"]{ "slug": slug.current, "updated": _updatedAt }',
    );
    for (const event of events) {
      const ics = readFileSync(distFile(`/arrangementer/${event.slug}.ics`), 'utf8');
      const stamp = new Date(event.updated)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')
        .slice(0, 13);
      expect(/DTSTAMP:(\S+)/.exec(ics)?.[1].slice(0, 13), event.slug).toBe(stamp);
    }
  });

  it('are right in Oslo in summer and in winter', async () => {
    const events = await data.fetch<{ slug: string; start: string; end: string }[]>(
      '*[_type == "event" && defined(start) && defined(end)]{ "slug": slug.current, start, end }',
    );
    // Oslo is UTC+2 from the end of March to the end of October and UTC+1 in the winter: take the months clear of
    // the change, and work the local hour out by hand rather than with the time zone code the site uses.
    const month = (event: { start: string }) => new Date(event.start).getUTCMonth() + 1;
    const summer = events.filter((event) => month(event) >= 5 && month(event) <= 9);
    const winter = events.filter((event) => month(event) >= 11 || month(event) <= 2);
    expect(summer.length).toBeGreaterThan(0);
    expect(winter.length).toBeGreaterThan(0);
    const local = (instant: string, offset: number) => {
      const date = new Date(Date.parse(instant) + offset * 3600 * 1000);
      const two = (value: number) => String(value).padStart(2, '0');
      return `kl. ${two(date.getUTCHours())}.${two(date.getUTCMinutes())}`;
    };
    for (const [events, offset] of [
      [summer, 2],
      [winter, 1],
    ] as const) {
      for (const event of events) {
        const vevent = veventOf(`/arrangementer/${event.slug}.ics`);
        expect(vevent.startDate.toJSDate().toISOString(), event.slug).toBe(new Date(event.start).toISOString());
        expect(vevent.endDate.toJSDate().toISOString(), event.slug).toBe(new Date(event.end).toISOString());
        // The page gives the local time a visitor in Oslo reads.
        expect(text(page(`/arrangementer/${event.slug}`), '.facts').replace(/\u00a0/g, ' '), event.slug).toContain(
          local(event.start, offset),
        );
      }
    }
  });
});

describe('conference calendar files', () => {
  it('offer each day of a coming conference for the calendar, on its page and on /konferanse, but not once it is over', async () => {
    const conferences = await data.fetch<
      { year: number; past: boolean; days: { title: string; start: string; end: string }[] }[]
    >('*[_type == "conference"]{ year, "past": count(days[end >= $now]) == 0, days[]{ title, start, end } }', {
      now: fixedNow,
    });
    const coming = conferences.filter((conference) => !conference.past);
    expect(coming.length).toBeGreaterThan(0);
    for (const conference of conferences) {
      for (const path of [`/konferanse/${conference.year}`, ...(conference.past ? [] : ['/konferanse'])]) {
        const $ = page(path);
        const links = $('.conference-day')
          .map((_, day) => ({
            day: $(day).find('h3').text().trim(),
            href: $(day).find('a[href$=".ics"]').attr('href'),
          }))
          .get();
        if (conference.past) {
          expect(
            links.filter((link) => link.href),
            path,
          ).toEqual([]);
          continue;
        }
        expect(links.length, path).toBe(conference.days.length);
        for (const day of conference.days) {
          const href = links.find((link) => link.day === day.title)?.href;
          expect(href, `${path}: ${day.title}`).toBeTruthy();
          const vevent = veventOf(href!);
          expect(vevent.startDate.toJSDate().toISOString(), href).toBe(new Date(day.start).toISOString());
          expect(vevent.endDate.toJSDate().toISOString(), href).toBe(new Date(day.end).toISOString());
          expect(vevent.summary, href).toContain(day.title);
          expect(vevent.summary, href).toContain(String(conference.year));
        }
      }
    }
  });

  it("tell a conference day's theme, where its programme is and whether it is full, but not the ingress, which asks people to sign up", async () => {
    type Day = { start: string; status: string | null };
    const conferences = await data.fetch<
      {
        year: number;
        theme: string | null;
        ingress: string | null;
        days: Day[];
        registration: { opensAt: string; closesAt: string };
      }[]
    >('*[_type == "conference" && count(days[defined(start)]) > 0]{ year, theme, ingress, days, registration }');
    const files = calendarFiles().filter(({ file }) => file.startsWith('konferanse/'));
    expect(files.length).toBeGreaterThan(0);
    let fullDays = 0;
    for (const { file } of files) {
      const conference = conferences.find(({ year }) => file.startsWith(`konferanse/${year}/`))!;
      const vevent = veventOf(`/${file}`);
      const day = conference.days.find(
        (candidate) => Date.parse(candidate.start) === vevent.startDate.toJSDate().getTime(),
      )!;
      // Marked full by the editor, while registration is open on the build's day: those who sign up now get a waitlist.
      const now = Date.parse(fixedNow);
      const open =
        Date.parse(conference.registration.opensAt) <= now && now < Date.parse(conference.registration.closesAt);
      const full = day.status === 'waitlist' && open;
      if (full) fullDays += 1;
      const url = String(vevent.component.getFirstPropertyValue('url'));
      expect(url, file).toMatch(new RegExp(`/konferanse/${conference.year}/$`));
      expect(vevent.description, file).toBe(
        [
          full && 'Fulltegnet – venteliste: nye påmeldinger til denne dagen kommer på venteliste.',
          conference.theme && `Tema: «${conference.theme}»`,
          `Program: ${url}`,
        ]
          .filter(Boolean)
          .join('\n\n'),
      );
      if (conference.ingress) expect(vevent.description, file).not.toContain(conference.ingress.slice(0, 40));
    }
    // The bundled 2027 network day is full.
    expect(fullDays).toBeGreaterThan(0);
  });
});

describe('the calendar to subscribe to', () => {
  const feed = () => new ICAL.Component(ICAL.parse(readFileSync(distFile(feedPath), 'utf8')));

  it('has a name and holds every event and conference day from the last year on, each as in its own file', async () => {
    const calendar = feed();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('For Alle – arrangementer');
    const yearBefore = new Date(Date.parse(fixedNow) - 365 * 24 * 3600 * 1000).toISOString();
    const expected = await data.fetch<{ path: string; end: string }[]>(
      `[
        ...*[_type == "event" && defined(start) && defined(slug.current)]{
          "path": "/arrangementer/" + slug.current + ".ics", "end": coalesce(end, start)
        },
        ...*[_type == "conference" && defined(year)]{ year, days }.days[defined(start)]{ "end": coalesce(end, start) }
      ]`,
    );
    // The grant's deadlines are dates to remember, not events: they are offered on /aktivitetsstotte only.
    const single = eventFiles().map(({ file, ics }) => ({
      file,
      vevent: new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
    }));
    // As the site decides what is over (splitByTime): by the end the editor gave, else by the start. An event without
    // an end has a DURATION in its file, not a DTEND.
    const recent = single.filter(({ vevent }) => {
      const time = (vevent.getFirstPropertyValue('dtend') ?? vevent.getFirstPropertyValue('dtstart')) as ICAL.Time;
      return time.toJSDate().toISOString() >= yearBefore;
    });
    // Both sides of the cut: the dataset has events from more than a year before the build and events to come.
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(single.length);
    expect(single.length).toBe(expected.length);
    const inFeed = new Map(
      calendar.getAllSubcomponents('vevent').map((vevent) => [vevent.getFirstPropertyValue('uid'), vevent]),
    );
    expect([...inFeed.keys()].toSorted()).toEqual(
      recent.map(({ vevent }) => vevent.getFirstPropertyValue('uid')).toSorted(),
    );
    for (const { file, vevent } of recent) {
      const subscribed = inFeed.get(vevent.getFirstPropertyValue('uid'))!;
      for (const property of ['summary', 'dtstart', 'dtend', 'url', 'status', 'location'])
        expect(String(subscribed.getFirstPropertyValue(property)), `${file}: ${property}`).toBe(
          String(vevent.getFirstPropertyValue(property)),
        );
    }
  });

  it('is offered from each coming event’s page, next to «Legg til i kalender»', async () => {
    const coming = await data.fetch<string[]>(
      '*[_type == "event" && defined(start) && coalesce(end, start) >= $now && cancelled != true].slug.current',
      { now: fixedNow },
    );
    expect(coming.length).toBeGreaterThan(0);
    expect(page('/arrangementer')('#calendar-subscription-heading').length).toBe(1);
    for (const slug of coming) {
      const $ = page(`/arrangementer/${slug}`);
      const link = $('a[href="/arrangementer/#calendar-subscription-heading"]');
      expect(link.text(), slug).toBe('Abonner på kalenderen vår');
    }
  });

  it('is offered on /arrangementer, by a webcal: link and by its address to paste into Google Kalender', () => {
    const $ = page('/arrangementer');
    const section = $('section[aria-labelledby="calendar-subscription-heading"]');
    const webcal = section.find('a[href^="webcal:"]').attr('href')!;
    expect(new URL(webcal.replace(/^webcal:/, 'https:')).pathname).toBe(feedPath);
    const address = section.find('code').text();
    expect(new URL(address).pathname).toBe(feedPath);
    // A link to the same address: reached with Tab and copied from the context menu, not only by selecting text.
    expect(section.find('code').closest('a').attr('href')).toBe(address);
    expect(section.text()).toContain('Google Kalender');
  });
});
