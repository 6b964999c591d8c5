// A conference's days, rendered through the real component at moments around its registration: a day is offered
// with its places only while one can sign up, and a full day says so instead.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ConferenceDays from '../../src/components/ConferenceDays.astro';

const days = [
  {
    _key: 'd1',
    kind: 'network',
    title: 'Nettverksdag',
    start: '2027-01-20T09:00:00Z',
    end: '2027-01-20T15:00:00Z',
    capacity: 100,
    status: 'waitlist',
  },
  {
    _key: 'd2',
    kind: 'conference',
    title: 'Konferansedag',
    start: '2027-01-21T08:00:00Z',
    end: '2027-01-21T15:30:00Z',
    capacity: 300,
    status: 'available',
  },
];
const registration = {
  status: 'notOpen',
  opensAt: '2026-10-01T07:00:00Z',
  closesAt: '2027-01-08T22:59:00Z',
  url: 'https://example.no/pamelding',
};

async function render(now: string, shown: typeof days = days) {
  const container = await AstroContainer.create();
  const $ = load(
    await container.renderToString(ConferenceDays, { props: { days: shown, registration, now: new Date(now) } }),
  );
  return $('.conference-day')
    .map((_, day) =>
      $(day)
        .find('p')
        .not(':has(time)')
        // As a browser shows it: a line break in the template is a space.
        .map((_, line) => $(line).text().replace(/\s+/g, ' ').trim())
        .get()
        .join(' | '),
    )
    .get();
}

describe("a conference's days", () => {
  it('write a large number of places grouped, and one place in the singular', async () => {
    const [full, available] = days;
    expect(
      await render('2026-11-26T12:00:00Z', [
        { ...full, capacity: 1 },
        { ...available, capacity: 1500 },
      ]),
    ).toEqual(['Fulltegnet – venteliste | Den ene plassen er tatt.', 'Ledige plasser | Plass til 1 500 deltakere']);
    expect(await render('2026-09-01T12:00:00Z', [{ ...available, capacity: 1 }])).toEqual(['Plass til 1 deltaker']);
  });

  it('offer their places before registration opens', async () => {
    expect(await render('2026-09-01T12:00:00Z')).toEqual(['Plass til 100 deltakere', 'Plass til 300 deltakere']);
  });

  it('while it is open, show the full day with its waitlist and the other as having places left', async () => {
    expect(await render('2026-11-26T12:00:00Z')).toEqual([
      'Fulltegnet – venteliste | Alle de 100 plassene er tatt.',
      'Ledige plasser | Plass til 300 deltakere',
    ]);
  });

  it('offer no places once registration has closed, before the conference', async () => {
    expect(await render('2027-01-12T12:00:00Z')).toEqual(['', '']);
  });

  it('say «Pågår nå» on the day that is on, and on no other', async () => {
    expect(await render('2027-01-20T12:00:00Z')).toEqual(['Pågår nå', '']);
    // Between the days, and after the last one has ended, no day is on.
    expect(await render('2027-01-20T20:00:00Z')).toEqual(['', '']);
    expect(await render('2027-01-21T12:00:00Z')).toEqual(['', 'Pågår nå']);
    expect(await render(days[1].end)).toEqual(['', '']);
  });
});

describe('«Legg til i kalender» on a conference day', () => {
  const calendarPaths = new Map([
    ['d1', '/konferanse/2027/nettverksdag.ics'],
    ['d2', '/konferanse/2027/konferansedag.ics'],
  ]);
  async function calendarLinks(now: string) {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ConferenceDays, {
      props: { days, registration, now: new Date(now), calendarPaths },
    });
    const $ = load(html);
    return $('.conference-day__calendar a')
      .map((_, link) => $(link).attr('href'))
      .get();
  }

  it('is offered for every day before the conference', async () => {
    expect(await calendarLinks('2027-01-12T12:00:00Z')).toEqual([...calendarPaths.values()]);
  });

  it('is no longer offered for a day that has begun, while the next day keeps it', async () => {
    expect(await calendarLinks(days[0].start)).toEqual([calendarPaths.get('d2')]);
    expect(await calendarLinks('2027-01-20T12:00:00Z')).toEqual([calendarPaths.get('d2')]);
  });
});
