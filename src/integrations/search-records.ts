import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { CustomRecord } from 'pagefind';
import { createContentSource } from '../lib/sanity/content-source';
import { sourceConfigFromEnv } from '../lib/sanity/config';
import { searchMaterialQuery } from '../lib/sanity/queries';
import type { SearchMaterialQueryResult } from '../lib/sanity/sanity.types';
import { pageSearchAttributes, readBuiltPage } from '../lib/search/built-page';
import { materialRecord, materialTargets, offersByFile, type MaterialOffer } from '../lib/search/material-records';
import { readPdf, type PdfContent } from '../lib/search/pdf-text';
import { recordsFile } from '../lib/search/run-pagefind';

/**
 * The search's part of the Astro build: the records Pagefind gets besides the pages. Pages mark what is indexed with
 * `data-pagefind-body`; what the pages cannot say, the text of attached PDFs, is extracted here in `astro:build:done`
 * (the content and the built pages are at hand) and left as Pagefind custom records in `recordsFile`. Pagefind
 * itself runs after Astro has exited, in scripts/build-search-index.ts, the second half of `npm run build`
 * (src/lib/search/run-pagefind.ts says why).
 */
export function searchRecords(): AstroIntegration {
  return {
    name: 'for-alle:search-records',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { records, extractionMs } = await materialRecords(outDir, logger);
        await mkdir(dirname(recordsFile(outDir)), { recursive: true });
        await writeFile(recordsFile(outDir), JSON.stringify(records));
        logger.info(
          `${records.length} PDF records for the search index (text extracted in ${extractionMs} ms) in ` +
            `${Math.round(performance.now() - started)} ms; the index is made next (scripts/build-search-index.ts)`,
        );
      },
    },
  };
}

/**
 * One custom record per attached PDF, naming every page that offers it. A file that cannot be read or has no text
 * (a scan) is reported and left out, so one bad upload never stops a deploy.
 */
async function materialRecords(outDir: string, logger: AstroIntegrationLogger) {
  const source = await createContentSource(sourceConfigFromEnv());
  const targets = materialTargets(await source.fetch<SearchMaterialQueryResult>(searchMaterialQuery));
  let extractionMs = 0;
  const readText = async (fileUrl: string): Promise<PdfContent | null> => {
    const started = performance.now();
    try {
      return await readPdf(new Uint8Array(await source.readAsset(fileUrl)));
    } catch (error) {
      logger.warn(`Could not read the text of ${fileUrl}: ${(error as Error).message}`);
      return null;
    } finally {
      extractionMs += performance.now() - started;
    }
  };

  const offers: MaterialOffer[] = [];
  for (const target of targets) {
    const html = await readBuiltPage(outDir, target.pagePath);
    if (!html) {
      logger.warn(
        `${target.downloadPath} is attached to ${target.pagePath}, which this build has no page for; not indexed`,
      );
      continue;
    }
    offers.push({ target, page: pageSearchAttributes(html) });
  }

  const records: CustomRecord[] = [];
  for (const group of offersByFile(offers)) {
    const { target } = group[0];
    // Read once per file, however many pages offer it.
    const pdf = await readText(target.fileUrl);
    if (!pdf) continue;
    if (!pdf.text.trim()) {
      logger.warn(`${target.downloadPath} on ${target.pagePath} has no text to index (a scanned PDF?)`);
      continue;
    }
    records.push(materialRecord(group, pdf));
  }
  return { records, extractionMs: Math.round(extractionMs) };
}
