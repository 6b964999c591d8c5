import { conferenceDayKinds, optionTitle } from '@for-alle/shared/options';
import { documentPath, pillarSlugs } from '@for-alle/shared/document-path';
import { roundState, type ApplicationRound } from '@for-alle/shared/application-rounds';
import { conferenceRegistrationState, dayRegistrationState } from '@for-alle/shared/registration-state';
import { formatDate } from './format';
import { registrationLabels } from './content/registration-text';
import type { CalendarEventInput } from './calendar';
import { themeLine } from './content/conference-theme';
import { conferenceTitle, type Conference } from './content/conferences';
import type { EventPage } from './content/events';
import { venueLine } from './content/venue';

// What an event and a conference day are in a calendar: the same in their own «Legg til i kalender» file and in the
// calendar to subscribe to.

type CalendarEvent = Pick<
  EventPage,
  '_id' | '_updatedAt' | 'title' | 'slug' | 'start' | 'end' | 'ingress' | 'venue' | 'place' | 'cancelled' | 'isSample'
>;

/**
 * The entry's text with the page's address written out at the end: Google Kalender does not show the URL property,
 * and the page is where a subscriber signs up or reads the programme.
 */
function withAddress(lines: (string | null | undefined)[], label: string, url: string): string {
  return [...lines, `${label}: ${url}`].filter(Boolean).join('\n\n');
}

/** An event with a start time, as a calendar entry linking to its page. */
export function eventCalendarEntry(event: CalendarEvent & { start: string }, site: URL): CalendarEventInput {
  const url = new URL(documentPath({ _type: 'event', slug: event.slug })!, site).href;
  return {
    uid: event._id,
    title: event.title ?? '',
    start: event.start,
    end: event.end,
    description: withAddress([event.ingress], 'Mer om arrangementet', url),
    location: venueLine(event.venue, event.place?.name),
    url,
    updated: event._updatedAt,
    cancelled: event.cancelled,
    isSample: event.isSample,
  };
}

type ConferenceDay = Conference['days'][number];

/**
 * One day of a conference with a start time, as a calendar entry linking to the conference's page. A day that is full
 * while registration is open says so: the entry goes into the calendars of those who sign up now, onto the waitlist.
 */
export function conferenceDayCalendarEntry(
  conference: Conference,
  day: ConferenceDay & { start: string },
  site: URL,
  now: Date,
): CalendarEventInput {
  const title = conferenceTitle(conference);
  const url = new URL(documentPath({ _type: 'conference', year: conference.year })!, site).href;
  const full =
    dayRegistrationState(conferenceRegistrationState(conference.registration, conference.days, now), day) ===
    'waitlist';
  return {
    uid: `${conference._id}-${day._key}`,
    title: `${title}: ${day.title || optionTitle(conferenceDayKinds, day.kind)}`,
    start: day.start,
    end: day.end,
    // Not the ingress: it speaks to those who have not signed up («meld deg på tidlig»), and the entry is in the
    // calendar of someone who has.
    description: withAddress(
      [
        full ? `${registrationLabels.waitlist}: nye påmeldinger til denne dagen kommer på venteliste.` : null,
        themeLine(conference.theme),
      ],
      'Program',
      url,
    ),
    location: venueLine(conference.venue, conference.place?.name),
    url,
    updated: conference._updatedAt,
    isSample: conference.isSample,
  };
}

interface GrantRound extends ApplicationRound {
  _key: string;
}
interface Grant {
  _updatedAt: string;
  isSample?: boolean | null;
}

/** The activity-support rounds whose deadline has not passed: each gets «Legg fristen i kalenderen». */
export function roundsWithDeadlineAhead<T extends ApplicationRound>(
  rounds: readonly T[] | null | undefined,
  now: Date,
): (T & { deadline: string })[] {
  return (rounds ?? []).filter(
    (round): round is T & { deadline: string } => Boolean(round.deadline) && roundState(round, now) !== 'closed',
  );
}

/**
 * A round's deadline as an all-day appointment: the date a club must not miss, with the opening day in its text while
 * the round has not opened, since the form's link appears only then.
 */
export function grantDeadlineEntry(
  grant: Grant,
  round: GrantRound & { deadline: string },
  now: Date,
  site: URL,
): CalendarEventInput {
  const url = new URL(documentPath({ _type: 'pillar', slug: pillarSlugs.activitySupport })!, site).href;
  const opens =
    round.opensAt && roundState(round, now) === 'upcoming' ? `Søknadsrunden åpner ${formatDate(round.opensAt)}.` : null;
  return {
    uid: `activitySupport-${round._key}-frist`,
    title: `Søknadsfrist for aktivitetsstøtte${round.title ? ` (${round.title})` : ''}`,
    start: round.deadline,
    allDay: true,
    description: withAddress([opens], 'Søk om aktivitetsstøtte', url),
    url,
    updated: grant._updatedAt,
    isSample: grant.isSample,
    // At 09.00 a week before: the whole day starts at midnight, 6 days and 15 hours later. The text names the day, not
    // «om en uke»: a file saved later than that shows its reminder at once.
    reminder: {
      before: { days: 6, hours: 15 },
      text: `Fristen for å søke om aktivitetsstøtte er ${formatDate(round.deadline)}.`,
    },
  };
}

/** Where a round's deadline file is built: /aktivitetsstotte/soknadsfrist-<key>.ics. */
export function grantDeadlinePath(round: { _key: string }): string {
  return `${documentPath({ _type: 'pillar', slug: pillarSlugs.activitySupport })}soknadsfrist-${round._key}.ics`;
}
