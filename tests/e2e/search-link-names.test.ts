// /sok's results as a screen reader user moves through them by link and by heading: no two links share a name but go
// to different places, and no two results share a heading. The results are drawn by script, so the static check of
// every built page (tests/build/a11y-static.test.ts) never sees them; the same check runs here over the rendered page,
// with every result shown. Headless Chromium against the built site (dist/, or SITE_DIST), like search.test.ts.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';
import { linkProblems } from '../support/html-checks';
import { closeContextsAndCheckErrors } from '../support/page-errors';
import { searched, showMore } from '../support/search-done';

const setup = useBrowserAndSite();
const { contexts, pageErrors } = closeContextsAndCheckErrors();

/** Searches that list recurring events (the same workshop each year) and the sections of every conference year. */
const queries = ['samarbeid', 'konferanse'];

describe('the names of the links and headings in /sok results', { timeout: 60_000 }, () => {
  it.each(queries)(
    'are told apart for «%s»: each link name goes to one place, each heading is one result',
    async (query) => {
      const context = await setup.browser.newContext({ viewport: { width: 1280, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      await page.goto(`${setup.site.origin}/sok?q=${encodeURIComponent(query)}`);
      await searched(page);
      while (await page.locator('[data-more]').isVisible()) await showMore(page);
      expect(await page.locator('[data-results] > li').count(), 'results to check').toBeGreaterThan(10);

      const $ = load(await page.content());
      expect(linkProblems($)).toEqual([]);
      const headings = $('[data-results] .search-result__title')
        .toArray()
        .map((heading) => $(heading).text().replace(/\s+/g, ' ').trim());
      const repeated = headings.filter((heading, index) => headings.indexOf(heading) !== index);
      expect(repeated).toEqual([]);
    },
  );
});
