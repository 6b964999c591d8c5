// The rules for «has it begun, is it on, is it over» (@for-alle/shared/event-time), which the site's lists and pages,
// the content report and the Studio's list subtitles all use.
import { describe, expect, it } from 'vitest';
import { endOf, hasBegun, isOver, isUnderWay, splitByTime } from '@for-alle/shared/event-time';

const start = '2027-01-20T09:00:00Z';
const end = '2027-01-20T15:00:00Z';

describe('isOver', () => {
  it('is over from the moment it ends, not after: at 15.00 an event that ends at 15.00 is no longer on', () => {
    expect(isOver({ start, end }, new Date('2027-01-20T14:59:59.999Z'))).toBe(false);
    expect(isOver({ start, end }, new Date(end))).toBe(true);
  });

  it('takes the start for the end when there is none, and calls nothing over without a date', () => {
    expect(isOver({ start }, new Date(start))).toBe(true);
    expect(isOver({ start }, new Date('2027-01-20T08:59:00Z'))).toBe(false);
    expect(isOver({}, new Date('2099-01-01T00:00:00Z'))).toBe(false);
    expect(endOf({ start: null, end: null })).toBeUndefined();
  });

  it('ends a conference with its last day, whatever order the days are stored in', () => {
    const days = [
      { start: '2027-01-21T08:00:00Z', end: '2027-01-21T15:30:00Z' },
      { start, end },
    ];
    expect(endOf({ days })).toBe(Date.parse('2027-01-21T15:30:00Z'));
    expect(isOver({ days }, new Date('2027-01-21T09:00:00Z'))).toBe(false);
    expect(isOver({ days }, new Date('2027-01-21T15:30:00Z'))).toBe(true);
  });
});

describe('hasBegun and isUnderWay', () => {
  it('is under way («Pågår nå») from its start until its end, and not at either side', () => {
    expect(hasBegun(start, new Date('2027-01-20T08:59:59Z'))).toBe(false);
    expect(isUnderWay({ start, end }, new Date('2027-01-20T08:59:59Z'))).toBe(false);
    expect(hasBegun(start, new Date(start))).toBe(true);
    expect(isUnderWay({ start, end }, new Date(start))).toBe(true);
    expect(isUnderWay({ start, end }, new Date(end))).toBe(false);
  });

  it('never calls something without an end under way, nor something without a start begun', () => {
    expect(isUnderWay({ start }, new Date(start))).toBe(false);
    expect(hasBegun(null, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('splitByTime', () => {
  it('lists what is to come soonest first, and what is over or undated newest first', () => {
    const now = new Date('2027-01-20T12:00:00Z');
    const later = { id: 'later', start: '2027-03-01T10:00:00Z' };
    const sooner = { id: 'sooner', start: '2027-02-01T10:00:00Z' };
    const onNow = { id: 'on', start, end };
    const old = { id: 'old', start: '2026-01-01T10:00:00Z' };
    const older = { id: 'older', start: '2025-01-01T10:00:00Z' };
    const undated = { id: 'undated', start: null };
    const { upcoming, past } = splitByTime([older, later, undated, onNow, old, sooner], now);
    expect(upcoming.map((item) => item.id)).toEqual(['on', 'sooner', 'later']);
    expect(past.map((item) => item.id)).toEqual(['old', 'older', 'undated']);
  });
});
