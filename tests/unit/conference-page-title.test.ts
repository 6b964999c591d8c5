import { describe, expect, it } from 'vitest';
import { conferencePageTitle } from '../../src/lib/event-title';

describe('conferencePageTitle', () => {
  it('says when and where, without the year twice', () => {
    expect(
      conferencePageTitle({
        title: 'For Alle-konferansen 2027',
        start: '2027-01-20T08:00:00Z',
        end: '2027-01-21T15:00:00Z',
        place: 'Stavanger',
      }),
    ).toBe('For Alle-konferansen 2027, 20.–21. januar i Stavanger');
  });

  it('keeps the year when the title does not have it, or the days span two years', () => {
    expect(conferencePageTitle({ title: 'Samling', start: '2027-01-20T08:00:00Z' })).toBe('Samling, 20. januar 2027');
    expect(
      conferencePageTitle({
        title: 'For Alle-konferansen 2027',
        start: '2026-12-31T08:00:00Z',
        end: '2027-01-01T15:00:00Z',
      }),
    ).toBe('For Alle-konferansen 2027, 31. desember 2026 – 1. januar 2027');
  });

  it('is the title alone without dates', () => {
    expect(conferencePageTitle({ title: 'For Alle-konferansen 2028', place: 'Stavanger' })).toBe(
      'For Alle-konferansen 2028',
    );
  });
});
