// The "Legg til i kalender" file of each day of a conference edition (see dayCalendarSlugs).
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../../lib/calendar';
import { dayCalendarSlugs, type Conference } from '../../../lib/content/conferences';
import { loadConferences } from '../../../lib/sanity/loaders';
import { conferenceDayKinds, optionTitle } from '@for-alle/shared/options';
import { documentPath } from '@for-alle/shared/document-path';
import { venueLine } from '../../../lib/venue';

export const getStaticPaths = (async () => {
  const conferences = await loadConferences();
  return conferences.flatMap((conference) => {
    const slugs = dayCalendarSlugs(conference.days);
    return conference.days
      .filter((day) => slugs.has(day._key))
      .map((day) => ({
        params: { year: String(conference.year), day: slugs.get(day._key)! },
        props: { conference, day },
      }));
  });
}) satisfies GetStaticPaths;

type Props = { conference: Conference; day: Conference['days'][number] };

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { conference, day } = props;
  const title = conference.title ?? `For Alle-konferansen ${conference.year}`;
  const body = calendarFile({
    uid: `${conference._id}-${day._key}`,
    title: `${title}: ${day.title || optionTitle(conferenceDayKinds, day.kind)}`,
    start: day.start!,
    end: day.end,
    description:
      [conference.theme && `Tema: ${conference.theme}`, conference.ingress].filter(Boolean).join('\n\n') || null,
    location: venueLine(conference.venue, conference.place?.name),
    url: new URL(documentPath({ _type: 'conference', year: conference.year })!, site).href,
    updated: conference._updatedAt,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
