// What the site and the Studio's previews say about signing up (studio/lib/registration.ts, one implementation
// for both): the editor's status, the dates, and a conference's days that fill up one by one.
import { describe, expect, it } from 'vitest';
import {
  conferenceRegistrationState,
  dayRegistrationState,
  registrationLine,
  registrationState,
} from '../../src/lib/registration';

const start = '2027-02-16T11:00:00Z';
const before = new Date('2026-11-26T12:00:00Z');
const dates = { opensAt: '2027-01-22T08:00:00Z', closesAt: '2027-02-12T22:59:00Z' };

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
    expect(registrationState({ status: 'notOpen', ...dates }, start, new Date('2027-01-30T12:00:00Z'))).toBe('open');
    expect(registrationState({ status: 'open', ...dates }, start, new Date('2027-02-13T12:00:00Z'))).toBe('closed');
  });
});

describe('a conference with one registration for days that fill up one by one', () => {
  const registration = { status: 'open', opensAt: '2026-10-01T08:00:00Z', closesAt: '2027-01-08T22:59:00Z' };
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

describe('registrationLine', () => {
  it('gives the opening day in a listing, and plain words for the rest', () => {
    expect(registrationLine('notOpen', dates)).toBe('Påmeldingen åpner 22. januar 2027');
    expect(registrationLine('notOpen', { status: 'notOpen' })).toBe('Påmeldingen har ikke åpnet');
    expect(registrationLine('none', { status: 'none', ...dates })).toBe('Åpent for alle, ingen påmelding');
  });
});
