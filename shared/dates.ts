/**
 * The calendar day in Oslo, the long date and the time of day in Norwegian, shared by the site (src/lib/format.ts)
 * and the Studio's messages and lists, so both agree on which day a time falls on and write it the same way.
 * Dependency-free.
 */
const osloCalendar = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Oslo',
});

/** The calendar day in Oslo as «2025-01-22», for comparing days and for `<time datetime>`. */
export function osloDay(value: string | Date): string {
  return osloCalendar.format(value instanceof Date ? value : new Date(value));
}

const dayMonthYear = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

/** «22. januar 2025», the day in Oslo: how visitors and editors read a date. */
export function formatDate(value: string | Date): string {
  return dayMonthYear.format(value instanceof Date ? value : new Date(value));
}

const hourMinute = new Intl.DateTimeFormat('nb-NO', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Oslo',
});

/** «10.00», the time in Oslo on the Norwegian clock: a full stop between hours and minutes, not the colon. */
export function formatClock(value: string | Date): string {
  return hourMinute.format(value instanceof Date ? value : new Date(value)).replace(':', '.');
}

/** «kl. 10.00», with a no-break space after «kl.»: how visitors and editors read a time of day. */
export function formatTime(value: string | Date): string {
  return `kl.\u00a0${formatClock(value)}`;
}
