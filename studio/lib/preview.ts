/** Small formatters for Studio previews: dates shown as editors read them, in Oslo time. */
const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

/** "22. jan. 2025" from an ISO date or date-time; undefined when there is none. */
export function formatDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : dateFormat.format(date);
}

const weekdayDayMonth = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'Europe/Oslo',
});
const hourMinute = new Intl.DateTimeFormat('nb-NO', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Oslo',
});

/**
 * "tor. 23. jan. 09:00" from an ISO date-time; undefined when there is none. With the day, two sessions at 09:00 on
 * the two days of a conference tell themselves apart. The time is written as in Sanity's own date-time field.
 */
export function formatDayAndTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${weekdayDayMonth.format(date)} ${hourMinute.format(date)}`;
}

/** "1 fil", "2 filer": a count with the noun in the right number; undefined for none. */
export function countOf(count: number, singular: string, plural: string): string | undefined {
  return count > 0 ? `${count} ${count === 1 ? singular : plural}` : undefined;
}

/** Joins the non-empty parts of a subtitle with a middle dot. */
export function subtitle(...parts: unknown[]): string | undefined {
  const text = parts.filter((part) => typeof part === 'string' && part.trim()).join(' · ');
  return text || undefined;
}
