// Registration in the Studio: the lists say what the site shows now (the previews use the site's own logic,
// shared/registration-state.ts), a new event starts with the sign-up its kind usually has, and «Ingen påmelding» hides
// the fields that then mean nothing. Documents come from the bundled dataset.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registrationState } from '@for-alle/shared/registration-state';
import { templates } from '../../studio/lib/templates';
import { conference as conferenceType } from '../../studio/schemaTypes/documents/conference';
import { event as eventType } from '../../studio/schemaTypes/documents/event';
import { conferenceDay } from '../../studio/schemaTypes/objects/conference-day';
import { registration as registrationType } from '../../studio/schemaTypes/objects/registration';
import { type Doc, readDataset } from './dataset';
import { shortNorwegianDate } from '../support/norwegian-date';

const dataset = readDataset();
const byId = (id: string) => structuredClone(dataset.find((doc) => doc._id === id)) as Doc;

interface Registration {
  status: string;
  opensAt?: string;
  closesAt?: string;
}
interface Day {
  title: string;
  start: string;
  end: string;
  status?: string;
  capacity?: number;
}

type Preview = {
  select?: Record<string, string>;
  prepare?: (selection: Record<string, unknown>) => { subtitle?: string };
};

/** What the Studio's list shows under a document's title: its preview, fed the document's selected fields. */
function subtitleOf(type: { preview?: unknown }, value: object): string {
  const preview = type.preview as Preview;
  const selection = Object.fromEntries(
    Object.entries(preview.select ?? {}).map(([name, path]) => [
      name,
      path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], value),
    ]),
  );
  return preview.prepare!(selection).subtitle ?? '';
}

/** How the list starts for invented content, as the dataset marks it. */
const sampleLabel = (doc: Doc) => (doc.isSample ? 'Eksempel · ' : '');

/** The Studio's clock, set to a moment in the document's life. */
const at = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });
afterEach(() => {
  vi.useRealTimers();
});

describe('an event in the Studio lists what the site says about signing up now', () => {
  const workshop = () => byId('event-workshop-bergen-2027');
  const registrationOf = (doc: Doc) => doc.registration as Registration;

  test('before the opening date: when it opens', () => {
    const doc = workshop();
    const opensAt = registrationOf(doc).opensAt!;
    at(new Date(Date.parse(opensAt) - 86_400_000).toISOString());
    expect(subtitleOf(eventType, doc)).toBe(
      `${sampleLabel(doc)}${shortNorwegianDate(doc.start as string)} · Workshop · Påmelding åpner ${shortNorwegianDate(opensAt)}`,
    );
  });

  test('from the opening date, open, though the status still says «Ikke åpnet ennå», as the site says', () => {
    const doc = workshop();
    expect(registrationOf(doc).status).toBe('notOpen');
    const now = new Date(Date.parse(registrationOf(doc).opensAt!) + 3_600_000);
    at(now.toISOString());
    expect(registrationState(registrationOf(doc), doc.start as string, now)).toBe('open');
    expect(subtitleOf(eventType, doc)).toMatch(/· Påmelding åpen$/);
  });

  test('from the opening date without its link: «åpner snart», as the site says, and that the link is missing', () => {
    const doc = workshop();
    at(new Date(Date.parse(registrationOf(doc).opensAt!) + 3_600_000).toISOString());
    const withoutLink = { ...doc, registration: { ...registrationOf(doc), url: undefined } };
    expect(subtitleOf(eventType, withoutLink)).toMatch(/· Påmelding åpner snart – mangler lenke$/);
  });

  test('full with a waitlist, and closed after the closing date', () => {
    const doc = workshop();
    const { opensAt, closesAt } = registrationOf(doc);
    at(new Date(Date.parse(opensAt!) + 3_600_000).toISOString());
    expect(subtitleOf(eventType, { ...doc, registration: { ...registrationOf(doc), status: 'waitlist' } })).toMatch(
      /· Venteliste$/,
    );
    at(new Date(Date.parse(closesAt!) + 3_600_000).toISOString());
    expect(subtitleOf(eventType, doc)).toMatch(/· Påmelding stengt$/);
  });

  test('an event open to all says so, and an event that is over says nothing about signing up', () => {
    const debate = byId('event-arendalsuka-2023');
    expect(registrationOf(debate).status).toBe('none');
    at(new Date(Date.parse(debate.start as string) - 7 * 86_400_000).toISOString());
    expect(subtitleOf(eventType, debate)).toMatch(/· Ingen påmelding$/);
    at(new Date(Date.parse(debate.end as string) + 3_600_000).toISOString());
    expect(subtitleOf(eventType, debate)).toBe(
      `${sampleLabel(debate)}${shortNorwegianDate(debate.start as string)} · Debatt`,
    );
  });

  test('a cancelled event says «Avlyst» instead of its registration, before and after its date', () => {
    const doc: Doc = { ...workshop(), cancelled: true };
    const opensAt = registrationOf(doc).opensAt!;
    for (const now of [Date.parse(opensAt) + 3_600_000, Date.parse(doc.end as string) + 3_600_000]) {
      at(new Date(now).toISOString());
      expect(subtitleOf(eventType, doc)).toBe(
        `${sampleLabel(doc)}${shortNorwegianDate(doc.start as string)} · Workshop · Avlyst`,
      );
    }
  });
});

