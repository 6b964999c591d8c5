// Prints what a first search downloads on a built site: every file, raw and over the wire (gzip for text).
// Usage: npm run measure:search -- [--dist dist] [query …]      (default query: "utstyr")
// Used for the figures in docs/search.md; point --dist at another build (e.g. the 10,000-story benchmark) to compare.
import { launchChromium } from './lib/chromium.ts';
import { kB, measureFirstSearch, sum } from './lib/search-weight.ts';

const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const root = distFlag >= 0 ? args.splice(distFlag, 2)[1] : 'dist';
const queries = args.length > 0 ? args : ['utstyr'];

const browser = await launchChromium();
try {
  for (const query of queries) {
    const weight = await measureFirstSearch(browser, root, query);
    console.log(`\nFirst search for «${query}» on ${root}: ${weight.resultCount}`);
    for (const entry of [...weight.pagefind, ...weight.script]) {
      console.log(`  ${entry.path.padEnd(64)} ${kB(entry.bytes).padStart(10)} ${kB(entry.wireBytes).padStart(10)}`);
    }
    const search = [...weight.pagefind, ...weight.script];
    console.log(
      `  ${'Search total (Pagefind + page script)'.padEnd(64)} ${kB(sum(search, 'bytes')).padStart(10)} ${kB(sum(search)).padStart(10)}`,
    );
    console.log(
      `  ${'Page, styles and thumbnails (not search-specific)'.padEnd(64)} ${kB(sum(weight.other, 'bytes')).padStart(10)} ${kB(sum(weight.other)).padStart(10)}`,
    );
  }
} finally {
  await browser.close();
}
