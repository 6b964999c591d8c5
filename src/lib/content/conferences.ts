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

const daySlugs: Record<string, string> = { network: 'nettverksdag', conference: 'konferansedag' };

/**
 * The «Legg til i kalender» file of each day of an edition, by the day's `_key`: `/konferanse/2027/nettverksdag.ics`.
 * One per day, since people come to one day or both, and each day has its own hours. Days without a time get none.
 */
export function dayCalendarPaths(conference: {
  year: number | null;
  days: { _key: string; kind?: string | null; start?: string | null }[];
}): Map<string, string> {
  const paths = new Map<string, string>();
  if (!conference.year) return paths;
  const used = new Set<string>();
  conference.days.forEach((day, index) => {
    if (!day.start) return;
    let slug = (day.kind && daySlugs[day.kind]) || `dag-${index + 1}`;
    if (used.has(slug)) slug = `${slug}-${index + 1}`;
    used.add(slug);
    paths.set(day._key, `/konferanse/${conference.year}/${slug}.ics`);
  });
  return paths;
}
