// Norwegian lists, on their own so that /sok's script can use them without format.ts: a page's first Intl object
// loads the browser's locale data (100–200 ms of main thread on a slow phone, docs/performance.md), and format.ts
// makes its date formatters as it loads. This one is made on first use, when a message lists two or more words.

let conjunction: Intl.ListFormat | undefined;

/** "a, b og c" and "a og b": Norwegian puts no comma before «og». */
export function formatList(items: readonly string[]): string {
  conjunction ??= new Intl.ListFormat('nb-NO', { type: 'conjunction' });
  return conjunction.format(items);
}
