/**
 * When an event, a conference or a conference day is over: the one rule the site's lists and pages, the content report
 * and the Studio's list subtitles use, so none of them calls it over while another still calls it on. Dependency-free,
 * so both workspaces import it. Two places cannot import it and follow it by hand: the Studio's «Kommende
 * arrangementer» (a GROQ filter, studio/structure/index.ts), and /sok, which decides by the visitor's day in the
 * browser (src/scripts/search/upcoming-first.ts: an event is «Kommende» until the evening of its last day).
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
