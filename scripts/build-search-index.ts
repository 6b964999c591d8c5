// The second half of `npm run build`: makes the Pagefind search index over the site `astro build` wrote, in a
// process of its own once Astro has exited (src/lib/search/run-pagefind.ts says why).
//
// Usage: node scripts/build-search-index.ts [--site dist]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/lib/search/run-pagefind.ts';

const time = () => new Date().toTimeString().slice(0, 8);
let siteArgument: string;
try {
  siteArgument = parseArgs({ options: { site: { type: 'string', default: 'dist' } } }).values.site;
} catch (error) {
  console.error(`${time()} [search-index] ${(error as Error).message}`);
  console.error(`usage: node scripts/build-search-index.ts [--site <the folder astro build wrote>]`);
  process.exit(2);
}
const site = resolve(siteArgument);

try {
  const report = await buildSearchIndex(site);
  console.log(
    `${time()} [search-index] Indexed ${report.entries} entries (${report.pages} pages read, ${report.records} PDF ` +
      `records) in ${report.ms} ms; index ${report.files} files, ${Math.round(report.bytes / 1024)} kB`,
  );
} catch (error) {
  console.error(`${time()} [search-index] ${(error as Error).message}`);
  process.exitCode = 1;
}
