/** The subtitles the Studio's lists show under a document's title: dates in Oslo time, counts, registration state. */
import {
  dayRegistrationState,
  registrationStateOf,
  type ConferenceDayInput,
  type RegistrationInput,
  type RegistrationState,
} from '@for-alle/shared/registration-state';
import { formatClock } from '@for-alle/shared/dates';
import { isOver } from '@for-alle/shared/event-time';
import { conferenceDayKinds, optionTitle } from '@for-alle/shared/options';

const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

/** "22. jan. 2025" from an ISO date or date-time; undefined when there is none. */
export function shortDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : dateFormat.format(date);
}

const weekdayDayMonth = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'Europe/Oslo',
});

/**
 * "tor. 23. jan. 09.00" from an ISO date-time; undefined when there is none. With the day, two sessions at 09.00 on
 * the two days of a conference tell themselves apart. The time is written as the site writes it («kl. 09.00»), not
 * with the colon of the date-time field's input.
 */
export function formatDayAndTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${weekdayDayMonth.format(date)} ${formatClock(date)}`;
}

/** "1 fil", "2 filer": a count with the noun in the right number; undefined for none. */
export function countOf(count: number, singular: string, plural: string): string | undefined {
  return count > 0 ? `${count} ${count === 1 ? singular : plural}` : undefined;
}

/** Joins the non-empty parts of a subtitle with a middle dot. */
export function subtitle(...parts: unknown[]): string | undefined {
  const text = parts.filter((part) => typeof part === 'string' && part.trim()).join(' · ');
  return text || undefined;
}

/** A few words per state for the Studio's lists: what the site says about signing up (shared/registration-state.ts). */
function registrationWords(state: RegistrationState, opensAt: string | null | undefined): string {
  switch (state) {
    case 'none':
      return 'Ingen påmelding';
    case 'notOpen':
      return opensAt ? `Påmelding åpner ${shortDate(opensAt)}` : 'Påmelding ikke åpnet';
    case 'awaitingLink':
      // The site says «åpner snart», and the editor learns why.
      return 'Påmelding åpner snart – mangler lenke';
    case 'open':
      return 'Påmelding åpen';
    case 'waitlist':
      return 'Venteliste';
    case 'closed':
      return 'Påmelding stengt';
  }
}

const dateOrNothing = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** An event's registration as the site shows it now; nothing once the event is over, as on the site. */
export function eventRegistrationSubtitle(
  registration: RegistrationInput | null | undefined,
  start: unknown,
  end: unknown,
  now: Date,
): string | undefined {
  if (isOver({ start: dateOrNothing(start), end: dateOrNothing(end) }, now)) return undefined;
  const state = registrationStateOf({ registration, start: dateOrNothing(start) }, now);
  return state ? registrationWords(state, registration?.opensAt) : undefined;
}

/** A conference's registration as the site shows it now, naming any day that is full while the rest is open. */
export function conferenceRegistrationSubtitle(
  registration: RegistrationInput | null | undefined,
  days:
    | readonly (ConferenceDayInput & { end?: string | null; title?: string | null; kind?: string | null })[]
    | null
    | undefined,
  now: Date,
): string | undefined {
  const list = days ?? [];
  if (isOver({ days: list }, now)) return undefined;
  const state = registrationStateOf({ registration, days: list }, now);
  if (!state) return undefined;
  const words = registrationWords(state, registration?.opensAt);
  // With every day full the whole conference has a waitlist (the state says so); otherwise name the full days.
  const full = state === 'open' ? list.filter((day) => dayRegistrationState(state, day) === 'waitlist') : [];
  const names = full.map((day) => day.title || optionTitle(conferenceDayKinds, day.kind));
  return names.length > 0 ? `${words}, venteliste: ${names.join(', ')}` : words;
}
