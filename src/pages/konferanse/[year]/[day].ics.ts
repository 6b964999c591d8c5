// The "Legg til i kalender" file of each day of a conference edition (see dayCalendarSlugs).
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../../lib/calendar';
import { conferenceDayCalendarEntry } from '../../../lib/calendar-entries';
import { dayCalendarSlugs, type Conference } from '../../../lib/content/conferences';
import { buildNow } from '../../../lib/now';
import { loadConferences } from '../../../lib/sanity/loaders';

export const getStaticPaths = (async () => {
  const conferences = await loadConferences();
  return conferences.flatMap((conference) => {
    const slugs = dayCalendarSlugs(conference.days);
    return conference.days
      .filter((day): day is Day => slugs.has(day._key) && Boolean(day.start))
      .map((day) => ({
        params: { year: String(conference.year), day: slugs.get(day._key)! },
        props: { conference, day },
      }));
  });
}) satisfies GetStaticPaths;

type Day = Conference['days'][number] & { start: string };
type Props = { conference: Conference; day: Day };

export const GET: APIRoute<Props> = ({ props, site }) => {
  const body = calendarFile(conferenceDayCalendarEntry(props.conference, props.day, site!, buildNow()));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
