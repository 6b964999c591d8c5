import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { builtPages } from '../../src/lib/content-guard/manifest';

/** The "now" the test build is pinned to (BUILD_NOW), so upcoming and past are the same on every run. */
export const fixedNow = '2026-11-26T12:00:00Z';

/** The build the tests read: dist/ (built by global setup), or another one named by SITE_DIST. */
export const builtSite = process.env.SITE_DIST || 'dist';

/** The built file behind a site path in a directory-format build: `/a/b` → `dist/a/b/index.html`. */
export function distFile(path: string, distDir = builtSite): string {
  const clean = path.split('#')[0].split('?')[0];
  if (/\.[a-z0-9]+$/i.test(clean)) return join(distDir, clean);
  return join(distDir, clean, 'index.html');
}

export function hasPage(path: string, distDir = builtSite): boolean {
  return existsSync(distFile(path, distDir));
}

/**
 * The built page as a cheerio document, to assert on what a visitor would see: without the soft hyphens in the long
 * words of headings (hyphenateHeadings in src/lib/typography.ts), which are neither seen, unless the word breaks,
 * nor heard. tests/unit/typography.test.ts and tests/e2e/text-layout.test.ts test them.
 */
export function page(path: string, distDir = builtSite): CheerioAPI {
  return load(readFileSync(distFile(path, distDir), 'utf8').replaceAll('\u00ad', ''));
}

/** The visible text of an element, whitespace collapsed. */
export function text($: CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}

/**
 * Every page of the build, whether or not search engines may index it (/sok and invented content's pages say
 * `noindex` and are left out of the sitemap): `/`, `/historier/`, … (the 404 page left out).
 */
export function pagePaths(distDir = builtSite): string[] {
  return builtPages(distDir);
}

/** Every page path the built sitemap lists: the pages search engines may index. */
export function sitemapPaths(distDir = builtSite): string[] {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}
