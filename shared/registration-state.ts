/**
 * Where signing up stands, from the editor's status and the dates. The site computes it at build time (and words it
 * in src/lib/content/registration-text.ts) and the Studio's previews with the clock, so the lists in the Studio say what the
 * site says. Dependency-free, so both workspaces import it.
 */

/**
 * `awaitingLink`: open by its status and dates (or full with a waitlist), but with no link to sign up through. The
 * site then says «Påmeldingen åpner snart» with no button, the Studio's lists say the link is missing, and the content
 * report asks for it; `notOpen` is only ever "its opening time is still to come" (or no time is set).
 */
export type RegistrationState = 'none' | 'notOpen' | 'awaitingLink' | 'open' | 'waitlist' | 'closed';

export interface RegistrationInput {
  status?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
  url?: string | null;
}

export interface ConferenceDayInput {
  start?: string | null;
  /** `available` or `waitlist` (conferenceDayStatuses); missing reads as places left. */
  status?: string | null;
}

/**
 * Dates win over a status an editor forgot to change: nothing is open after it closes or the event has begun,
 * and nothing is open before its opening time, or before it has a link to sign up through. "Full with waitlist" and
 * "no sign-up" are only known from the editor.
 * A document without a registration (an import, an API write) gets null: the site then says nothing, since neither
 * «no sign-up» nor «not open yet» is known to be true.
 */
export function registrationState(
  registration: RegistrationInput | null | undefined,
  eventStart: string | null | undefined,
  now: Date,
): RegistrationState | null {
  const state = scheduledState(registration, eventStart, now);
  // Open by its dates but with nowhere to sign up: the page says it opens soon, with no button, and the build goes on.
  return (state === 'open' || state === 'waitlist') && !hasRegistrationLink(registration) ? 'awaitingLink' : state;
}

/** Whether there is a link to sign up through (a blank one is none). */
export function hasRegistrationLink(registration: RegistrationInput | null | undefined): boolean {
  return typeof registration?.url === 'string' && registration.url.trim() !== '';
}

/** The state by the editor's status and the dates alone, before the link is considered. */
function scheduledState(
  registration: RegistrationInput | null | undefined,
  eventStart: string | null | undefined,
  now: Date,
): RegistrationState | null {
  if (!registration) return null;
  // Open to all: the dates an editor may have left in the hidden fields mean nothing.
  if (registration.status === 'none') return 'none';
  const at = now.getTime();
  const time = (value?: string | null) => (value ? new Date(value).getTime() : undefined);
  const start = time(eventStart);
  const closes = time(registration.closesAt);
  const opens = time(registration.opensAt);
  if (registration.status === 'closed') return 'closed';
  if ((start !== undefined && at >= start) || (closes !== undefined && at > closes)) return 'closed';
  if (opens !== undefined && at < opens) return 'notOpen';
  if (registration.status === 'waitlist') return 'waitlist';
  if (registration.status === 'open' || opens !== undefined) return 'open';
  return 'notOpen';
}

/** The first day's start: registration closes when the conference begins. */
function firstStart(days: readonly ConferenceDayInput[]): string | undefined {
  return days
    .map((day) => day.start)
    .filter((start): start is string => Boolean(start))
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

/**
 * A conference has one registration (one form, one opening date, one deadline) for days that fill up one by one.
 * With every day full, all that is left is the waitlist.
 */
export function conferenceRegistrationState(
  registration: RegistrationInput | null | undefined,
  days: readonly ConferenceDayInput[],
  now: Date,
): RegistrationState | null {
  const state = registrationState(registration, firstStart(days), now);
  return state === 'open' && days.length > 0 && days.every((day) => day.status === 'waitlist') ? 'waitlist' : state;
}

/** An event or a conference, as far as its registration goes: the fields registrationStateOf reads. */
export interface RegistrationHolder {
  registration?: RegistrationInput | null;
  /** An event's start: registration closes when it begins. */
  start?: string | null;
  /** A conference's days; having them is what makes it one. */
  days?: readonly ConferenceDayInput[] | null;
}

/**
 * An event's or a conference's registration state at `now`: a conference's by its days (conferenceRegistrationState),
 * an event's by its start. The one dispatch the page's RegistrationStatus, the content guard and report, and the
 * Studio's validation and list subtitles share, so none of them reads a conference as an event.
 */
export function registrationStateOf(holder: RegistrationHolder, now: Date): RegistrationState | null {
  return holder.days
    ? conferenceRegistrationState(holder.registration, holder.days, now)
    : registrationState(holder.registration, holder.start, now);
}

/** A day marked full has a waitlist of its own while the conference's registration is open; otherwise it follows the conference. */
export function dayRegistrationState(
  conferenceState: RegistrationState | null,
  day: ConferenceDayInput,
): RegistrationState | null {
  return conferenceState === 'open' && day.status === 'waitlist' ? 'waitlist' : conferenceState;
}
