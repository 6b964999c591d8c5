import { loadQuery } from '../sanity/content-source';
import { eventPagesQuery } from '../sanity/queries';
import { loadConferences } from './conferences';

export type EventPage = Awaited<ReturnType<typeof loadEventPages>>[number];

/**
 * Every event with its full detail, for the event pages and their calendar files, and the conference it is a
 * workshop of. That comes from the conferences' own workshop lists, read once: a GROQ subquery per event would
 * search the whole dataset once per event (0.9 s at 10,000 stories; docs/benchmark.md).
 */
export async function loadEventPages() {
  const [events, conferences] = await Promise.all([loadQuery(eventPagesQuery), loadConferences()]);
  const conferenceOf = new Map<string, { title: string | null; year: number | null }>();
  for (const conference of conferences)
    for (const workshop of conference.workshops ?? [])
      if (workshop && !conferenceOf.has(workshop._id))
        conferenceOf.set(workshop._id, { title: conference.title, year: conference.year });
  return events.map((event) => ({ ...event, conference: conferenceOf.get(event._id) ?? null }));
}
