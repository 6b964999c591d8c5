import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex, type CustomRecord } from 'pagefind';
import { writeWordList } from './word-list.ts';

// The search index is made after `astro build` has exited, in a process of its own (scripts/build-search-index.ts,
// the second half of `npm run build`). Pagefind needs about 2 GB for 10,000 pages while it writes the index; made
// inside Astro's build:done hook, that came on top of the 1.1 GB Astro still held (docs/benchmark.md). What only
// the build knows, the text of attached PDFs and where each is offered, the search-records integration leaves in
// `recordsFile` for this step. This module imports nothing of the site but the word list (which imports only the
// search contract, which imports nothing), so Node runs it as it is.

/** Where the search-records integration leaves the PDF records for the index step, inside the folder the index is written to. */
export const recordsFile = (site: string) => join(site, 'pagefind', 'records.json');

/**
 * The pages handed to Pagefind: the front page and everything one or two folders down. Every page that carries
 * `data-pagefind-body` lives there (a test checks the built site); deeper are only the paginated story listings
 * (`historier/side/2/`, `historier/sted/bergen/side/2/` …), 1,256 of them at 10,000 stories, which Pagefind would
 * read in full only to leave them out.
 */
const indexedPages = '{index.html,*/index.html,*/*/index.html}';

/** Pagefind's ready-made interfaces, written with every index; /sok is built on the JS API and never loads them. */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexReport {
  /** Entries in the index: the searchable pages and the PDF records. */
  entries: number;
  /** HTML files Pagefind read, the few without data-pagefind-body included. */
  pages: number;
  records: number;
  files: number;
  bytes: number;
  ms: number;
}

/**
 * Indexes the built site in `site` with the Pagefind Node API and writes the index to `<site>/pagefind/`: the pages
 * (their `data-pagefind-body`; the language, and so Norwegian stemming, from `<html lang="nb">`) and the PDF records
 * the build left behind. Every error Pagefind reports is thrown; the service is closed in any case.
 */
export async function buildSearchIndex(site: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const bundleDir = join(site, 'pagefind');
  let records: CustomRecord[];
  try {
    records = JSON.parse(await readFile(recordsFile(site), 'utf8')) as CustomRecord[];
  } catch (error) {
    throw new Error(
      `${recordsFile(site)} is missing or unreadable (${(error as Error).message}); build the site with \`astro build\` first`,
    );
  }
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: indexedPages });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body missing?');
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0)
        throw new Error(`Pagefind refused the record for ${record.url}: ${result.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    // Only now: a failed step can be run again without building the site again.
    await rm(recordsFile(site));
    await Promise.all(unusedBundleFiles.map((file) => rm(join(bundleDir, file), { force: true })));
    await writeWordList(bundleDir);
    const size = await directorySize(bundleDir);
    const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return {
      entries: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
      pages: added.page_count,
      records: records.length,
      ...size,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    await close();
  }
}

async function directorySize(path: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
