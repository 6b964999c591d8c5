import { loadQuery } from '../sanity/content-source';
import { eventPagesQuery } from '../sanity/queries';

export type EventPage = Awaited<ReturnType<typeof loadQuery<typeof eventPagesQuery>>>[number];

/** Every event with its full detail, for the event pages and their calendar files. */
export function loadEventPages() {
  return loadQuery(eventPagesQuery);
}
