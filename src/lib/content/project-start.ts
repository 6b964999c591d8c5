import { osloDay } from '@for-alle/shared/dates';

/**
 * A collaboration project's start year under its heading: «Startet 2020», or «Starter 2027» when the year is after
 * the build's "now" (in Oslo). The guide asks editors for the year the project started «(eller starter)», so a project
 * decided for next year must not read as already begun. Null without a year.
 */
export function projectStartText(startYear: number | null | undefined, now: Date): string | null {
  if (!startYear) return null;
  return startYear > Number(osloDay(now).slice(0, 4)) ? `Starter ${startYear}` : `Startet ${startYear}`;
}
