// schema.org objects for the page types that search engines understand: Event and Article.
// Organization and BreadcrumbList are added by the layout on every page.
// Invented events and conferences (isSample) get no Event: a search engine would show their dates as real ones to go
// to, without the page's «Dette er eksempelinnhold …». Their pages keep the rest.
import { SITE_NAME } from '../consts';
import { conferenceDayKinds, optionTitle } from '@for-alle/shared/options';

interface EventInput {
  name: string;
  start: string;
  end?: string | null;
  url: URL;
  description?: string | null;
  venueName?: string | null;
  address?: string | null;
  place?: string | null;
  capacity?: number | null;
  /** A cancelled event keeps its page and its dates, as schema.org and Google ask, with the status saying so. */
  cancelled?: boolean | null;
  isSample?: boolean | null;
}

/** The event for search engines; null for an invented one. */
export function eventJsonLd(event: EventInput): Record<string, unknown> | null {
  if (event.isSample === true) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    startDate: event.start,
    endDate: event.end ?? undefined,
    url: event.url.href,
    description: event.description ?? undefined,
    inLanguage: 'nb',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    maximumAttendeeCapacity: event.capacity ?? undefined,
    location: {
      '@type': 'Place',
      name: event.venueName ?? event.place ?? undefined,
      address: event.address ?? event.place ?? undefined,
    },
    organizer: { '@type': 'Organization', name: SITE_NAME },
  };
}

interface ArticleInput {
  headline: string;
  description?: string | null;
  published?: string | null;
  modified?: string | null;
  image?: URL | null;
}

export function articleJsonLd(article: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.headline,
    description: article.description ?? undefined,
    datePublished: article.published ?? undefined,
    dateModified: article.modified ?? undefined,
    image: article.image?.href,
    inLanguage: 'nb',
    publisher: { '@type': 'Organization', name: SITE_NAME },
  };
}

interface ConferenceInput {
  title: string | null;
  isSample?: boolean | null;
  ingress?: string | null;
  venue?: { name?: string | null; address?: string | null } | null;
  place?: { name?: string | null } | null;
  days: {
    title?: string | null;
    kind?: string | null;
    start?: string | null;
    end?: string | null;
    capacity?: number | null;
  }[];
}

/**
 * One Event per day of a conference edition (the network day and the conference day have their own capacity); none
 * for an invented edition.
 */
export function conferenceDaysJsonLd(conference: ConferenceInput, url: URL): Record<string, unknown>[] {
  return conference.days.flatMap((day) => {
    const event =
      day.start &&
      eventJsonLd({
        // A day without a title of its own is called by its kind, as on the page.
        name: [conference.title, day.title || optionTitle(conferenceDayKinds, day.kind)].filter(Boolean).join(': '),
        start: day.start,
        end: day.end,
        url,
        description: conference.ingress,
        venueName: conference.venue?.name,
        address: conference.venue?.address,
        place: conference.place?.name,
        capacity: day.capacity,
        isSample: conference.isSample,
      });
    return event ? [event] : [];
  });
}
