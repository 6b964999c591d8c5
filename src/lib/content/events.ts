import { loadQuery } from '../sanity/content-source';
import { eventPagesQuery } from '../sanity/queries';
import { loadConferences } from './conferences';

export type EventPage = Awaited<ReturnType<typeof loadEventPages>>[number];

export interface WorkshopConference {
  title: string | null;
  year: number | null;
}

/**
 * The conference each workshop belongs to, by the workshop's `_id`, from the conferences' own workshop lists (read
 * once per build, as `loadConferences` is): a GROQ subquery per event would search the whole dataset once per event
 * (0.9 s at 10,000 stories; docs/benchmark.md).
 */
export async function loadWorkshopConferences(): Promise<Map<string, WorkshopConference>> {
  const conferenceOf = new Map<string, WorkshopConference>();
  for (const conference of await loadConferences())
    for (const workshop of conference.workshops ?? [])
      if (workshop && !conferenceOf.has(workshop._id))
        conferenceOf.set(workshop._id, { title: conference.title, year: conference.year });
  return conferenceOf;
}

/** Every event with its full detail, for the event pages and their calendar files, and the conference it is a workshop of. */
export async function loadEventPages() {
  const [events, conferenceOf] = await Promise.all([loadQuery(eventPagesQuery), loadWorkshopConferences()]);
  return events.map((event) => ({ ...event, conference: conferenceOf.get(event._id) ?? null }));
}
