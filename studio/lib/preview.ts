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

/** Joins the non-empty parts of a subtitle with a middle dot. */
export function subtitle(...parts: unknown[]): string | undefined {
  const text = parts.filter((part) => typeof part === 'string' && part.trim()).join(' · ');
  return text || undefined;
}
