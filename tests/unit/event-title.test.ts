// The titles a tab, a link preview and the news feed give an event or a conference edition.
import { describe, expect, it } from 'vitest';
import { conferencePageTitle, eventPageTitle } from '../../src/lib/content/event-title';

describe('conferencePageTitle', () => {
  it('says when and where, without the year twice', () => {
    expect(
      conferencePageTitle({
        title: 'For Alle-konferansen 2027',
        start: '2027-01-20T08:00:00Z',
        end: '2027-01-21T15:00:00Z',
        place: { name: 'Stavanger', preposition: 'i' },
      }),
    ).toBe('For Alle-konferansen 2027, 20.–21. januar i Stavanger');
  });

  it('names the place with the preposition its name takes', () => {
    expect(
      conferencePageTitle({
        title: 'Samling 2027',
        start: '2027-05-20T08:00:00Z',
        place: { name: 'Bryne', preposition: 'på' },
      }),
    ).toBe('Samling 2027, 20. mai på Bryne');
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
    expect(conferencePageTitle({ title: 'For Alle-konferansen 2028', place: { name: 'Stavanger' } })).toBe(
      'For Alle-konferansen 2028',
    );
  });
});

describe('eventPageTitle', () => {
  it('says the day, and both days of an event over two, without the year twice', () => {
    expect(
      eventPageTitle({
        title: 'Workshop i Bergen: samarbeid om inkludering',
        start: '2027-02-16T11:00:00Z',
        end: '2027-02-16T15:00:00Z',
      }),
    ).toBe('Workshop i Bergen: samarbeid om inkludering, 16. februar 2027');
    expect(
      eventPageTitle({
        title: 'Prosjektledersamling 2025',
        start: '2025-05-20T07:00:00Z',
        end: '2025-05-21T13:00:00Z',
      }),
    ).toBe('Prosjektledersamling 2025, 20.–21. mai');
    expect(eventPageTitle({ title: 'Samling', start: '2025-05-20T07:00:00Z', end: '2025-05-21T13:00:00Z' })).toBe(
      'Samling, 20.–21. mai 2025',
    );
  });

  it('says «Avlyst» first on a cancelled event, and is the title alone without a date', () => {
    expect(eventPageTitle({ title: 'Workshop i Haugesund', start: '2027-02-24T11:00:00Z', cancelled: true })).toBe(
      'Avlyst – Workshop i Haugesund, 24. februar 2027',
    );
    expect(eventPageTitle({ title: 'Workshop i Haugesund' })).toBe('Workshop i Haugesund');
  });
});
