import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { wordList, wordListFile } from '../../src/integrations/search-words';
import { builtSite, distFile } from '../support/dist';

// What `npm run build` leaves in <site>/pagefind/, read back: every page that asks to be searchable is in the index
// as itself, and every PDF record leads to a place on a page that exists.

interface Fragment {
  url: string;
  meta: Record<string, string>;
  content: string;
}

/** Pagefind's fragments are gzipped JSON behind a short signature. */
function readFragments(site: string): Fragment[] {
  const dir = join(site, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

/** Site paths (`/historier/x/`) of the built pages that carry data-pagefind-body. */
function searchablePages(site: string): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(site, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    if (!readFileSync(file, 'utf8').includes('data-pagefind-body')) continue;
    const path = relative(site, file).split(sep).join('/');
    pages.push(`/${path.replace(/(^|\/)index\.html$/, '$1')}`);
  }
  return pages;
}

describe('the search index', () => {
  const fragments = readFragments(builtSite);
  const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
  const pages = searchablePages(builtSite);

  it('holds every page that carries data-pagefind-body, as the page itself', () => {
    expect(pages.length).toBeGreaterThan(10);
    const missing = pages.filter((path) => !byUrl.has(path));
    expect(missing).toEqual([]);
    // A PDF record given a page's bare URL would have replaced the page: its own words would not be found.
    const replaced = pages.filter((path) => byUrl.get(path)?.meta.file);
    expect(replaced).toEqual([]);
  });

  it('finds them where the index step looks: no searchable page lies deeper than two folders', () => {
    // scripts/build-search-index.ts hands Pagefind the pages at most two folders down (indexedPages).
    expect(pages.filter((path) => path.split('/').length > 4)).toEqual([]);
  });

  it('leads every PDF record to an anchor that exists on its page', () => {
    const records = fragments.filter((fragment) => fragment.meta.file);
    expect(records.length).toBeGreaterThanOrEqual(3);
    for (const record of records) {
      const [path, anchor] = record.url.split('#');
      expect(anchor, record.url).toBeTruthy();
      const $ = load(readFileSync(distFile(path), 'utf8'));
      expect($(`[id="${anchor}"]`).length, record.url).toBe(1);
      expect(existsSync(join(builtSite, record.meta.file)), record.meta.file).toBe(true);
    }
  });

  it("leaves out the words every story repeats, and keeps each story's own tags", () => {
    const stories = fragments.filter((fragment) => /^\/historier\/[^/]+\/$/.test(fragment.url));
    expect(stories.length).toBeGreaterThan(5);
    for (const story of stories)
      for (const boilerplate of ['Flere historier fra', 'Flere historier om', 'Prosjektperiode:', 'Stikkord:'])
        expect(story.content, `${story.url}: «${boilerplate}»`).not.toContain(boilerplate);
    let tagged = 0;
    for (const story of stories) {
      const $ = load(readFileSync(distFile(story.url), 'utf8'));
      const tags = $('.story__tags .story__tag')
        .map((_, tag) => $(tag).text().trim())
        .get();
      if (tags.length > 0) tagged += 1;
      for (const tag of tags) expect(story.content, `${story.url}: tag «${tag}»`).toContain(tag);
    }
    expect(tagged).toBeGreaterThan(0);
  });

  it('writes the words of the index beside it, for spelling suggestions, without e-mail addresses', () => {
    const words = JSON.parse(readFileSync(wordListFile(join(builtSite, 'pagefind')), 'utf8')) as string[];
    expect(words).toEqual(wordList(fragments.map((fragment) => fragment.content)));
    expect(words.length).toBeGreaterThan(500);
    // The contact list's addresses are on the page, not in the index: «saebo» would hide «sæbø». (An address an
    // editor writes in running text stays: it is part of the text.)
    const $ = load(readFileSync(distFile('/kontakt/'), 'utf8'));
    const addresses = $('.contacts a[href^="mailto:"]')
      .map((_, link) => $(link).attr('href')!.slice('mailto:'.length))
      .get();
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses)
      for (const fragment of fragments) expect(fragment.content, fragment.url).not.toContain(address);
  });

  it('counts what it holds, and the build removed the records it was handed', () => {
    const entry = JSON.parse(readFileSync(join(builtSite, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.nb.page_count).toBe(fragments.length);
    expect(existsSync(join(builtSite, 'pagefind', 'records.json'))).toBe(false);
  });
});
