// Every date, time, amount and list a visitor reads is formatted here, in Norwegian bokmål and Norway's time zone.
import { formatClock, formatDate, formatTime, osloDay } from '@for-alle/shared/dates';

/** "22. januar 2025" and "kl. 10.00": the same formatters as the Studio's messages and lists (shared/dates.ts). */
export { formatDate, formatTime };

const locale = 'nb-NO';
const timeZone = 'Europe/Oslo';

type DateInput = string | Date;
const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone });
const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone });
const wholeNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

/** "14. juni", the day in Oslo without its year. */
export function formatDayMonth(value: DateInput): string {
  return dayMonth.format(toDate(value));
}

/** "onsdag 14. juni 2023" */
export function formatDateWithWeekday(value: DateInput): string {
  return `${weekday.format(toDate(value))} ${formatDate(value)}`;
}

/** "kl. 10.00–11.30" */
export function formatTimeRange(start: DateInput, end?: DateInput | null): string {
  if (!end) return formatTime(start);
  return `${formatTime(start)}–${formatClock(end)}`;
}

/**
 * "22.–23. januar 2025", "30. januar – 2. februar 2025" or "30. desember 2024 – 2. januar 2025";
 * a single day when start and end fall on the same Oslo date.
 */
export function formatDateRange(start: DateInput, end?: DateInput | null): string {
  if (!end || osloDay(start) === osloDay(end)) return formatDate(start);
  const [startYear, startMonth] = osloDay(start).split('-');
  const [endYear, endMonth] = osloDay(end).split('-');
  if (startYear !== endYear) return `${formatDate(start)} – ${formatDate(end)}`;
  if (startMonth !== endMonth) return `${dayMonth.format(toDate(start))} – ${formatDate(end)}`;
  const startDay = Number(osloDay(start).split('-')[2]);
  return `${startDay}.–${formatDate(end)}`;
}

/**
 * When an event happens, to the minute, as its calendar file has it, with the weekday people plan by:
 * "onsdag 14. juni 2023, kl. 10.00–11.30" on one day; "tirsdag 19. mai kl. 09.00 – onsdag 20. mai 2026 kl. 15.00"
 * over several, where "19.–20. mai 2026, kl. 09.00–15.00" would say both days run 09.00 to 15.00. The one pattern
 * for events, on their cards and their pages alike.
 */
export function formatDateTimeRange(start: DateInput, end?: DateInput | null): string {
  const day = (value: DateInput, withYear: boolean) =>
    `${weekday.format(toDate(value))} ${withYear ? formatDate(value) : dayMonth.format(toDate(value))}`;
  if (!end || osloDay(start) === osloDay(end)) return `${day(start, true)}, ${formatTimeRange(start, end)}`;
  const sameYear = osloDay(start).slice(0, 4) === osloDay(end).slice(0, 4);
  return `${day(start, !sameYear)} ${formatTime(start)} – ${day(end, true)} ${formatTime(end)}`;
}

/**
 * An event's when (formatDateTimeRange) as its day and its times: «tirsdag 16. februar 2027» and «kl. 12.00–16.00»,
 * so the times can be kept on one line («kl. 12.00–» / «16.00» reads as two times). No times part over several days.
 */
export function dayAndTimes(when: string): [day: string, times: string | undefined] {
  const [day, times] = when.split(/, (?=kl\.)/);
  return [day!, times];
}

/** «1 500»: a count of places or people, grouped as the site writes amounts, with a no-break space. */
export function formatCount(count: number): string {
  return wholeNumber.format(count);
}

/** "kr 50 000": Norwegian usage puts "kr" first, which Intl's currency style ("50 000 kr") does not. */
export function formatAmount(kroner: number): string {
  return `kr\u00a0${wholeNumber.format(kroner)}`;
}

export { formatList } from './format-list';
