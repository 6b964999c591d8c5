// The lead of a conference's page: the editor's ingress, or, once the conference has begun and the ingress still
// announces it, a plain sentence from the dates that stays true.
import { describe, expect, it } from 'vitest';
import { conferenceLead } from '../../src/lib/content/conference-lead';

const conference = (ingress: string | null) => ({
  year: 2027,
  title: 'For Alle-konferansen 2027',
  ingress,
  start: '2027-01-20T08:00:00Z',
  end: '2027-01-21T15:30:00Z',
  place: { name: 'Stavanger' },
});
const announcing = 'Neste konferansedager er 20. og 21. januar 2027 i Stavanger. Så vær tidlig ute.';

describe('conferenceLead', () => {
  it('keeps an announcing ingress until the first day begins', () => {
    expect(conferenceLead(conference(announcing), new Date('2027-01-20T07:59:00Z'))).toBe(announcing);
  });

  it('says when and where it is held while it is on, and that it was held afterwards', () => {
    expect(conferenceLead(conference(announcing), new Date('2027-01-20T12:00:00Z'))).toBe(
      'For Alle-konferansen 2027 holdes 20.–21. januar 2027 i Stavanger.',
    );
    expect(conferenceLead(conference(announcing), new Date('2027-10-01T08:00:00Z'))).toBe(
      'For Alle-konferansen 2027 ble holdt 20.–21. januar 2027 i Stavanger.',
    );
  });

  it('names the place with the preposition its name takes', () => {
    expect(
      conferenceLead(
        { ...conference(announcing), place: { name: 'Bryne', preposition: 'på' } },
        new Date('2027-10-01'),
      ),
    ).toBe('For Alle-konferansen 2027 ble holdt 20.–21. januar 2027 på Bryne.');
  });

  it('keeps an ingress written for any time, and gives nothing for none', () => {
    const timeless = 'Konferansen handlet om varige endringer.';
    expect(conferenceLead(conference(timeless), new Date('2027-10-01T08:00:00Z'))).toBe(timeless);
    expect(conferenceLead(conference(null), new Date('2027-10-01T08:00:00Z'))).toBeNull();
  });
});
