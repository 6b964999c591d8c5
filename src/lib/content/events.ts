import { documentPath } from '@for-alle/shared/document-path';
import { splitByTime, type Dated } from '@for-alle/shared/event-time';
import type { EventPagesQueryResult } from '../sanity/sanity.types';

export interface WorkshopConference {
  title: string | null;
  year: number | null;
}

/** An event with its full detail, for its page and its calendar file, and the conference it is a workshop of. */
export type EventPage = EventPagesQueryResult[number] & { conference: WorkshopConference | null };

/**
 * The conference each workshop belongs to, by the workshop's `_id`, from the conferences' own workshop lists: a GROQ
 * subquery per event would search the whole dataset once per event (0.9 s at 10,000 stories; docs/benchmark.md).
 */
export function workshopConferences(
  conferences: { title: string | null; year: number | null; workshops?: ({ _id: string } | null)[] | null }[],
): Map<string, WorkshopConference> {
  const conferenceOf = new Map<string, WorkshopConference>();
  for (const conference of conferences)
    for (const workshop of conference.workshops ?? [])
      if (workshop && !conferenceOf.has(workshop._id))
        conferenceOf.set(workshop._id, { title: conference.title, year: conference.year });
  return conferenceOf;
}

/**
 * Past events and past conference editions in one list, newest first: both are things that happened, on
 * /arrangementer's archive and on a place's page. A conference still to come is not among them (it has its own box).
 */
export function pastEventsAndConferences<E extends Dated, C extends Dated>(
  events: readonly E[],
  conferences: readonly C[],
  now: Date,
): (E | C)[] {
  return splitByTime<E | C>([...events, ...conferences], now).past;
}

interface PastEvent extends Dated {
  /** The event cards' query leaves it out: only a conference says what it is. */
  _type?: undefined;
  slug?: string | null;
  title?: string | null;
  cancelled?: boolean | null;
  isSample?: boolean | null;
}

interface PastConference extends Dated {
  _type: 'conference';
  year?: number | null;
  title?: string | null;
  isSample?: boolean | null;
}

/** One line of a place's «Tidligere arrangementer»: where it leads, and what it was. */
export interface PastLink {
  href: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
  cancelled: boolean;
  isSample: boolean;
}

/** A place's past events and conferences as links, newest first (pastEventsAndConferences); a conference is never cancelled. */
export function pastLinks(events: readonly PastEvent[], conferences: readonly PastConference[], now: Date): PastLink[] {
  return pastEventsAndConferences<PastEvent, PastConference>(events, conferences, now).map((item) => ({
    href:
      item._type === 'conference'
        ? documentPath({ _type: 'conference', year: item.year })
        : documentPath({ _type: 'event', slug: item.slug }),
    title: item.title ?? null,
    start: item.start ?? null,
    end: item.end ?? null,
    cancelled: item._type !== 'conference' && item.cancelled === true,
    isSample: item.isSample === true,
  }));
}
