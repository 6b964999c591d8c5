// What the site and the Studio's previews say about signing up (@for-alle/shared/registration-state, one implementation
// for both): the editor's status, the dates, and a conference's days that fill up one by one.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import RegistrationStatus from '../../src/components/RegistrationStatus.astro';
import { eventContactPillar, registrationContactOf } from '../../src/lib/content/registration-contact';
import { pillarSlugs } from '@for-alle/shared/document-path';
import {
  conferenceRegistrationState,
  dayRegistrationState,
  registrationState,
  registrationStateOf,
} from '@for-alle/shared/registration-state';
import { dayInSentence, fullDaysText, registrationLine } from '../../src/lib/content/registration-text';

const start = '2027-02-16T11:00:00Z';
const before = new Date('2026-11-26T12:00:00Z');
const dates = { opensAt: '2027-01-22T08:00:00Z', closesAt: '2027-02-12T22:59:00Z' };
const url = 'https://skjema.example/paamelding';

describe('registrationState', () => {
  it('says nothing about an event without a registration, rather than «not open yet»', () => {
    expect(registrationState(undefined, start, before)).toBeNull();
    expect(registrationState(null, start, new Date('2027-03-01T00:00:00Z'))).toBeNull();
  });

  it('keeps «no sign-up» whatever dates are left in the hidden fields, and after the event has begun', () => {
    for (const now of [before, new Date('2027-01-30T12:00:00Z'), new Date('2027-02-16T12:00:00Z')])
      expect(registrationState({ status: 'none', ...dates }, start, now)).toBe('none');
  });

  it('lets the dates win over «not open yet» and «open»', () => {
    expect(registrationState({ status: 'open', ...dates }, start, before)).toBe('notOpen');
    expect(registrationState({ status: 'notOpen', ...dates, url }, start, new Date('2027-01-30T12:00:00Z'))).toBe(
      'open',
    );
    expect(registrationState({ status: 'open', ...dates }, start, new Date('2027-02-13T12:00:00Z'))).toBe('closed');
  });

  it('does not open before there is a link to sign up through, and says it is waiting for it', () => {
    const opened = new Date('2027-01-30T12:00:00Z');
    expect(registrationState({ status: 'notOpen', ...dates }, start, opened)).toBe('awaitingLink');
    expect(registrationState({ status: 'notOpen', ...dates, url: '  ' }, start, opened)).toBe('awaitingLink');
    expect(registrationState({ status: 'notOpen', ...dates }, start, before)).toBe('notOpen');
    expect(registrationState({ status: 'notOpen', ...dates, url }, start, opened)).toBe('open');
    const fullDays = [{ start, status: 'waitlist' }];
    expect(conferenceRegistrationState({ status: 'waitlist', ...dates }, fullDays, opened)).toBe('awaitingLink');
  });
});

describe('a conference with one registration for days that fill up one by one', () => {
  const registration = { status: 'open', opensAt: '2026-10-01T08:00:00Z', closesAt: '2027-01-08T22:59:00Z', url };
  const network = { start: '2027-01-20T09:00:00Z', status: 'waitlist' };
  const conference = { start: '2027-01-21T08:00:00Z', status: 'available' };

  it('stays open while one day has places, and that day alone has a waitlist', () => {
    const state = conferenceRegistrationState(registration, [network, conference], before);
    expect(state).toBe('open');
    expect(dayRegistrationState(state, network)).toBe('waitlist');
    expect(dayRegistrationState(state, conference)).toBe('open');
  });

  it('has only a waitlist when every day is full', () => {
    const full = [network, { ...conference, status: 'waitlist' }];
    expect(conferenceRegistrationState(registration, full, before)).toBe('waitlist');
  });

  it('lets the dates win over a day marked full: before opening and after closing, no day has a waitlist', () => {
    for (const now of [new Date('2026-09-01T12:00:00Z'), new Date('2027-01-10T12:00:00Z')]) {
      const state = conferenceRegistrationState(registration, [network, conference], now);
      expect(state).not.toBe('open');
      expect(dayRegistrationState(state, network)).toBe(state);
    }
  });

  it('closes when the first day begins, whatever order the days are in', () => {
    const now = new Date('2027-01-20T10:00:00Z');
    expect(conferenceRegistrationState({ status: 'open' }, [conference, network], now)).toBe('closed');
  });
});

