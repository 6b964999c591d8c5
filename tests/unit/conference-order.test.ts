// A conference's days and sessions in time order, and its title when the editor gave none.
import { describe, expect, it } from 'vitest';
import { byStart, conferenceTitle, withConferenceDates } from '../../src/lib/content/conferences';

describe('byStart', () => {
  it('orders by the instant, whatever the offset the time is written with', () => {
    // 09.30 in Oslo (08.30Z) comes before 08.45Z, though «09:30» sorts after «08:45» as text.
    const sessions = [
      { title: 'Andre innlegg', start: '2027-01-20T08:45:00Z' },
      { title: 'Første innlegg', start: '2027-01-20T09:30:00+01:00' },
      { title: 'Uten tid', start: null },
    ];
    expect([...sessions].sort(byStart).map((session) => session.title)).toEqual([
      'Uten tid',
      'Første innlegg',
      'Andre innlegg',
    ]);
  });

  it('gives an edition its first and last day in time order', () => {
    const conference = withConferenceDates({
      days: [
        { start: '2027-01-21T08:00:00Z', end: '2027-01-21T15:30:00Z' },
        { start: '2027-01-20T10:00:00+01:00', end: '2027-01-20T16:00:00+01:00' },
      ],
    });
    expect(conference.start).toBe('2027-01-20T10:00:00+01:00');
    expect(conference.end).toBe('2027-01-21T15:30:00Z');
  });
});

describe('conferenceTitle', () => {
  it('is the title as written, or the edition by its year', () => {
    expect(conferenceTitle({ title: ' Samling om inkludering ', year: 2027 })).toBe('Samling om inkludering');
    expect(conferenceTitle({ title: null, year: 2028 })).toBe('For Alle-konferansen 2028');
    expect(conferenceTitle({ title: '  ', year: 2028 })).toBe('For Alle-konferansen 2028');
  });
});
