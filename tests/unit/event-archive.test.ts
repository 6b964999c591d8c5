// /arrangementer's archive by year: which years stay open and what a folded year's control says.
import { describe, expect, it } from 'vitest';
import { archiveByYear, foldedYearLabel } from '../../src/lib/content/event-archive';

const event = (start: string, end: string | null = null) => ({ start, end });

describe('archiveByYear', () => {
  it('keeps the newest year open and folds the years before the last twelve months', () => {
    const past = [event('2026-05-19T07:00:00Z'), event('2025-03-11T11:00:00Z'), event('2023-06-14T08:00:00Z')];
    const years = archiveByYear(past, new Date('2026-11-27T12:00:00Z'));
    expect(years.map(({ year, open, events }) => [year, open, events.length])).toEqual([
      ['2026', true, 1],
      ['2025', false, 1],
      ['2023', false, 1],
    ]);
  });

  it('in February, keeps last year open too when its events ended within twelve months', () => {
    const past = [
      event('2027-01-20T09:00:00Z', '2027-01-21T15:00:00Z'),
      event('2026-05-19T07:00:00Z', '2026-05-20T13:00:00Z'),
      event('2026-01-21T09:00:00Z'),
      event('2025-03-11T11:00:00Z'),
    ];
    const years = archiveByYear(past, new Date('2027-02-10T12:00:00Z'));
    expect(years.map(({ year, open }) => [year, open])).toEqual([
      ['2027', true],
      ['2026', true],
      ['2025', false],
    ]);
    expect(years[1].events).toHaveLength(2);
  });

  it('groups by the year in Oslo: an event starting on New Year’s Eve at 23.30 UTC is in the new year', () => {
    const [newest] = archiveByYear([event('2025-12-31T23:30:00Z')], new Date('2027-06-01T00:00:00Z'));
    expect(newest.year).toBe('2026');
  });
});

describe('foldedYearLabel', () => {
  it('says how many events the year holds, in the singular for one', () => {
    expect(foldedYearLabel('2023', 1)).toBe('1 arrangement fra 2023');
    expect(foldedYearLabel('2024', 4)).toBe('4 arrangementer fra 2024');
  });
});
