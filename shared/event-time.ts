/**
 * When an event, a conference or a conference day has begun, is under way, is over or is still to come: the one set of
 * rules the site's lists and pages, the content report and the Studio's list subtitles use, so none of them calls it
 * over while another still calls it on. Dependency-free, so both workspaces import it. Two places cannot import it and
 * follow it by hand: the Studio's «Kommende arrangementer» (a GROQ filter, studio/structure/index.ts), and /sok, which
 * decides by the visitor's day in the browser (src/scripts/search/upcoming-first.ts: an event is «Kommende» until the
 * evening of its last day).
 */

export interface Dated {
  start?: string | null;
  end?: string | null;
  /** A conference's days: it is over when the last of them is. */
  days?: readonly { start?: string | null; end?: string | null }[] | null;
}

/**
 * The moment it is over, in milliseconds: its end, or its start when it has no end (then nothing says it goes on).
 * For a conference, the latest of its days' ends, whatever order the days are stored in. Undefined without a date.
 */
export function endOf(item: Dated): number | undefined {
  const times = item.days?.length ? item.days.map((day) => day.end ?? day.start) : [item.end ?? item.start];
  const ends = times.map((time) => (time ? Date.parse(time) : NaN)).filter(Number.isFinite);
  return ends.length > 0 ? Math.max(...ends) : undefined;
}

/**
 * Over at `now`: from its end on (an event that ends at 16.00 is over at 16.00, as it is no longer under way then).
 * Without a date it is not known to be over.
 */
export function isOver(item: Dated, now: Date): boolean {
  const end = endOf(item);
  return end !== undefined && end <= now.getTime();
}

/**
 * Still to come at `now`: not over, and dated. Without a date nothing says it is to come, so the lists put it with
 * the past (the archive's «Uten dato»).
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

/**
 * When an event or a conference starts: an event's own start, a conference's earliest day. The Studio checks a
 * sign-up's dates against it, and so does the build's content guard.
 */
export function startOf(document: Record<string, unknown> | null | undefined): string | undefined {
  if (!document) return undefined;
  if (typeof document.start === 'string') return document.start;
  const days = Array.isArray(document.days) ? (document.days as { start?: unknown }[]) : [];
  return days
    .map((day) => day?.start)
    .filter((start): start is string => typeof start === 'string')
    .sort()[0];
}

/** Whether something has begun at `now`; without a start, it has not. */
export function hasBegun(start: string | null | undefined, now: Date): boolean {
  return Boolean(start) && Date.parse(start!) <= now.getTime();
}

/**
 * Begun and not yet over at `now`: an event or a conference day is then on, and a conference from its first day's
 * start to its last day's end. Not known without an end: such an item is over once it has begun. A visitor then wants
 * to know it is on («Pågår nå»), not how to sign up or put it in a calendar.
 */
export function isUnderWay(item: Dated, now: Date): boolean {
  return Boolean(item.start && item.end) && hasBegun(item.start, now) && !isOver(item, now);
}
