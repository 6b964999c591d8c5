// What search engines are told of a real event (the bundled events are all invented and carry no Event, so the
// build has none to check): the fields Google's event results require or recommend.
import { describe, expect, test } from 'vitest';
import { osloDateTime } from '@for-alle/shared/dates';
import { articleJsonLd, conferenceDaysJsonLd, eventJsonLd, withShareImage } from '../../src/lib/json-ld';

const url = new URL('https://foralle.example.no/arrangementer/workshop-bergen/');
const event = { name: 'Workshop i Bergen', start: '2027-02-24T11:00:00Z', end: '2027-02-24T14:30:00Z', url };

describe('an Event for search engines', () => {
  test("gives its times on Oslo's clock, with the offset, summer and winter", () => {
    expect(eventJsonLd(event)).toMatchObject({
      startDate: '2027-02-24T12:00:00+01:00',
      endDate: '2027-02-24T15:30:00+01:00',
    });
    expect(osloDateTime('2027-06-10T07:00:00Z')).toBe('2027-06-10T09:00:00+02:00');
    expect(osloDateTime('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30:00+01:00');
  });

  test('always has a postal address: the street when the venue has one, the place and the country', () => {
    expect(
      eventJsonLd({ ...event, venueName: 'Frivillighetens hus', address: 'Eksempelgata 10, Bergen', place: 'Bergen' }),
    ).toMatchObject({
      location: {
        '@type': 'Place',
        name: 'Frivillighetens hus',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Eksempelgata 10, Bergen',
          addressLocality: 'Bergen',
          addressCountry: 'NO',
        },
      },
    });
    // A venue without an address: Google's required address is still there.
    const address = (
      eventJsonLd({ ...event, venueName: 'Kulturhuset', place: 'Bergen' })!.location as { address: unknown }
    ).address;
    expect(address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: undefined,
      addressLocality: 'Bergen',
      addressCountry: 'NO',
    });
  });

  test('gives its price in kroner as an offer, free as free, and claims no price it was not given', () => {
    const paid = eventJsonLd({ ...event, registration: { url: 'https://skjema.example/p', price: 1500 } })!;
    expect(paid.offers).toMatchObject({
      '@type': 'Offer',
      url: 'https://skjema.example/p',
      price: 1500,
      priceCurrency: 'NOK',
    });
    expect(paid.isAccessibleForFree).toBe(false);
    // No sign-up link, but a price: still an offer, without a url.
    const free = eventJsonLd({ ...event, registration: { price: 0 } })!;
    expect(free.offers).toEqual(expect.objectContaining({ '@type': 'Offer', price: 0, priceCurrency: 'NOK' }));
    expect((free.offers as { url?: string }).url).toBeUndefined();
    expect(free.isAccessibleForFree).toBe(true);
    const unpriced = eventJsonLd({ ...event, registration: { url: 'https://skjema.example/p' } })!;
    expect(unpriced.offers).not.toHaveProperty('price', expect.anything());
    expect(unpriced.isAccessibleForFree).toBeUndefined();
    expect(eventJsonLd({ ...event, cancelled: true, registration: { price: 0 } })!.offers).toBeUndefined();
  });

  test('names its organiser by the site organisation’s @id (the layout describes it, address and all)', () => {
    // A reference to the layout's one description of the organisation (organisationJsonLd), by its @id.
    expect(eventJsonLd(event)!.organizer).toEqual({ '@id': 'https://foralle.example.no/#organisasjon' });
  });

  test('offers the sign-up where there is a link: its address, when it opens, and whether there are places', () => {
    const registration = { url: 'https://skjema.example.no/bergen', opensAt: '2027-01-05T08:00:00Z' };
    expect(eventJsonLd({ ...event, registration: { ...registration, state: 'open' } })!.offers).toEqual({
      '@type': 'Offer',
      url: 'https://skjema.example.no/bergen',
      validFrom: '2027-01-05T09:00:00+01:00',
      availability: 'https://schema.org/InStock',
    });
    expect(eventJsonLd({ ...event, registration: { ...registration, state: 'waitlist' } })!.offers).toMatchObject({
      availability: 'https://schema.org/SoldOut',
    });
    expect(eventJsonLd({ ...event, registration: { ...registration, state: 'notOpen' } })!.offers).toMatchObject({
      availability: 'https://schema.org/PreOrder',
    });
    // No link, nothing to offer; a cancelled event offers no places either.
    expect(eventJsonLd({ ...event, registration: { url: ' ', state: 'awaitingLink' } })!.offers).toBeUndefined();
    expect(eventJsonLd({ ...event, cancelled: true, registration: { ...registration, state: 'open' } })!.offers).toBe(
      undefined,
    );
  });

  test("a conference day offers the conference's one sign-up, full where the day is", () => {
    const days = conferenceDaysJsonLd(
      {
        title: 'For Alle-konferansen 2027',
        registration: { status: 'open', url: 'https://skjema.example.no/konferanse', opensAt: '2026-09-01T08:00:00Z' },
        place: { name: 'Stavanger' },
        days: [
          { kind: 'network', start: '2027-01-20T08:00:00Z', end: '2027-01-20T15:00:00Z', status: 'waitlist' },
          { kind: 'conference', start: '2027-01-21T08:00:00Z', end: '2027-01-21T15:00:00Z' },
        ],
      },
      new URL('https://foralle.example.no/konferanse/2027/'),
      new Date('2026-11-26T12:00:00Z'),
    );
    expect(days.map((day) => (day.offers as { availability: string }).availability)).toEqual([
      'https://schema.org/SoldOut',
      'https://schema.org/InStock',
    ]);
    expect(days[0]).toMatchObject({ startDate: '2027-01-20T09:00:00+01:00' });
  });

  test("takes the page's share picture when it has none of its own, as an Article does", () => {
    const image = new URL('https://foralle.example.no/media/abc-1200.webp');
    const own = articleJsonLd({
      headline: 'Kor',
      site: new URL('https://foralle.example.no/'),
      image: new URL('https://foralle.example.no/media/kor-1200.webp'),
    });
    const [withImage, article, breadcrumbs] = withShareImage(
      [eventJsonLd(event)!, own, { '@type': 'BreadcrumbList' }],
      image,
    );
    expect(withImage!.image).toBe(image.href);
    expect(article!.image).toBe('https://foralle.example.no/media/kor-1200.webp');
    expect(breadcrumbs!.image).toBeUndefined();
  });
});
