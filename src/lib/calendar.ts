import { createEvent, type DateTime, type EventAttributes } from 'ics';
import { SITE_NAME } from '../consts';
import { buildNow } from './now';

// "Legg til i kalender": an iCalendar file per event, made with the `ics` library. Times are written in UTC
// (the Z form), which every calendar shows in its owner's zone: an event at 10.00 in Oslo stays at 10.00 in Oslo,
// summer and winter time alike, without shipping a VTIMEZONE block.

export interface CalendarEventInput {
  uid: string;
  title: string;
  start: string;
  end?: string | null;
  description?: string | null;
  location?: string | null;
  url: string;
  updated?: string | null;
}

const utcParts = (iso: string): DateTime => {
  const date = new Date(iso);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
};

/** ics validates and writes `timestamp` (DTSTAMP; its schema/index.js), but its types leave it out. */
type CalendarAttributes = EventAttributes & { timestamp?: number };

export function calendarFile(event: CalendarEventInput): string {
  const attributes: CalendarAttributes = {
    uid: `${event.uid}@foralle`,
    title: event.title,
    start: utcParts(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    ...(event.end
      ? { end: utcParts(event.end), endInputType: 'utc', endOutputType: 'utc' }
      : { duration: { hours: 2 } }),
    description: event.description ?? undefined,
    location: event.location ?? undefined,
    url: event.url,
    productId: 'for-alle/arrangementer',
    calName: SITE_NAME,
    lastModified: event.updated ? utcParts(event.updated) : undefined,
    // DTSTAMP: when this version of the event was written, so two builds of the same content give the same file.
    timestamp: event.updated ? Date.parse(event.updated) : buildNow().getTime(),
  } as CalendarAttributes;
  const { error, value } = createEvent(attributes);
  if (error || !value)
    throw new Error(
      `Kunne ikke lage kalenderfil for «${event.title}» (${event.uid}): ${error?.message ?? 'ukjent feil'}`,
    );
  return value;
}
