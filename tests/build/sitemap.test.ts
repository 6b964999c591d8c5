// The sitemap submits exactly the pages search engines may index: Google Search Console reports a submitted page that
// says `noindex` as an error («Submitted URL marked 'noindex'»), and a page missing from it is found later.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/lib/content-guard/manifest';
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
