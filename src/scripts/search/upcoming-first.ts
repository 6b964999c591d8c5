// Events a visitor can still go to before those that are over, when the two are about equally good answers: the four
// Bergen workshops score alike for «workshop bergen», and Pagefind put the coming one last. Past events stay in the
// results (the archive is a feature), just after. See docs/search.md, «Kommende arrangementer».
import { cancelledMeta, eventTypes, typeFilter } from '../../lib/search/contract';
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-api';

/** Events scoring at least this share of the best of their group are about equally good answers. */
const closeScore = 0.9;

/** Only events among the first pages of results move: each costs its fragment (cached for when it is shown). */
const reorderedResults = 30;

/** When Europe changes its clocks: the last Sunday of the month (0-based) at 01:00 UTC. */
function clockChange(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Today in Oslo («2026-11-27»), as the events' dates are written. The visitor's own clock, not the build's: the
 * static site is built once and served for weeks, and whether an event is still ahead is a matter of today.
 * Worked out from Norway's clock rule (UTC+1, +2 from the last Sunday of March to the last of October) rather than
 * with Intl, whose first use costs /sok 100–200 ms (see result-date.ts); tests/unit/upcoming-first.test.ts compares
 * it with Intl hour by hour around every clock change of two decades.
 */
export function osloToday(now = new Date()): string {
  const time = now.getTime();
  const year = now.getUTCFullYear();
  const summer = time >= clockChange(year, 2) && time < clockChange(year, 9);
  return new Date(time + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
}

/** ISO days in calendar order; plain comparison, since localeCompare would make a collator (see osloToday). */
const byDay = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An event's page (not a file it offers) whose last day is today or later, and that is not cancelled: one to go to.
 * A conference is still one on its second day; its first day alone (`date`) would call it past.
 */
export function isUpcoming(data: PagefindResultData, today: string): boolean {
  const type = data.filters[typeFilter]?.[0] ?? '';
  const lastDay = data.meta.end ?? data.meta.date;
  return (
    (eventTypes as readonly string[]).includes(type) &&
    !data.meta.file &&
    !data.meta[cancelledMeta] &&
    Boolean(lastDay) &&
    lastDay! >= today
  );
}

/**
 * The results with each group of events of about the same score ordered as the site lists events: coming ones
 * first, soonest first, then past ones, newest first. A group starts at an event and holds the events after it that
 * score at least 90 % of it; they swap among the places they held, so an event moves up only past results that score
 * at most about a tenth more, and other pages keep their places. Which results are events comes from a search
 * filtered by type, answered from chunks already loaded; only the grouped events' fragments are fetched.
 */
export async function upcomingFirst(
  pagefind: PagefindApi,
  term: string,
  results: PagefindResult[],
  today: string,
): Promise<PagefindResult[]> {
  const { results: found } = await pagefind.search(term, { filters: { [typeFilter]: { any: [...eventTypes] } } });
  const events = new Set(found.map((result) => result.id));
  const slots = results.slice(0, reorderedResults).flatMap((result, slot) => (events.has(result.id) ? [slot] : []));
  const groups: number[][] = [];
  for (const slot of slots) {
    const group = groups.at(-1);
    if (group && results[slot]!.score >= results[group[0]!]!.score * closeScore) group.push(slot);
    else groups.push([slot]);
  }
  const reordered = [...results];
  for (const group of groups.filter((group) => group.length > 1)) await orderGroup(reordered, group, today);
  return reordered;
}

/** Puts the events at these places of `results` in the site's order, among the same places. */
async function orderGroup(results: PagefindResult[], slots: number[], today: string): Promise<void> {
  const events = await Promise.all(
    slots.map(async (slot) => ({ slot, result: results[slot]!, data: await results[slot]!.data() })),
  );
  // A file an event offers (its date is the event's) is not the event: it keeps its place.
  const dated = events.filter((event) => event.data.meta.date && !event.data.meta.file);
  const day = (event: (typeof dated)[number]) => event.data.meta.date!;
  const upcoming = dated.filter((event) => isUpcoming(event.data, today)).sort((a, b) => byDay(day(a), day(b)));
  const past = dated.filter((event) => !isUpcoming(event.data, today)).sort((a, b) => byDay(day(b), day(a)));
  [...upcoming, ...past].forEach((event, index) => (results[dated[index]!.slot] = event.result));
}
