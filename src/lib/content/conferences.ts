import { osloDay } from '../format';
import { loadQuery } from '../sanity/content-source';
import { conferencePagesQuery } from '../sanity/queries';

export type Conference = Awaited<ReturnType<typeof loadConferences>>[number];
export type ConferenceSession = NonNullable<Conference['sessions']>[number];

/** Every conference edition, newest first, with when it starts and ends (its first and last day). */
export async function loadConferences() {
  const conferences = await loadQuery(conferencePagesQuery);
  return conferences.map((conference) => {
    const days = [...(conference.days ?? [])].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    return { ...conference, days, start: days[0]?.start ?? null, end: days[days.length - 1]?.end ?? null };
  });
}

/** The sessions of one day of a conference, in time order; sessions without a time go under the first day. */
export function sessionsOfDay(conference: Conference, dayIndex: number): ConferenceSession[] {
  const day = conference.days[dayIndex];
  const sessions = [...(conference.sessions ?? [])].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  return sessions.filter((session) =>
    session.start && day?.start ? osloDay(session.start) === osloDay(day.start) : dayIndex === 0 && !session.start,
  );
}

/** The anchor of a session on its archive page; stable as long as the session exists (its `_key`). */
export function sessionAnchor(session: { _key: string }): string {
  return `sesjon-${session._key}`;
}
