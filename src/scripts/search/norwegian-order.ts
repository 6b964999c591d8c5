// Alphabetical order as Norwegian has it (… x, y, z, æ, ø, å; «aa» as «å»; «é» as «e»), for the filter values on
// /sok. Not `localeCompare(…, 'nb')`: a page's first collator loads the browser's locale data, 50–400 ms of main
// thread on Lighthouse's slow phone, all of it in the task that draws the filters (docs/performance.md).
// tests/unit/norwegian-order.test.ts holds it to the browser's own Norwegian order.

/** The letters as ordered: æ, ø and å after z (the code points after «z»), accents dropped, case ignored. */
function letters(value: string): string {
  return value
    .toLowerCase()
    .replace(/aa/g, 'å')
    .replace(/æ/g, '{')
    .replace(/ø/g, '|')
    .replace(/å/g, '}')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A comparator for `sort`: by the letters, then a plain letter before an accented one, then lower case first. */
export function norwegianOrder(a: string, b: string): number {
  return (
    byCodeUnits(letters(a), letters(b)) ||
    byCodeUnits(a.toLowerCase().normalize('NFD'), b.toLowerCase().normalize('NFD')) ||
    byCodeUnits(b, a)
  );
}
