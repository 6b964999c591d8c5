// Measures what a visitor downloads for a first search: opens /sok?q=… in a fresh browser context (empty cache)
// against a built site and sums the files it fetched. Sizes come from the files on disk. "Over the wire" assumes
// the host gzips text (JS, CSS, HTML, JSON) as static hosts do; Pagefind's index chunks and WebAssembly are
// already gzip-compressed by Pagefind, so they count as they are.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startStaticServer } from './static-server.ts';

export interface Download {
  path: string;
  bytes: number;
  wireBytes: number;
}

export interface SearchWeight {
  query: string;
  resultCount: string;
  /** Everything under /pagefind/: the script, its entry file, metadata, WebAssembly, index, filter and fragment chunks. */
  pagefind: Download[];
  /** The search page's own script (the only JavaScript on the site). */
  script: Download[];
  /** The page itself, its stylesheets and result thumbnails, for completeness. */
  other: Download[];
}

const textTypes = new Set(['.js', '.mjs', '.css', '.html', '.json', '.svg', '.xml', '']);

async function download(root: string, path: string): Promise<Download | null> {
  const pathname = decodeURIComponent(path.split('?')[0]);
  const candidates = [join(root, pathname), join(root, pathname, 'index.html')];
  for (const file of candidates) {
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    const compressible = textTypes.has(extname(file).toLowerCase());
    return { path: pathname, bytes: bytes.length, wireBytes: compressible ? gzipSync(bytes).length : bytes.length };
  }
  return null;
}

export async function measureFirstSearch(browser: Browser, root: string, query: string): Promise<SearchWeight> {
  const server = await startStaticServer(root);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/sok?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /treff/i.test(document.querySelector('[data-status]')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const resultCount = (await page.textContent('[data-status]')) ?? '';
    const downloads = (await Promise.all([...new Set(server.requests)].map((path) => download(root, path)))).filter(
      (entry): entry is Download => entry !== null,
    );
    return {
      query,
      resultCount,
      pagefind: downloads.filter((entry) => entry.path.startsWith('/pagefind/')),
      script: downloads.filter((entry) => entry.path.startsWith('/_astro/') && entry.path.endsWith('.js')),
      other: downloads.filter(
        (entry) =>
          !entry.path.startsWith('/pagefind/') && !(entry.path.startsWith('/_astro/') && entry.path.endsWith('.js')),
      ),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

export const sum = (downloads: Download[], key: 'bytes' | 'wireBytes' = 'wireBytes') =>
  downloads.reduce((total, entry) => total + entry[key], 0);
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
