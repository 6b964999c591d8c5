import { osloDay } from '@for-alle/shared/dates';
import { endOf } from '@for-alle/shared/event-time';
import { yearMs } from '../now';

export interface ArchiveYear<T> {
  /** «2025», or «Uten dato» for events without a start. */
  year: string;
  events: T[];
  /** Shown open; the older years are folded so the list of years stays short. */
  open: boolean;
}

/**
 * The past events by the year they began, newest first (the events newest first, as splitByTime gives them). The
 * newest year is open, and so is any year with an event over within the last twelve months: in February the newest
 * year holds only January's conference, and last autumn's workshops are still what a visitor comes back for.
 */
export function archiveByYear<T extends { start?: string | null; end?: string | null }>(
  past: T[],
  now: Date,
): ArchiveYear<T>[] {
  const groups = Map.groupBy(past, (event) => (event.start ? osloDay(event.start).slice(0, 4) : 'Uten dato'));
  return [...groups.entries()].map(([year, events], index) => ({
    year,
    events,
    open: index === 0 || events.some((event) => now.getTime() - (endOf(event) ?? -Infinity) < yearMs),
  }));
}

/** «4 arrangementer fra 2023»: what a folded year holds, said on the control that opens it. */
export function foldedYearLabel(year: string, count: number): string {
  const events = count === 1 ? '1 arrangement' : `${count} arrangementer`;
  return /^\d{4}$/.test(year) ? `${events} fra ${year}` : `${events} uten dato`;
}
