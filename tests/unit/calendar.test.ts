// «Legg til i kalender» files: one appointment each, that Outlook adds to the visitor's own calendar, with lines
// RFC 5545 allows.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, foldContentLine } from '../../src/lib/calendar';

const octets = (line: string) => new TextEncoder().encode(line).length;
const contentLines = (ics: string) => ics.split('\r\n');

// Long Norwegian text, where each «æ», «ø» and «å» takes two octets and «↗» three, so folding by characters
// gives lines over 75 octets.
const description =
  'Lokal workshop for deltakerne på For Alle-konferansen 2027: vi konkretiserer samarbeid mellom organisasjoner ' +
  'og sektorer i Bergen. Påmelding på forhånd ↗ – både for frivillige og ansatte i kommunen, også fra nærområdet 🙂.';
const event = {
  uid: 'event-workshop-bergen-2027',
  title: 'Workshop i Bergen: samarbeid om inkludering – for både lag, foreninger og kommunen på tvers av sektorer',
  start: '2027-02-16T11:00:00Z',
  end: '2027-02-16T15:00:00Z',
  description,
  location: 'Frivillighetens hus, Eksempelgata 10, Bergen',
  url: 'https://foralle.example.no/arrangementer/workshop-bergen-2027',
  updated: '2026-10-01T08:00:00Z',
};

describe('calendarFile', () => {
  const ics = calendarFile(event);

  it('is a single appointment, not a calendar to subscribe to: no calendar name, no refresh interval', () => {
    expect(ics).not.toMatch(/^X-WR-CALNAME/m);
    expect(ics).not.toMatch(/^X-PUBLISHED-TTL/m);
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
  });

  it('keeps every line within 75 octets, CRLF-terminated', () => {
    const lines = contentLines(ics);
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((line) => octets(line) > 75)).toEqual([]);
    // The text is long enough that it has to be folded at all.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('reads back exactly as written: no character split across a fold', () => {
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('description')).toBe(description);
    expect(vevent.getFirstPropertyValue('summary')).toBe(event.title);
    expect(vevent.getFirstPropertyValue('location')).toBe(event.location);
  });

  it('says a cancelled event is cancelled, in its status and in the title every calendar shows', () => {
    const vevent = (file: string) => new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!;
    const cancelled = vevent(calendarFile({ ...event, cancelled: true }));
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('summary')).toBe(`Avlyst – ${event.title}`);
    // The same appointment, so a calendar that holds it already can tell which one was cancelled.
    expect(cancelled.getFirstPropertyValue('uid')).toBe(vevent(ics).getFirstPropertyValue('uid'));
    expect(vevent(ics).getFirstPropertyValue('status')).toBeNull();
  });

  it('says an invented event is an example, first in the title, before «Avlyst – »: a calendar shows no notice', () => {
    const summary = (file: string) =>
      new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary');
    expect(summary(calendarFile({ ...event, isSample: true }))).toBe(`Eksempel: ${event.title}`);
    expect(summary(calendarFile({ ...event, isSample: true, cancelled: true }))).toBe(
      `Eksempel: Avlyst – ${event.title}`,
    );
    expect(summary(calendarFile({ ...event, isSample: false }))).toBe(event.title);
  });
});

describe('foldContentLine', () => {
  it('leaves a line of 75 octets as it is', () => {
    const line = `DESCRIPTION:${'a'.repeat(63)}`;
    expect(octets(line)).toBe(75);
    expect(foldContentLine(line)).toBe(line);
  });

  it('moves a two-octet character that would straddle octet 75 to the next line', () => {
    const line = `DESCRIPTION:${'a'.repeat(62)}å and more`;
    const [first, second] = foldContentLine(line).split('\r\n');
    expect(first).toBe(`DESCRIPTION:${'a'.repeat(62)}`);
    expect(second).toBe(' å and more');
  });

  it('keeps continuation lines within 75 octets, the leading space included, and never splits a character', () => {
    for (const character of ['ø', '↗', '🙂']) {
      const line = `SUMMARY:${character.repeat(200)}`;
      const folded = foldContentLine(line).split('\r\n');
      expect(
        folded.every((part) => octets(part) <= 75),
        character,
      ).toBe(true);
      expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
      expect(folded.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
      expect(folded.join('').includes('\uFFFD')).toBe(false);
    }
  });
});
