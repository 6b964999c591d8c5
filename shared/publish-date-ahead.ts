/**
 * A story's «Publisert» or a research update's date more than a day ahead: the site shows the document as soon as it
 * is published, dated ahead, and first in every list and the news feed until that day. Usually a typo in the year.
 * The Studio warns in a draft (a release or a scheduled draft is meant to carry the day it comes out), and the build's
 * content report names the published document. A warning, never a stop: an editor may mean it.
 */
import { osloDay } from './dates.ts';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Whether the date is more than a day after `now`. A datetime (a story) is compared as a moment; a date without a time
 * (`YYYY-MM-DD`, a research update) as a day in Oslo, so tomorrow's date is never flagged. Unreadable dates are not
 * (the guard reports those).
 */
export function publishDateAhead(value: unknown, now: Date): boolean {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return false;
  const dayAfter = new Date(now.getTime() + dayMs);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value > osloDay(dayAfter) : Date.parse(value) > dayAfter.getTime();
}

/** What the editor reads, in the Studio and in the content report: what happens, and what to do instead. */
export function publishDateAheadMessage(type: string | undefined): string {
  const [what, What] = type === 'researchUpdate' ? ['oppdateringen', 'Oppdateringen'] : ['historien', 'Historien'];
  return (
    `Datoen er mer enn en dag fram i tid. ${What} vises likevel på nettstedet så snart den er publisert, med denne ` +
    `datoen, og står først i listene til da. Er datoen feil, rett den. Skal ${what} ut en senere dag, bruk ` +
    `«Planlegg publisering» (pila ved «Publiser»), eller vent og publiser den den dagen med dagens dato.`
  );
}
