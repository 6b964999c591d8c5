import { endOf, isOver, type Dated } from '@for-alle/shared/is-over';

/** A year, for «within the last year»: what the calendar keeps, which past events stay open, which content is stale. */
export const yearMs = 365 * 24 * 60 * 60 * 1000;

/**
 * The moment this build treats as "now": what is upcoming or past, and which registrations are open, is decided
 * once at build time. BUILD_NOW (an ISO date-time) pins it, for tests and for rebuilding an old state.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.BUILD_NOW?.trim();
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new Error(`BUILD_NOW="${pinned}" is not an ISO date-time`);
  return date;
}

/**
 * Still to come at the build's "now": not over (isOver), and dated. Without a date nothing says it is to come, so
 * the lists put it with the past (the archive's «Uten dato»).
 */
export function isToCome(item: Dated, now: Date): boolean {
  return endOf(item) !== undefined && !isOver(item, now);
}

/** Splits dated items into those still to come and those over, upcoming soonest first, past newest first. */
export function splitByTime<T extends Dated>(items: T[], now: Date) {
  const startOf = (item: T) => new Date(item.start ?? 0).getTime();
  const upcoming = items.filter((item) => isToCome(item, now)).sort((a, b) => startOf(a) - startOf(b));
  const past = items.filter((item) => !isToCome(item, now)).sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}

/** Whether something has begun at the build's "now"; without a start, it has not. */
export function hasBegun(start: string | null | undefined, now: Date): boolean {
  return Boolean(start) && Date.parse(start!) <= now.getTime();
}

/**
 * Begun and not yet over, at the build's "now": an event or a conference day is then on, and a conference from its
 * first day's start to its last day's end. Not known without an end: such an item is over once it has begun.
 * A visitor then wants to know it is on («Pågår nå»), not how to sign up or put it in a calendar.
 */
export function isUnderWay(item: Dated, now: Date): boolean {
  return Boolean(item.start && item.end) && hasBegun(item.start, now) && !isOver(item, now);
}
