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
