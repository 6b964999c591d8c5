import { osloDay } from '@for-alle/shared/dates';
import { documentPath } from '@for-alle/shared/document-path';
import type { ConferencePagesQueryResult } from '../sanity/sanity.types';

export type Conference = ReturnType<typeof withConferenceDates<ConferencePagesQueryResult[number]>>;
export type ConferenceSession = NonNullable<Conference['sessions']>[number];

/** An edition's title as the editor wrote it, or «For Alle-konferansen 2027» for one without. */
export function conferenceTitle(conference: { title?: string | null; year?: number | null }): string {
  return conference.title?.trim() || `For Alle-konferansen ${conference.year ?? ''}`.trim();
}

/**
 * Days and sessions in time order, those without a start first. By the instant, not the text: the content guard
 * accepts «09.30+01:00» beside «08.45Z», which sort the other way round as text.
 */
export function byStart(a: { start?: string | null }, b: { start?: string | null }): number {
  const at = (item: { start?: string | null }) => (item.start ? Date.parse(item.start) : Number.NEGATIVE_INFINITY);
  return at(a) === at(b) ? 0 : at(a) < at(b) ? -1 : 1;
}

/** A conference edition with its days in time order and when it starts and ends (its first and last day). */
export function withConferenceDates<T extends { days: { start: string | null; end: string | null }[] | null }>(
  conference: T,
) {
  const days = [...(conference.days ?? [])].sort(byStart);
  return { ...conference, days, start: days[0]?.start ?? null, end: days[days.length - 1]?.end ?? null };
}

/** The sessions of one day of a conference, in time order; sessions without a time go under the first day. */
export function sessionsOfDay(conference: Conference, dayIndex: number): ConferenceSession[] {
  const day = conference.days[dayIndex];
  const sessions = [...(conference.sessions ?? [])].sort(byStart);
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
 * The name of each day's «Legg til i kalender» file in an edition, by the day's `_key`: `nettverksdag`. One per day,
 * since people come to one day or both, and each day has its own hours. Days without a time get none.
 */
export function dayCalendarSlugs(
  days: { _key: string; kind?: string | null; start?: string | null }[],
): Map<string, string> {
  const slugs = new Map<string, string>();
  const used = new Set<string>();
  days.forEach((day, index) => {
    if (!day.start) return;
    let slug = (day.kind && daySlugs[day.kind]) || `dag-${index + 1}`;
    if (used.has(slug)) slug = `${slug}-${index + 1}`;
    used.add(slug);
    slugs.set(day._key, slug);
  });
  return slugs;
}

/** Where each day's calendar file is served, by the day's `_key`: `/konferanse/2027/nettverksdag.ics`. */
export function dayCalendarPaths(conference: {
  year: number | null;
  days: { _key: string; kind?: string | null; start?: string | null }[];
}): Map<string, string> {
  const page = documentPath({ _type: 'conference', year: conference.year });
  if (!page) return new Map();
  return new Map([...dayCalendarSlugs(conference.days)].map(([key, slug]) => [key, `${page}${slug}.ics`]));
}
