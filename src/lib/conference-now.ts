// Whether a conference is on right now (at build time), and where its programme for the rest of it is.
import { sessionsOfDay, type Conference } from './content/conferences';

/** From the first day's start until the last day's end: a visitor then wants today's programme, not «Neste konferanse». */
export function isUnderWay(conference: { start?: string | null; end?: string | null }, now: Date): boolean {
  if (!conference.start || !conference.end) return false;
  const at = now.getTime();
  return Date.parse(conference.start) <= at && at < Date.parse(conference.end);
}

/**
 * The anchor on the edition's page of the first day not yet over that has a programme (ConferenceProgramme names
 * each day's section `programme-<_key>`), or null when no day left has one.
 */
export function programmeAnchor(conference: Conference, now: Date): string | null {
  const index = conference.days.findIndex(
    (day, dayIndex) =>
      (!day.end || Date.parse(day.end) > now.getTime()) && sessionsOfDay(conference, dayIndex).length > 0,
  );
  return index >= 0 ? `programme-${conference.days[index]._key}` : null;
}