describe('registrationStateOf: the page, the content guard and the Studio read a document alike', () => {
  const registration = { status: 'open', opensAt: '2026-10-01T08:00:00Z', url };
  const days = [
    { start: '2027-01-21T08:00:00Z', status: 'waitlist' },
    { start: '2027-01-20T09:00:00Z', status: 'waitlist' },
  ];

  it('reads a conference by its days: every day full is a waitlist, and it closes when the first day begins', () => {
    expect(registrationStateOf({ registration, days }, before)).toBe('waitlist');
    expect(registrationStateOf({ registration, days }, new Date('2027-01-20T10:00:00Z'))).toBe('closed');
  });

  it('reads an event by its start, and one without days or a start like a conference without days', () => {
    expect(registrationStateOf({ registration, start }, before)).toBe('open');
    expect(registrationStateOf({ registration, start }, new Date(start))).toBe('closed');
    expect(registrationStateOf({ registration }, before)).toBe(conferenceRegistrationState(registration, [], before));
  });

  it('says nothing without a registration', () => {
    expect(registrationStateOf({ start }, before)).toBeNull();
    expect(registrationStateOf({ registration: null, days }, before)).toBeNull();
  });
});

describe('registrationLine', () => {
  it('gives the opening day in a listing, and plain words for the rest', () => {
    expect(registrationLine('notOpen', dates)).toBe('Påmeldingen åpner 22. januar 2027');
    expect(registrationLine('notOpen', { status: 'notOpen' })).toBe('Påmeldingen har ikke åpnet');
    expect(registrationLine('none', { status: 'none', ...dates })).toBe('Åpent for alle, ingen påmelding');
  });

  it('says «åpner snart», not a day gone by, when the day has come and the link has not', () => {
    expect(registrationLine('awaitingLink', dates)).toBe('Påmeldingen åpner snart');
  });
});

describe('the full days in a sentence', () => {
  const network = { kind: 'network', title: 'Nettverksdag', start: '2027-01-20T09:00:00Z' };
  const conference = { kind: 'conference', title: 'Konferansedag', start: '2027-01-21T08:00:00Z' };

  it("names a day by its kind in the definite form, with its date, or quotes an editor's own title", () => {
    expect(dayInSentence(network)).toBe('nettverksdagen (onsdag 20. januar 2027)');
    expect(dayInSentence({ ...network, title: 'nettverksdag', start: null })).toBe('nettverksdagen');
    expect(dayInSentence({ ...conference, title: 'Fagdag om skolen' })).toBe(
      'dagen «Fagdag om skolen» (torsdag 21. januar 2027)',
    );
  });

  it('says «Nettverksdagen … er fulltegnet», what signing up for it means and how the waitlist works while registration is open', () => {
    expect(fullDaysText([network], true)).toBe(
      'Nettverksdagen (onsdag 20. januar 2027) er fulltegnet. Melder du deg på den dagen, kommer du på venteliste. ' +
        'Plasser som blir ledige, går til dem som står først.',
    );
    expect(fullDaysText([network, conference], true)).toBe(
      'Nettverksdagen (onsdag 20. januar 2027) og konferansedagen (torsdag 21. januar 2027) er fulltegnet. ' +
        'Melder du deg på en av disse dagene, kommer du på venteliste. Plasser som blir ledige, går til dem som står først.',
    );
  });

  it('keeps the waitlist in view once registration has closed', () => {
    expect(fullDaysText([network, { ...conference, title: 'Fagdag' }], false)).toBe(
      'Nettverksdagen (onsdag 20. januar 2027) og dagen «Fagdag» (torsdag 21. januar 2027) er fulltegnet. ' +
        'Plasser som blir ledige, går til dem som står først på ventelisten.',
    );
  });
});

