import { createEvent, createEvents, type DateTime, type EventAttributes } from 'ics';
import { buildNow } from './now';
import { cancelledTitlePrefix } from './content/event-title';
import { sampleTitle } from './sample-title';

// "Legg til i kalender": an iCalendar file per event, made with the `ics` library. Times are written in UTC
// (the Z form), which every calendar shows in its owner's zone: an event at 10.00 in Oslo stays at 10.00 in Oslo,
// summer and winter time alike, without shipping a VTIMEZONE block.
//
// Each event's file holds one appointment, not a calendar to subscribe to (that is calendarFeed): it carries no X-WR-CALNAME (Outlook files an
// import that has one into a new calendar of that name; MS-OXCICAL says to leave it out for a single appointment)
// and no X-PUBLISHED-TTL, a refresh interval for subscriptions that ics 3 writes into every file with no option to
// leave it out. ics also folds lines at 75 characters, not octets: a line with «å» comes out too long, so the lines
// are folded again here.

export interface CalendarEventInput {
  uid: string;
  title: string;
  /** A time (ISO, with its offset), or with `allDay` a calendar day (YYYY-MM-DD). */
  start: string;
  /** A whole day (a deadline), written as a date, which every calendar shows on that day wherever its owner is. */
  allDay?: boolean;
  end?: string | null;
  description?: string | null;
  location?: string | null;
  url: string;
  updated?: string | null;
  /**
   * Cancelled: STATUS:CANCELLED, and «Avlyst – » before the title for the calendars that import the file without
   * reading its status. The file stays, so a saved link still says what happened.
   */
  cancelled?: boolean | null;
  /** Invented content: «Eksempel: » before the title, since a calendar shows none of the page's notice. */
  isSample?: boolean | null;
  /**
   * A reminder (VALARM) this long before the start, with this text: a deadline put in a calendar is of most use a week
   * before it. Calendars that import a file without its alarms (Google's) use their owner's own instead.
   */
  reminder?: { before: { days?: number; hours?: number }; text: string };
}

const utcParts = (iso: string): DateTime => {
  const date = new Date(iso);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
};

/** ics validates and writes `timestamp` (DTSTAMP; its schema/index.js), but its types leave it out. */
type CalendarAttributes = EventAttributes & { timestamp?: number };

/** [year, month, day] of a calendar day, and of the day after it (an all-day event ends at the next day's start). */
const dayParts = (day: string, offset = 0): DateTime => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
};

function eventAttributes(event: CalendarEventInput): CalendarAttributes {
  const when = event.allDay
    ? { start: dayParts(event.start), end: dayParts(event.start, 1) }
    : {
        start: utcParts(event.start),
        startInputType: 'utc',
        startOutputType: 'utc',
        ...(event.end
          ? { end: utcParts(event.end), endInputType: 'utc', endOutputType: 'utc' }
          : { duration: { hours: 2 } }),
      };
  return {
    uid: `${event.uid}@foralle`,
    title: sampleTitle(event.cancelled ? `${cancelledTitlePrefix}${event.title}` : event.title, event.isSample),
    ...(event.cancelled ? { status: 'CANCELLED' } : {}),
    ...when,
    description: event.description ?? undefined,
    location: event.location ?? undefined,
    url: event.url,
    productId: 'for-alle/arrangementer',
    ...(event.reminder
      ? {
          alarms: [
            {
              action: 'display',
              description: event.reminder.text,
              trigger: { ...event.reminder.before, before: true },
            },
          ],
        }
      : {}),
    lastModified: event.updated ? utcParts(event.updated) : undefined,
    // DTSTAMP: when this version of the event was written, so two builds of the same content give the same file.
    timestamp: event.updated ? Date.parse(event.updated) : buildNow().getTime(),
  } as CalendarAttributes;
}

export function calendarFile(event: CalendarEventInput): string {
  const { error, value } = createEvent(eventAttributes(event));
  if (error || !value)
    throw new Error(
      `Kunne ikke lage kalenderfil for «${event.title}» (${event.uid}): ${error?.message ?? 'ukjent feil'}`,
    );
  return asSingleAppointment(value);
}

/**
 * The calendar to subscribe to: every event in one file, with the name the visitor's calendar shows it under
 * (X-WR-CALNAME) and ics's refresh interval of an hour (X-PUBLISHED-TTL), which is how often the site is built.
 * The events keep the UIDs of their single files, so a calendar recognises an event added both ways.
 */
export function calendarFeed(name: string, events: CalendarEventInput[]): string {
  const { error, value } = createEvents(events.map(eventAttributes), {
    calName: name,
    productId: 'for-alle/arrangementer',
  });
  if (error || !value) throw new Error(`Kunne ikke lage kalenderen «${name}»: ${error?.message ?? 'ukjent feil'}`);
  return refold(value);
}

/** Properties only a subscribed calendar should carry (see above). */
const subscriptionOnly = /^(X-WR-CALNAME|X-PUBLISHED-TTL)[;:]/i;

function asSingleAppointment(ics: string): string {
  return refold(ics, (line) => !subscriptionOnly.test(line));
}

/** Unfolds the lines (RFC 5545 3.1: a line break followed by a space or tab), keeps those asked for, folds again. */
function refold(ics: string, keep: (line: string) => boolean = () => true): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.filter(keep).map(foldContentLine).join('\r\n');
}

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/**
 * One content line folded at 75 octets of UTF-8, as RFC 5545 3.1 asks, never inside a character: each continuation
 * line starts with a space, which counts towards its 75.
 */
export function foldContentLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  // for…of walks code points, so a character outside the BMP (two UTF-16 units) stays whole too.
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(part);
      part = ' ';
      octets = 1;
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n');
}
