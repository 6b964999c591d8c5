// The activity support's deadlines as calendar entries («Legg fristen i kalenderen» on /aktivitetsstotte): which
// rounds get one, and what the entry says. The files as built are in tests/build/calendar-files.test.ts.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from '../../src/lib/calendar';
import { grantDeadlineEntry, roundsWithDeadlineAhead } from '../../src/lib/calendar-entries';

const site = new URL('https://foralle.example.no');
const now = new Date('2027-02-10T12:00:00Z');
const past = { _key: 'past', title: 'Høstens runde 2026', opensAt: '2026-08-15', deadline: '2026-09-15' };
const open = { _key: 'open', title: 'Vårens runde 2027', opensAt: '2027-01-15', deadline: '2027-03-01' };
const coming = { _key: 'coming', title: 'Høstens runde 2027', opensAt: '2027-08-15', deadline: '2027-09-15' };
const grant = { _updatedAt: '2026-11-02T09:00:00Z', isSample: false, rounds: [past, open, coming] };

describe('grant deadlines in a calendar', () => {
  it('are offered for the open round and the ones to come, to the last day, and not for one that is over', () => {
    expect(roundsWithDeadlineAhead(grant.rounds, now).map((round) => round._key)).toEqual(['open', 'coming']);
    // Late on its deadline day in Oslo (23.30) the round is still open; half an hour later it is over.
    const ahead = (time: string) => roundsWithDeadlineAhead(grant.rounds, new Date(time)).map((round) => round._key);
    expect(ahead('2027-03-01T22:30:00Z')).toEqual(['open', 'coming']);
    expect(ahead('2027-03-01T23:30:00Z')).toEqual(['coming']);
    expect(roundsWithDeadlineAhead(null, now)).toEqual([]);
  });

  it('are the whole deadline day, and say when a round that has not opened opens', () => {
    const vevent = (round: typeof open) =>
      new ICAL.Component(ICAL.parse(calendarFile(grantDeadlineEntry(grant, round, now, site)))).getFirstSubcomponent(
        'vevent',
      )!;
    const ahead = vevent(coming);
    expect(ahead.getFirstProperty('dtstart')!.type).toBe('date');
    expect(String(ahead.getFirstPropertyValue('dtstart'))).toBe('2027-09-15');
    expect(String(ahead.getFirstPropertyValue('dtend'))).toBe('2027-09-16');
    expect(String(ahead.getFirstPropertyValue('summary'))).toBe(
      'Søknadsfrist for aktivitetsstøtte (Høstens runde 2027)',
    );
    expect(String(ahead.getFirstPropertyValue('description'))).toBe(
      'Søknadsrunden åpner 15. august 2027.\n\nSøk om aktivitetsstøtte: https://foralle.example.no/aktivitetsstotte/',
    );
    // A reminder at 09.00 a week before the day, in the calendar owner's own time, saying what it is about and when.
    const alarm = ahead.getFirstSubcomponent('valarm')!;
    expect(String(alarm.getFirstPropertyValue('action'))).toBe('DISPLAY');
    const remindAt = (ahead.getFirstPropertyValue('dtstart') as ICAL.Time).clone();
    remindAt.isDate = false;
    remindAt.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
    expect(remindAt.toString()).toBe('2027-09-08T09:00:00');
    expect(String(alarm.getFirstPropertyValue('description'))).toBe(
      'Fristen for å søke om aktivitetsstøtte er 15. september 2027.',
    );
    // Open now: the form is there, so nothing about opening.
    expect(String(vevent(open).getFirstPropertyValue('description'))).toBe(
      'Søk om aktivitetsstøtte: https://foralle.example.no/aktivitetsstotte/',
    );
  });
});
