/**
 * The calendar day in Oslo, the long date and the time of day in Norwegian, shared by the site (src/lib/format.ts)
 * and the Studio's messages and lists, so both agree on which day a time falls on and write it the same way.
 * Dependency-free.
 */
/**
 * A formatter that remembers what it wrote for each date string: a build of 10,000 stories formats the same few
 * thousand dates tens of thousands of times, and each `Intl` call costs microseconds (docs/benchmark.md).
 */
function remembered(format: (date: Date) => string): (value: string | Date) => string {
  const written = new Map<string, string>();
  return (value) => {
    if (value instanceof Date) return format(value);
    let text = written.get(value);
    if (text === undefined) written.set(value, (text = format(new Date(value))));
    return text;
  };
}

const osloCalendar = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Oslo',
});

/** The calendar day in Oslo as «2025-01-22», for comparing days and for `<time datetime>`. */
export const osloDay: (value: string | Date) => string = remembered((date) => osloCalendar.format(date));

const dayMonthYear = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

/** «22. januar 2025», the day in Oslo: how visitors and editors read a date. */
export const formatDate: (value: string | Date) => string = remembered((date) => dayMonthYear.format(date));

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

const osloParts = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Oslo',
});

/**
 * The moment as Oslo's clock shows it, with its offset: «2027-02-24T12:00:00+01:00» (summer time «+02:00»), for
 * schema.org's dates, which search engines show at the clock time written.
 */
export function osloDateTime(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  const part = Object.fromEntries(osloParts.formatToParts(date).map(({ type, value: text }) => [type, text]));
  const local = `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}