describe('the registration box of a conference, rendered', () => {
  const registration = {
    status: 'open',
    opensAt: '2026-10-01T08:00:00Z',
    closesAt: '2027-01-08T22:59:00Z',
    url: 'https://example.no/pamelding',
  };
  const days = [
    { _key: 'd1', kind: 'network', title: 'Nettverksdag', start: '2027-01-20T09:00:00Z', status: 'waitlist' },
    { _key: 'd2', kind: 'conference', title: 'Konferansedag', start: '2027-01-21T08:00:00Z', status: 'available' },
  ];
  const contact = { name: 'Kari Nordmann', email: 'kari@example.no', phone: '+47 51 00 00 00' };

  async function box(now: string, props: Record<string, unknown> = {}) {
    const container = await AstroContainer.create();
    const $ = load(
      await container.renderToString(RegistrationStatus, {
        props: { registration, days, now: new Date(now), contact, ...props },
      }),
    );
    return $('.registration p')
      .map((_, line) => $(line).text().replace(/\s+/g, ' ').trim())
      .get();
  }

  it('after the deadline, says when it closed, that the full day has a waitlist, and whom to ask', async () => {
    expect(await box('2027-01-12T12:00:00Z')).toEqual([
      'Påmeldingen er stengt',
      'Fristen gikk ut 8. januar 2027 kl. 23.59.',
      'Nettverksdagen (onsdag 20. januar 2027) er fulltegnet. Plasser som blir ledige, går til dem som står først på ventelisten.',
      'Spørsmål om plass eller venteliste? Kontakt Kari Nordmann på kari@example.no eller +47 51 00 00 00.',
    ]);
  });

  it('drops the full day once it has begun, and the deadline when an editor closed it before', async () => {
    expect(await box('2027-01-20T12:00:00Z', { registration: { ...registration, status: 'closed' } })).toEqual([
      'Påmeldingen er stengt',
      'Fristen gikk ut 8. januar 2027 kl. 23.59.',
      'Spørsmål om plass eller venteliste? Kontakt Kari Nordmann på kari@example.no eller +47 51 00 00 00.',
    ]);
    expect(
      await box('2026-12-01T12:00:00Z', {
        registration: { ...registration, status: 'closed' },
        contact: { email: 'kontakt@example.no' },
      }),
    ).toEqual([
      'Påmeldingen er stengt',
      'Nettverksdagen (onsdag 20. januar 2027) er fulltegnet. Plasser som blir ledige, går til dem som står først på ventelisten.',
      'Spørsmål om plass eller venteliste? Kontakt oss på kontakt@example.no.',
    ]);
  });

  it('while open, names the full day and gives no contact line', async () => {
    expect(await box('2026-11-26T12:00:00Z')).toEqual([
      'Påmeldingen er åpen',
      'Frist for påmelding: 8. januar 2027 kl. 23.59.',
      'Nettverksdagen (onsdag 20. januar 2027) er fulltegnet. Melder du deg på den dagen, kommer du på venteliste. ' +
        'Plasser som blir ledige, går til dem som står først.',
      'Meld deg på',
      'Påmeldingen skjer i et skjema på en annen nettside.',
    ]);
  });

  it('says what it costs just before the button: «gratis» for 0, an amount in kroner, and the note as a sentence', async () => {
    const open = '2026-11-26T12:00:00Z';
    const free = await box(open, { registration: { ...registration, price: 0 } });
    expect(free.slice(-3)).toEqual([
      'Pris: gratis',
      'Meld deg på',
      'Påmeldingen skjer i et skjema på en annen nettside.',
    ]);
    const paid = await box(open, { registration: { ...registration, price: 1500, priceNote: ' Lunsj er inkludert ' } });
    expect(paid).toContain('Pris: kr 1 500. Lunsj er inkludert.');
    // Without a price the box says nothing of one, note or not: no «Pris:» with nothing after it.
    const unpriced = await box(open, { registration: { ...registration, priceNote: 'Lunsj er inkludert.' } });
    expect(unpriced.join(' ')).not.toContain('Pris');
  });

  it('says what it costs where no one signs up, too', async () => {
    expect(await box('2026-11-26T12:00:00Z', { registration: { status: 'none', price: 0 }, days: [] })).toEqual([
      'Åpent for alle, ingen påmelding',
      'Du trenger ikke melde deg på. Det er bare å komme.',
      'Pris: gratis',
    ]);
  });

  it('says under the button that the form is on another site only when it is', async () => {
    const onSite = await box('2026-11-26T12:00:00Z', { registration: { ...registration, url: '/pamelding' } });
    expect(onSite.at(-1)).toBe('Meld deg på');
    expect(onSite.join(' ')).not.toContain('annen nettside');
  });
});

describe('eventContactPillar', () => {
  it("is the event's own pillar, else the conference pillar for a conference's workshop, else none (the site's address)", () => {
    const conference = { title: 'For Alle-konferansen 2027', year: 2027 };
    expect(eventContactPillar({ pillar: { slug: 'samarbeidsprosjekter' }, conference })).toBe('samarbeidsprosjekter');
    expect(eventContactPillar({ pillar: null, conference })).toBe(pillarSlugs.conference);
    expect(eventContactPillar({ pillar: null, conference: null })).toBeUndefined();
  });
});

describe('registrationContactOf', () => {
  const kari = { name: 'Kari Nordmann', email: 'kari@example.no', phone: null };
  it("is the first of the pillar's people one can reach, by e-mail or phone, else the site's address", () => {
    expect(registrationContactOf([{ name: 'Ola uten adresse' }, kari], 'post@example.no')).toEqual(kari);
    expect(registrationContactOf([null, { name: 'Per', phone: '51 00 00 00' }], 'post@example.no')).toEqual({
      name: 'Per',
      email: undefined,
      phone: '51 00 00 00',
    });
    expect(registrationContactOf([{ name: 'Ola uten adresse' }], 'post@example.no')).toEqual({
      email: 'post@example.no',
    });
    expect(registrationContactOf(null, 'post@example.no')).toEqual({ email: 'post@example.no' });
  });

  it('is nobody when neither the pillar nor the site settings give an address', () => {
    expect(registrationContactOf([{ name: 'Ola uten adresse' }], null)).toBeNull();
  });
});
