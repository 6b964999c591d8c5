/**
 * The calendar day in Oslo, shared by the site (src/lib/format.ts) and the Studio's rules, so both agree on which
 * day a time falls on. Dependency-free.
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
