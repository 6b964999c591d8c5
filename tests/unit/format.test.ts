// Dates and times as visitors read them: in Oslo time, in Norwegian, whatever zone the build machine is in.
import { describe, expect, it } from 'vitest';
import { dayCalendarPaths, dayCalendarSlugs } from '../../src/lib/content/conferences';
import {
  formatAmount,
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTimeRange,
  formatList,
  formatTime,
  formatTimeRange,
} from '../../src/lib/format';
import { formatClock } from '@for-alle/shared/dates';
import { formatDayAndTime } from '../../studio/lib/list-subtitles';

// The formats keep «kl.» and its time together with a no-break space; compare the words.
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('formatDate', () => {
  it('writes the day, the month in words and the year, on the Oslo day', () => {
    expect(formatDate('2027-01-15')).toBe('15. januar 2027');
    expect(formatDate('2023-06-14T08:00:00Z')).toBe('14. juni 2023');
    // 23.30 UTC on 13 June is already 14 June in Oslo.
    expect(formatDate('2023-06-13T23:30:00Z')).toBe('14. juni 2023');
  });
});

describe('formatTime', () => {
  it('writes «kl.» and the Oslo time with a full stop, in summer and winter time, midnight as 00.00', () => {
    expect(plain(formatTime('2026-06-14T08:05:00Z'))).toBe('kl. 10.05');
    expect(plain(formatTime('2027-01-21T08:00:00Z'))).toBe('kl. 09.00');
    expect(plain(formatTime(new Date('2026-12-31T23:00:00Z')))).toBe('kl. 00.00');
    expect(plain(formatTimeRange('2027-01-21T08:00:00Z', '2027-01-21T10:30:00Z'))).toBe('kl. 09.00–11.30');
  });

  it('writes the same clock as the lists in the Studio, which leave out «kl.» (shared/dates.ts)', () => {
    expect(formatClock('2027-01-21T08:00:00Z')).toBe('09.00');
    expect(formatDayAndTime('2027-01-21T08:00:00Z')).toBe(`tor. 21. jan. ${formatClock('2027-01-21T08:00:00Z')}`);
  });
});

describe('formatDateRange', () => {
  // The dates of an event or a conference on its page, on /konferanse and in the conference's lead: each day once,
  // the month and the year only where they change, an en dash between.
  it.each([
    ['one day, without an end', '2023-06-14T08:00:00Z', null, '14. juni 2023'],
    ['one day, with an end the same Oslo day', '2023-06-14T08:00:00Z', '2023-06-14T21:30:00Z', '14. juni 2023'],
    ['two days in one month', '2026-05-19T07:00:00Z', '2026-05-20T13:00:00Z', '19.–20. mai 2026'],
    ['two days in two months', '2026-09-30T07:00:00Z', '2026-10-01T13:00:00Z', '30. september – 1. oktober 2026'],
    ['two days in two years', '2026-12-31T08:00:00Z', '2027-01-01T13:00:00Z', '31. desember 2026 – 1. januar 2027'],
    // 23.30 UTC is already the next day in Oslo: 1 October to 2 October, not 30 September to 2 October.
    ['days counted in Oslo', '2026-09-30T23:30:00Z', '2026-10-02T10:00:00Z', '1.–2. oktober 2026'],
    // And 22.30 UTC on 31 December 2026 is 23.30 in Oslo, still the old year, the end the next Oslo day.
    [
      'a year ending in Oslo after it has in UTC',
      '2026-12-31T22:30:00Z',
      '2026-12-31T23:30:00Z',
      '31. desember 2026 – 1. januar 2027',
    ],
    ['plain dates', '2027-01-20', '2027-01-21', '20.–21. januar 2027'],
  ])('%s: %s to %s reads «%s»', (_case, start, end, expected) => {
    expect(formatDateRange(start, end)).toBe(expected);
  });
});

describe('formatCount', () => {
  it('groups thousands as the site writes amounts, so «1000000» plasser reads «1 000 000»', () => {
    expect(formatCount(1_000_000)).toBe('1\u00a0000\u00a0000');
    expect(formatCount(300)).toBe('300');
  });
});

describe('formatAmount', () => {
  it('puts «kr» first and groups thousands, with no-break spaces so an amount never breaks over two lines', () => {
    expect(formatAmount(50_000)).toBe('kr\u00a050\u00a0000');
    expect(formatAmount(1_250_000)).toBe('kr\u00a01\u00a0250\u00a0000');
    expect(formatAmount(900)).toBe('kr\u00a0900');
  });
});

describe('formatDateTimeRange', () => {
  // One pattern for every event, on its card and its page: the weekday of each Oslo day, the year once.
  it.each([
    ['2026-05-19T07:00:00Z', '2026-05-20T13:00:00Z', 'tirsdag 19. mai kl. 09.00 – onsdag 20. mai 2026 kl. 15.00'],
    // Summer time starts in the night to 29 March: 23:30 UTC is 00:30 in winter time, 22:30 UTC 00:30 in summer time.
    ['2026-03-28T23:30:00Z', '2026-03-29T22:30:00Z', 'søndag 29. mars kl. 00.30 – mandag 30. mars 2026 kl. 00.30'],
    [
      '2026-12-31T17:00:00Z',
      '2027-01-01T02:00:00Z',
      'torsdag 31. desember 2026 kl. 18.00 – fredag 1. januar 2027 kl. 03.00',
    ],
  ])('writes %s – %s over several days as «%s»', (start, end, expected) => {
    expect(plain(formatDateTimeRange(start, end))).toBe(expected);
  });

  it('writes one day once, with its weekday', () => {
    expect(plain(formatDateTimeRange('2027-01-20T09:00:00Z', '2027-01-20T15:00:00Z'))).toBe(
      'onsdag 20. januar 2027, kl. 10.00–16.00',
    );
    // Without an end: the start alone, on the Oslo day (23:30 UTC on 13 June is 01:30 on Wednesday 14 June).
    expect(plain(formatDateTimeRange('2023-06-13T23:30:00Z'))).toBe('onsdag 14. juni 2023, kl. 01.30');
  });
});

describe('dayCalendarSlugs and dayCalendarPaths', () => {
  const days = [
    { _key: 'a', kind: 'network', start: '2027-01-20T09:00:00Z' },
    { _key: 'b', kind: 'conference', start: '2027-01-21T08:00:00Z' },
    { _key: 'c', kind: 'conference', start: '2027-01-22T08:00:00Z' },
    { _key: 'd', kind: null, start: '2027-01-23T08:00:00Z' },
    { _key: 'e', kind: 'conference', start: null },
  ];

  it('names each timed day by its kind, numbers a second day of one kind, and leaves out a day without a time', () => {
    expect([...dayCalendarSlugs(days)]).toEqual([
      ['a', 'nettverksdag'],
      ['b', 'konferansedag'],
      ['c', 'konferansedag-3'],
      ['d', 'dag-4'],
    ]);
  });

  it("serves the files under the edition's own address", () => {
    expect(dayCalendarPaths({ year: 2027, days }).get('a')).toBe('/konferanse/2027/nettverksdag.ics');
    expect(dayCalendarPaths({ year: null, days }).size).toBe(0);
  });
});

describe('formatList', () => {
  it('joins as Norwegian does, with «og» and no comma before it', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['slides'])).toBe('slides');
    expect(formatList(['slides', 'video'])).toBe('slides og video');
    expect(formatList(['slides', 'video', 'rapport'])).toBe('slides, video og rapport');
  });
});
