// schema.org objects for the page types that search engines understand: Event and Article.
// Organization (organisationJsonLd) and BreadcrumbList are added by the layout on every page.
// Invented events and conferences (isSample) get no Event: a search engine would show their dates as real ones to go
// to, without the page's «Dette er eksempelinnhold …». Their pages keep the rest.
import { osloDateTime } from '@for-alle/shared/dates';
import { conferenceDayKinds, optionTitle } from '@for-alle/shared/options';
import {
  conferenceRegistrationState,
  dayRegistrationState,
  type RegistrationInput,
  type RegistrationState,
} from '@for-alle/shared/registration-state';

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
  /**
   * Where one signs up, from when, how it stands now (registrationState) and what it costs: an offer with a link or
   * a price.
   */
  registration?: {
    url?: string | null;
    opensAt?: string | null;
    state?: RegistrationState | null;
    price?: number | null;
  } | null;
}

/**
 * What signing up stands as, in schema.org's words: open, full (a waitlist is no place), or not open yet. Closed
 * says nothing Google's list has a word for, so it is left out.
 */
const availability: Partial<Record<RegistrationState, string>> = {
  open: 'https://schema.org/InStock',
  waitlist: 'https://schema.org/SoldOut',
  notOpen: 'https://schema.org/PreOrder',
};

/**
 * The `@id` of the site's organisation. Its one full description is the layout's block on every page
 * (`organisationJsonLd`); every mention of it (an event's organiser, an article's author and publisher, the site's
 * publisher) is a reference to this id, so that search engines read one organisation, under one name.
 */
function organisationId(site: URL): string {
  return new URL('/#organisasjon', site).href;
}

/** The site's organisation where a block names it: a reference to the layout's full description. */
function organisation(site: URL): Record<string, unknown> {
  return { '@id': organisationId(site) };
}

interface OrganisationInput {
  name: string;
  description?: string | null;
  /** The foundation behind the programme. */
  parentName?: string | null;
  email?: string | null;
  isSample?: boolean | null;
}

/** The site's organisation, described once on every page (the layout). */
export function organisationJsonLd(organisation: OrganisationInput, site: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': organisationId(site),
    name: organisation.name,
    url: new URL('/', site).href,
    description: organisation.description ?? undefined,
    parentOrganization: organisation.parentName
      ? { '@type': 'Organization', name: organisation.parentName }
      : undefined,
    // An invented address is no way to reach the foundation, so search engines are not given it.
    email: (!organisation.isSample && organisation.email) || undefined,
  };
}

/** The event for search engines; null for an invented one. */
export function eventJsonLd(event: EventInput): Record<string, unknown> | null {
  if (event.isSample === true) return null;
  const registrationUrl = event.registration?.url?.trim();
  const price = event.registration?.price;
  const priced = typeof price === 'number';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    // Oslo's clock with its offset, not UTC: the time a search result shows is the one written.
    startDate: osloDateTime(event.start),
    endDate: event.end ? osloDateTime(event.end) : undefined,
    url: event.url.href,
    description: event.description ?? undefined,
    inLanguage: 'nb',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    maximumAttendeeCapacity: event.capacity ?? undefined,
    location: {
      '@type': 'Place',
      name: event.venueName ?? event.place ?? undefined,
      // Google requires an address: with no street address the place and the country still say where.
      address: {
        '@type': 'PostalAddress',
        streetAddress: event.address?.trim() || undefined,
        addressLocality: event.place ?? undefined,
        addressCountry: 'NO',
      },
    },
    isAccessibleForFree: priced ? price === 0 : undefined,
    offers:
      (registrationUrl || priced) && !event.cancelled
        ? {
            '@type': 'Offer',
            url: registrationUrl || undefined,
            price: priced ? price : undefined,
            priceCurrency: priced ? 'NOK' : undefined,
            validFrom: event.registration?.opensAt ? osloDateTime(event.registration.opensAt) : undefined,
            availability: event.registration?.state ? availability[event.registration.state] : undefined,
          }
        : undefined,
    organizer: organisation(event.url),
  };
}

/**
 * The page's share picture as the image of its Event and Article blocks that have none of their own: Google lists
 * `image` as recommended for both, and events and research updates have no picture but the settings' default.
 */
export function withShareImage(blocks: Record<string, unknown>[], image: URL | null): Record<string, unknown>[] {
  if (!image) return blocks;
  return blocks.map((block) =>
    (block['@type'] === 'Event' || block['@type'] === 'Article') && !block.image
      ? { ...block, image: image.href }
      : block,
  );
}

interface ArticleInput {
  headline: string;
  /** The site's address, for its organisation as the author and publisher. */
  site: URL;
  description?: string | null;
  published?: string | null;
  modified?: string | null;
  image?: URL | null;
  /** Who wrote it when not the programme: a research update's partner, which its report names as its author. */
  author?: { name: string | null; website?: string | null } | null;
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
    // The organisation stands behind every story and update, no one person writes them; a research update is the
    // research partner's, as its report says, and a reference manager should cite them.
    author: article.author?.name
      ? { '@type': 'Organization', name: article.author.name, url: article.author.website ?? undefined }
      : organisation(article.site),
    publisher: organisation(article.site),
  };
}

/**
 * The site itself, on the home page: Google's site name in results is read from it, and «For Alle» alone is a phrase
 * common enough that Google might show the domain instead.
 */
export function webSiteJsonLd(site: { name: string; alternateName?: string | null; url: URL }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    alternateName: site.alternateName ?? undefined,
    url: new URL('/', site.url).href,
    inLanguage: 'nb',
    publisher: { '@id': organisationId(site.url) },
  };
}

interface ConferenceInput {
  title: string | null;
  isSample?: boolean | null;
  ingress?: string | null;
  venue?: { name?: string | null; address?: string | null } | null;
  place?: { name?: string | null } | null;
  /** One registration for every day; each day may be full on its own. Its price is the edition's, not a day's. */
  registration?: (RegistrationInput & { price?: number | null }) | null;
  days: {
    title?: string | null;
    kind?: string | null;
    start?: string | null;
    end?: string | null;
    capacity?: number | null;
    status?: string | null;
  }[];
}

/**
 * One Event per day of a conference edition (the network day and the conference day have their own capacity); none
 * for an invented edition.
 */
export function conferenceDaysJsonLd(conference: ConferenceInput, url: URL, now?: Date): Record<string, unknown>[] {
  const state = now ? conferenceRegistrationState(conference.registration, conference.days, now) : null;
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
        registration: conference.registration && {
          ...conference.registration,
          state: dayRegistrationState(state, day),
          // One price for the whole edition is not the price of each day: no day's Event claims it.
          price: null,
        },
      });
    return event ? [event] : [];
  });
}
