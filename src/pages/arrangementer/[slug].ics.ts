// The "Legg til i kalender" file of each event.
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../lib/calendar';
import type { EventPage } from '../../lib/content/events';
import { loadEventPages } from '../../lib/sanity/loaders';
import { documentPath } from '@for-alle/shared/document-path';
import { venueLine } from '../../lib/venue';

export const getStaticPaths = (async () => {
  const events = await loadEventPages();
  return events.filter((event) => event.start).map((event) => ({ params: { slug: event.slug! }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: EventPage }> = ({ props, site }) => {
  const { event } = props;
  const body = calendarFile({
    uid: event._id,
    title: event.title ?? '',
    start: event.start!,
    end: event.end,
    description: event.ingress,
    location: venueLine(event.venue, event.place?.name),
    url: new URL(documentPath({ _type: 'event', slug: event.slug })!, site).href,
    updated: event._updatedAt,
    cancelled: event.cancelled,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