describe('a conference in the Studio lists its registration and any day that is full', () => {
  const next = () => byId('conference-2027');
  const daysOf = (doc: Doc) => doc.days as Day[];

  test('open, naming the day that has only a waitlist left', () => {
    const doc = next();
    const full = daysOf(doc).filter((day) => day.status === 'waitlist');
    expect(full.length).toBeGreaterThan(0);
    expect(full.length).toBeLessThan(daysOf(doc).length);
    at(new Date(Date.parse((doc.registration as Registration).opensAt!) + 86_400_000).toISOString());
    expect(subtitleOf(conferenceType, doc)).toMatch(
      new RegExp(`· Påmelding åpen, venteliste: ${full.map((day) => day.title).join(', ')}$`),
    );
  });

  test('with every day full, a waitlist for the whole conference', () => {
    const doc = next();
    doc.days = daysOf(doc).map((day) => ({ ...day, status: 'waitlist' }));
    at(new Date(Date.parse((doc.registration as Registration).opensAt!) + 86_400_000).toISOString());
    expect(subtitleOf(conferenceType, doc)).toMatch(/· Venteliste$/);
  });

  test('a day marked full says so in the list of days', () => {
    const day = daysOf(next()).find((item) => item.status === 'waitlist')!;
    expect(subtitleOf(conferenceDay, day)).toContain('Fulltegnet – venteliste');
    expect(subtitleOf(conferenceDay, { ...day, status: 'available' })).not.toContain('venteliste');
  });
});

describe('a new event starts with the sign-up its kind usually has', () => {
  const ofKind = templates.find((template) => template.id === 'event-of-kind')!;
  const valueFor = (kind: string) =>
    (ofKind.value as (parameters: { kind: string }) => { registration: Registration })({ kind });

  test('a debate is open to all, without sign-up', () => {
    expect(valueFor('debatt').registration.status).toBe('none');
  });

  test.each(['workshop', 'nettverksdag', 'prosjektledersamling', 'annet'])(
    'a %s has a sign-up, not open yet',
    (kind) => {
      expect(valueFor(kind).registration.status).toBe('notOpen');
    },
  );
});

describe('«Ingen påmelding» hides what then means nothing', () => {
  type Hidden = (context: { parent?: unknown; document?: unknown }) => boolean;
  const hiddenOf = (fields: unknown, name: string) =>
    (fields as { name: string; hidden?: Hidden }[]).find((field) => field.name === name)!.hidden!;

  test.each(['opensAt', 'closesAt', 'url'])('the registration field %s', (name) => {
    const hidden = hiddenOf(registrationType.fields, name);
    expect(hidden({ parent: { status: 'none' } })).toBe(true);
    expect(hidden({ parent: { status: 'notOpen' } })).toBe(false);
  });

  test("a conference day's status, when the conference has no sign-up", () => {
    const hidden = hiddenOf(conferenceDay.fields, 'status');
    expect(hidden({ document: { registration: { status: 'none' } } })).toBe(true);
    expect(hidden({ document: { registration: { status: 'open' } } })).toBe(false);
  });
});
