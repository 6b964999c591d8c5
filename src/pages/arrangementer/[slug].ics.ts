// The "Legg til i kalender" file of each event.
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../lib/calendar';
import { eventCalendarEntry } from '../../lib/calendar-entries';
import type { EventPage } from '../../lib/content/events';
import { withSlug } from '../../lib/routes';
import { loadEventPages } from '../../lib/sanity/loaders';

export const getStaticPaths = (async () => {
  const events = await loadEventPages();
  return withSlug(events)
    .filter((event): event is EventPage & { slug: string; start: string } => Boolean(event.start))
    .map((event) => ({ params: { slug: event.slug }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: EventPage & { start: string } }> = ({ props, site }) => {
  const body = calendarFile(eventCalendarEntry(props.event, site!));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
