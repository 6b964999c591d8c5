// The date under a search result, «22. januar 2025», from the day the index holds for it («2025-01-22», its day in
// Oslo, written at build time by SearchMeta and the PDF records). Spelled out here instead of by src/lib/format.ts:
// its Intl formatters are made when the module loads, and a page's first Intl formatter loads the browser's locale
// data, 100–200 ms of main thread on Lighthouse's slow phone, the longest task of /sok (docs/performance.md). The
// words are format.ts's own: tests/unit/result-date.test.ts compares the two for every day of two decades.

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

/** «22. januar 2025» for «2025-01-22»; a value that is not such a day is shown as it is. */
export function resultDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return day;
  return `${Number(match[3])}. ${month} ${match[1]}`;
}
