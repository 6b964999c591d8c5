// The one rule for «is it over» (@for-alle/shared/is-over), which the site's lists and pages, the content report and
// the Studio's list subtitles all use.
import { describe, expect, it } from 'vitest';
import { endOf, isOver } from '@for-alle/shared/is-over';

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
