// Where a conference's programme for the rest of it is, while it is on (isUnderWay in @for-alle/shared/event-time).
import { isOver } from '@for-alle/shared/event-time';
import { sessionsOfDay, type Conference } from './conferences';

/**
 * The anchor on the edition's page of the first day not yet over that has a programme (ConferenceProgramme names
 * each day's section `programme-<_key>`), or null when no day left has one.
 */
export function programmeAnchor(conference: Conference, now: Date): string | null {
  const index = conference.days.findIndex(
    (day, dayIndex) => !isOver(day, now) && sessionsOfDay(conference, dayIndex).length > 0,
  );
  return index >= 0 ? `programme-${conference.days[index]._key}` : null;
}
