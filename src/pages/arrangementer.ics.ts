// The calendar to subscribe to: every event and conference day from the last year on, so a subscriber's calendar
// keeps recent ones and gets new ones as the site is rebuilt.
import type { APIRoute } from 'astro';
import { calendarFeed } from '../lib/calendar';
import { conferenceDayCalendarEntry, eventCalendarEntry } from '../lib/calendar-entries';
import { buildNow } from '../lib/now';
import { loadConferences, loadEventPages } from '../lib/sanity/loaders';

const yearMs = 365 * 24 * 60 * 60 * 1000;

export const GET: APIRoute = async ({ site }) => {
  const since = buildNow().getTime() - yearMs;
  // Over as the site counts it (splitByTime): by its end, else by its start.
  const recent = (entry: { start: string; end?: string | null }) => Date.parse(entry.end ?? entry.start) >= since;
  const events = (await loadEventPages()).flatMap((event) =>
    event.start ? [eventCalendarEntry({ ...event, start: event.start }, site!)] : [],
  );
  const conferenceDays = (await loadConferences()).flatMap((conference) =>
    conference.days.flatMap((day) =>
      day.start ? [conferenceDayCalendarEntry(conference, { ...day, start: day.start }, site!)] : [],
    ),
  );
  const entries = [...events, ...conferenceDays].filter(recent).toSorted((a, b) => a.start.localeCompare(b.start));
  return new Response(calendarFeed('For Alle – arrangementer', entries), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
