// An editor's page cannot take an address one of the site's own routes uses (the Studio refuses it, the content
// guard stops the build). The list is kept by hand in shared/document-path.ts, so it is compared with src/pages.
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { reservedPaths } from '@for-alle/shared/document-path';
import { publishablePages } from '../../src/lib/routes';

/**
 * The first address segment of each route in src/pages: `konferanse/` → konferanse, `rss.xml.ts` → rss.xml. Once
 * each: a page and a folder may share one (aktivitetsstotte.astro and aktivitetsstotte/, its deadlines' calendar files).
 */
const routeSegments = [
  ...new Set(
    readdirSync('src/pages', { withFileTypes: true })
      .map((entry) => (entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|mdx|md|ts)$/, '')))
      .filter((segment) => segment !== 'index' && !segment.startsWith('[')),
  ),
];

describe('reservedPaths', () => {
  test('holds the first segment of every route the site builds', () => {
    expect(routeSegments.length).toBeGreaterThan(10);
    for (const segment of routeSegments) expect(reservedPaths, segment).toContain(segment);
  });

  test('holds nothing but those routes and the search index folder', () => {
    expect([...reservedPaths].sort()).toEqual([...routeSegments, 'pagefind'].sort());
  });
});

describe('publishablePages', () => {
  test('keeps the pages with a slug of their own, and drops one without a slug or with a route’s', () => {
    const pages = [{ slug: 'om' }, { slug: null }, { slug: '' }, { slug: [...reservedPaths][0] }, { slug: 'kontakt' }];
    expect(publishablePages(pages).map((page) => page.slug)).toEqual(['om', 'kontakt']);
  });
});
