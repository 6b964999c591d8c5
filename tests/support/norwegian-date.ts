// Dates as a Norwegian reader writes them, worked out here from the dataset's values without the site's own
// formatting code (src/lib/format.ts), so a site test compares the page with something it did not produce.
const months = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const weekdays = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** The calendar day in Oslo of an instant, as YYYY-MM-DD; a plain date is its own day. */
export function osloDayOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(value));
}

/** "15. januar 2027" */
export function norwegianDate(value: string): string {
  const [year, month, day] = osloDayOf(value).split('-').map(Number);
  return `${day}. ${months[month - 1]} ${year}`;
}

/** "onsdag 14. juni 2023" */
export function norwegianDateWithWeekday(value: string): string {
  const [year, month, day] = osloDayOf(value).split('-').map(Number);
  return `${weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${norwegianDate(value)}`;
}

const shortMonths = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

/** "16. feb. 2027", "14. juni 2023": the short form of the Studio's lists */
export function shortNorwegianDate(value: string): string {
  const [year, month, day] = osloDayOf(value).split('-').map(Number);
  return `${day}. ${shortMonths[month - 1]} ${year}`;
}
