// Search engines get one Event per conference day, named after the day; a day without a title of its own is named
// by its kind, as the page names it. An invented edition or event gets none.
import { describe, expect, test } from 'vitest';
import { conferenceDaysJsonLd, eventJsonLd } from '../../src/lib/json-ld';

const url = new URL('https://example.no/konferanse/2027');
const day = { start: '2027-01-20T08:00:00Z', end: '2027-01-20T15:00:00Z', capacity: 100 };

describe('conference days for search engines', () => {
  test('a day without a title is named by its kind', () => {
    const [event] = conferenceDaysJsonLd(
      { title: 'For Alle-konferansen 2027', days: [{ ...day, kind: 'network' }] },
      url,
    );
    expect(event!.name).toBe('For Alle-konferansen 2027: Nettverksdag');
  });

  test("a day's own title wins over its kind", () => {
    const [event] = conferenceDaysJsonLd(
      { title: 'For Alle-konferansen 2027', days: [{ ...day, kind: 'network', title: 'Prosjektledernes dag' }] },
      url,
    );
    expect(event!.name).toBe('For Alle-konferansen 2027: Prosjektledernes dag');
  });

  test('an invented edition gets no Event, nor does an invented event: a search engine would show them as real', () => {
    const edition = { title: 'For Alle-konferansen 2027', days: [{ ...day, kind: 'network' }] };
    expect(conferenceDaysJsonLd({ ...edition, isSample: true }, url)).toEqual([]);
    expect(conferenceDaysJsonLd({ ...edition, isSample: false }, url)).toHaveLength(1);
    const event = { name: 'Workshop i Bergen', start: day.start, url };
    expect(eventJsonLd({ ...event, isSample: true })).toBeNull();
    expect(eventJsonLd(event)).toMatchObject({ '@type': 'Event', name: 'Workshop i Bergen' });
  });

  test("no day claims the edition's price: one price for both days is not the price of each", () => {
    const registration = { status: 'open', url: 'https://skjema.example/k', price: 1500 };
    const events = conferenceDaysJsonLd(
      {
        title: 'For Alle-konferansen 2027',
        registration,
        days: [
          { ...day, kind: 'network' },
          { ...day, kind: 'conference' },
        ],
      },
      url,
    );
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.offers).toMatchObject({ '@type': 'Offer', url: 'https://skjema.example/k' });
      expect(event.offers).not.toHaveProperty('price', expect.anything());
      expect(event.isAccessibleForFree).toBeUndefined();
    }
  });

  test('a real event tells search engines whether it goes ahead or is cancelled', () => {
    const event = { name: 'Workshop i Bergen', start: day.start, url };
    expect(eventJsonLd(event)).toMatchObject({ eventStatus: 'https://schema.org/EventScheduled' });
    expect(eventJsonLd({ ...event, cancelled: false })).toMatchObject({
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(eventJsonLd({ ...event, cancelled: true })).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
    });
  });

  test('a conference day goes ahead', () => {
    const [event] = conferenceDaysJsonLd(
      { title: 'For Alle-konferansen 2027', days: [{ ...day, kind: 'network' }] },
      url,
    );
    expect(event).toMatchObject({ eventStatus: 'https://schema.org/EventScheduled' });
  });
});
