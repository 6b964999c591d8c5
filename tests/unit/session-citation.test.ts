import { describe, expect, it } from 'vitest';
import { sessionCitation } from '../../src/lib/content/session-citation';

const talk = {
  title: 'Hva kjennetegner tiltak som treffer?',
  speakers: ['Eirik Mo Bakken'],
  start: '2026-01-22T09:10:00Z',
  year: 2026,
  conference: 'For Alle-konferansen 2026',
  place: 'Stavanger',
  url: new URL('https://foralle.example.no/konferanse/2026/#sesjon-3ca53a5f1663'),
};

describe('sessionCitation', () => {
  it('cites a talk as Norwegian libraries teach APA 7: names, year and day in Oslo, title, kind, conference, address', () => {
    expect(sessionCitation(talk)).toBe(
      'Eirik Mo Bakken (2026, 22. januar). Hva kjennetegner tiltak som treffer? [Presentasjon]. ' +
        'For Alle-konferansen 2026, Stavanger. https://foralle.example.no/konferanse/2026/#sesjon-3ca53a5f1663',
    );
  });

  it('joins speakers with «og», puts a title’s full stop after the brackets, and takes the day in Oslo', () => {
    const citation = sessionCitation({
      ...talk,
      title: 'Fritidskassen.',
      speakers: ['Amina Haugland', 'Fatima Osman', 'Guro Lindstad'],
      start: '2025-01-22T23:30:00Z',
    });
    expect(citation).toMatch(
      /^Amina Haugland, Fatima Osman og Guro Lindstad \(2025, 23\. januar\)\. Fritidskassen \[Presentasjon\]\. /,
    );
  });

  it('names the programme for a talk without speakers, and dates a talk without a time by its conference', () => {
    expect(sessionCitation({ ...talk, speakers: [], start: null, place: null })).toBe(
      'For Alle (2026). Hva kjennetegner tiltak som treffer? [Presentasjon]. For Alle-konferansen 2026. ' +
        talk.url.href,
    );
  });
});
