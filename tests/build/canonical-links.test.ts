// Every address the built site gives for one of its own pages is that page's canonical address, slash and all:
// links, forms, breadcrumbs' and events' JSON-LD, the RSS feed, the sitemap, the calendar files and Pagefind's
// results. Each page is built as <path>/index.html and Cloudflare Pages serves it at <path>/ only, answering <path>
// with a redirect: one round trip more per click. The link test cannot see this, since its server (like
// scripts/lib/static-server.ts) answers both forms.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../support/dist';

/** Every built file of a kind, by its site path (`/historier/index.html`), leaving out Pagefind's own files. */
function builtFiles(extension: string): string[] {
  return readdirSync(builtSite, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => `/${relative(builtSite, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .filter((path) => !path.startsWith('/pagefind/'));
}

const canonicalOf = new Map<string, string | undefined>();
/** The canonical path a built page declares, or undefined when there is no page at that address. */
function canonicalPathOf(pagePath: string): string | undefined {
  if (!canonicalOf.has(pagePath)) {
    const file = join(builtSite, pagePath, 'index.html');
    const canonical = existsSync(file) ? load(readFileSync(file, 'utf8'))('link[rel="canonical"]').attr('href') : null;
    canonicalOf.set(pagePath, canonical ? new URL(canonical).pathname : undefined);
  }
  return canonicalOf.get(pagePath);
}

let origin: string;
beforeAll(() => {
  origin = new URL(load(readFileSync(join(builtSite, 'index.html'), 'utf8'))('link[rel="canonical"]').attr('href')!)
    .origin;
});

/**
 * What is wrong with an address on this site, or null when it is right: a file that is there, or a page's canonical
 * address. Other sites' addresses, mailto: and tel: are not this test's business (null).
 */
function problemWith(address: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(address) && !address.startsWith(`${origin}/`)) return null;
  if (address.startsWith('//') || /^[#?]/.test(address)) return null;
  const url = new URL(address, origin);
  const path = decodeURIComponent(url.pathname);
  if (/\.[a-z0-9]+$/i.test(path)) return existsSync(join(builtSite, path)) ? null : 'no such file';
  const canonical = canonicalPathOf(path.endsWith('/') ? path : `${path}/`);
  if (!canonical) return 'no such page';
  return canonical === path ? null : `the page's address is ${canonical}`;
}

/** `address (in file): problem` for each wrong address, so a failure names what to fix and where. */
function problems(found: { address: string; file: string }[]): string[] {
  return found.flatMap(({ address, file }) => {
    const problem = problemWith(address);
    return problem ? [`${address} (i ${file}): ${problem}`] : [];
  });
}

/** Every string in a JSON-LD block that is an address on this site (`url`, `item`, `@id`, …). */
function jsonLdAddresses(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(`${origin}/`) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonLdAddresses);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonLdAddresses);
  return [];
}

describe('addresses of the site’s own pages', () => {
  it('are canonical in every link, form and JSON-LD block of every page', () => {
    const found: { address: string; file: string }[] = [];
    for (const file of builtFiles('.html')) {
      const $ = load(readFileSync(join(builtSite, file), 'utf8'));
      $('a[href], area[href], link[href]').each((_, element) => {
        found.push({ address: $(element).attr('href')!, file });
      });
      $('form[action]').each((_, element) => {
        found.push({ address: $(element).attr('action')!, file });
      });
      $('script[type="application/ld+json"]').each((_, element) => {
        for (const address of jsonLdAddresses(JSON.parse($(element).text()))) found.push({ address, file });
      });
    }
    // The menu, cards, breadcrumbs and search forms are on every page: a few hundred addresses at the least.
    expect(found.filter(({ address }) => address.startsWith('/')).length).toBeGreaterThan(500);
    expect(problems(found)).toEqual([]);
  });

  it('are canonical in the RSS feed, the sitemap and the calendar files', () => {
    const found: { address: string; file: string }[] = [];
    for (const file of ['/rss.xml', ...builtFiles('.xml').filter((path) => path.startsWith('/sitemap-'))]) {
      const xml = readFileSync(join(builtSite, file), 'utf8');
      for (const [, address] of xml.matchAll(/<(?:link|guid|loc)[^>]*>([^<]+)</g)) found.push({ address, file });
    }
    const calendars = builtFiles('.ics');
    expect(calendars.length).toBeGreaterThan(0);
    for (const file of calendars) {
      // RFC 5545 folds long lines: a line break followed by one space continues the line before.
      const unfolded = readFileSync(join(builtSite, file), 'utf8').replace(/\r?\n[ \t]/g, '');
      for (const [, address] of unfolded.matchAll(/^URL(?:;[^:]*)?:(.+?)\r?$/gm)) found.push({ address, file });
    }
    expect(found.some(({ file }) => file.endsWith('.ics'))).toBe(true);
    expect(problems(found)).toEqual([]);
  });

  it('are canonical in Pagefind’s results, their sections and the other places a file is offered', () => {
    const dir = join(builtSite, 'pagefind', 'fragment');
    const found: { address: string; file: string }[] = [];
    for (const name of readdirSync(dir)) {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        meta: Record<string, string>;
      };
      const file = `/pagefind/fragment/${name}`;
      found.push({ address: fragment.url, file });
      for (const also of JSON.parse(fragment.meta.also ?? '[]') as { url: string }[]) {
        found.push({ address: also.url, file });
      }
    }
    expect(found.length).toBeGreaterThan(0);
    expect(problems(found)).toEqual([]);
  });
});
