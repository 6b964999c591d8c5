// The calendar to subscribe to: every event and conference day from the last year on, so a subscriber's calendar
// keeps recent ones and gets new ones as the site is rebuilt.
import type { APIRoute } from 'astro';
import { calendarFeed } from '../lib/calendar';
import { conferenceDayCalendarEntry, eventCalendarEntry } from '../lib/calendar-entries';
import { buildNow, yearMs } from '../lib/now';
import { splitByTime } from '@for-alle/shared/event-time';
import { loadConferences, loadEventPages } from '../lib/sanity/loaders';

export const GET: APIRoute = async ({ site }) => {
  // Not over a year ago, as the site counts «over» (by the end, else by the start), soonest first.
  const now = buildNow();
  const since = new Date(now.getTime() - yearMs);
  const events = (await loadEventPages()).flatMap((event) =>
    event.start ? [eventCalendarEntry({ ...event, start: event.start }, site!)] : [],
  );
  const conferenceDays = (await loadConferences()).flatMap((conference) =>
    conference.days.flatMap((day) =>
      day.start ? [conferenceDayCalendarEntry(conference, { ...day, start: day.start }, site!, now)] : [],
    ),
  );
  const entries = splitByTime([...events, ...conferenceDays], since).upcoming;
  return new Response(calendarFeed('For Alle – arrangementer', entries), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
