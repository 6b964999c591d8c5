// The sitemap submits exactly the pages search engines may index, each dated by its documents: Google Search Console reports a submitted page that
// says `noindex` as an error («Submitted URL marked 'noindex'»), and a page missing from it is found later.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/lib/content-guard/manifest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { builtSite, page, sitemapPaths } from '../support/dist';

const noindex = (path: string) => /\bnoindex\b/.test(page(path)('meta[name="robots"]').attr('content') ?? '');

describe('the sitemap', () => {
  it('lists no page that says noindex, and every page that does not', () => {
    const listed = sitemapPaths();
    expect(listed.filter(noindex)).toEqual([]);
    expect(noindex('/sok/')).toBe(true);
    const indexable = builtPages(builtSite).filter((path) => !noindex(path));
    expect(indexable.length).toBeGreaterThan(10);
    expect([...listed].sort()).toEqual(indexable);
  });
});

describe("the sitemap's lastmod", () => {
  // Google schedules recrawls by lastmod when it is accurate: a changed story or a cancelled event is seen sooner.
  it("dates each document's page by when the document last changed", async () => {
    const data = await createBundledSource(bundledDatasetPath, 'published');
    const pillar = await data.fetch<{ slug: string; _updatedAt: string }>(
      '*[_type == "pillar"][0]{ "slug": slug.current, _updatedAt }',
    );
    const lastmod = sitemapLastmod();
    expect(Date.parse(lastmod.get(`/${pillar.slug}/`)!)).toBe(Date.parse(pillar._updatedAt));
    // Every listed page with a document of its own has one.
    expect([...lastmod.values()].filter(Boolean).length).toBeGreaterThan(lastmod.size / 2);
  });
});

/** Each <url>'s path and lastmod in the built sitemap. */
function sitemapLastmod(): Map<string, string | undefined> {
  const xml = readFileSync(join(builtSite, 'sitemap-0.xml'), 'utf8');
  return new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => [
      new URL(match[1]!).pathname,
      match[2],
    ]),
  );
}
