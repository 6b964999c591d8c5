import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { createContentSource } from '../lib/sanity/content-source';
import { sourceConfigFromEnv } from '../lib/sanity/config';
import { searchMaterialQuery } from '../lib/sanity/queries';
import type { SearchMaterialQueryResult } from '../lib/sanity/sanity.types';
import {
  materialRecord,
  materialTargets,
  pageSearchAttributes,
  readBuiltPage,
  readPdf,
  type PdfContent,
} from './search-material';

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

/**
 * Builds the Pagefind search index over the finished static site, after Starlight's integration: the Node API in
 * `astro:build:done`, every error checked, the service closed in `finally`. Pages mark what is indexed with
 * `data-pagefind-body`; the language comes from `<html lang="nb">`, which gives Norwegian stemming. The text of
 * attached PDFs is added as custom records pointing at the session or page that carries each file.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'for-alle:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundleDir = join(outDir, 'pagefind');
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error('Pagefind found no pages to index: is data-pagefind-body missing?');
          const material = await indexMaterial(index, outDir, logger);
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          await Promise.all(unusedBundleFiles.map((file) => rm(join(bundleDir, file), { force: true })));
          const size = await directorySize(bundleDir);
          logger.info(
            `Indexed ${added.page_count} pages and ${material.records} PDF records (text extracted in ${material.extractionMs} ms) ` +
              `in ${Math.round(performance.now() - started)} ms; index ${size.files} files, ${Math.round(size.bytes / 1024)} kB`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}

/**
 * Adds one custom record per attached PDF. A file that cannot be read or has no text (a scan) is reported and left
 * out, so one bad upload never stops a deploy; a record Pagefind refuses is an error.
 */
async function indexMaterial(index: PagefindIndex, outDir: string, logger: AstroIntegrationLogger) {
  const source = await createContentSource(sourceConfigFromEnv());
  const targets = materialTargets(await source.fetch<SearchMaterialQueryResult>(searchMaterialQuery));
  const pdfs = new Map<string, Promise<PdfContent | null>>();
  let extractionMs = 0;
  const pdfOf = (fileUrl: string) => {
    let pdf = pdfs.get(fileUrl);
    if (!pdf) {
      pdf = (async () => {
        const started = performance.now();
        try {
          return await readPdf(new Uint8Array(await source.readAsset(fileUrl)));
        } catch (error) {
          logger.warn(`Could not read the text of ${fileUrl}: ${(error as Error).message}`);
          return null;
        } finally {
          extractionMs += performance.now() - started;
        }
      })();
      pdfs.set(fileUrl, pdf);
    }
    return pdf;
  };

  let records = 0;
  for (const target of targets) {
    const html = await readBuiltPage(outDir, target.pagePath);
    if (!html) {
      logger.warn(
        `${target.downloadPath} is attached to ${target.pagePath}, which this build has no page for; not indexed`,
      );
      continue;
    }
    const pdf = await pdfOf(target.fileUrl);
    if (!pdf) continue;
    if (!pdf.text.trim()) {
      logger.warn(`${target.downloadPath} on ${target.pagePath} has no text to index (a scanned PDF?)`);
      continue;
    }
    const added = await index.addCustomRecord(materialRecord(target, pdf, pageSearchAttributes(html)));
    if (added.errors.length > 0)
      throw new Error(`Pagefind refused the record for ${target.downloadPath}: ${added.errors.join('; ')}`);
    records += 1;
  }
  return { records, extractionMs: Math.round(extractionMs) };
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
