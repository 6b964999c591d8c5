// The conference archive in headless Chromium against the built site: what a visitor sees on a phone and a laptop
// when looking for an earlier year's material. Editions and files are read from the bundled dataset.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { readState, writeState } from '../../src/scripts/search/search-state';
import { launchChromium } from '../support/chromium';
import { fixedNow } from '../support/dist';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { siteDir } from '../support/templates';

let browser: Browser;
let site: StaticServer;
let data: ContentSource;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, site, data] = await Promise.all([
    launchChromium(),
    startStaticServer(siteDir),
    createBundledSource(bundledDatasetPath, 'published'),
  ]);
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

/** The years of the editions that are over at the pinned build time. */
const pastYears = () =>
  data.fetch<number[]>(
    '*[_type == "conference" && defined(year) && count(days[end >= $now]) == 0] | order(year desc).year',
    {
      now: fixedNow,
    },
  );

describe('a past conference', { timeout: 60_000 }, () => {
  it("links to a search in that year's material that finds the year's page", async () => {
    const years = await pastYears();
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) {
      const page = await open(`/konferanse/${year}`);
      await page.getByRole('link', { name: `Søk i program og materiell fra ${year}` }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/sok'));
      const expected = writeState(readState(new URL(page.url()).search));
      await page.waitForFunction(
        (state) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone === state,
        expected,
      );
      const titles = await page
        .locator('[data-results] .search-result__title a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(titles, String(year)).toContain(`/konferanse/${year}/`);
      // Nothing from another year or of another kind.
      expect(
        titles.every((href) => href?.startsWith(`/konferanse/${year}/`)),
        titles.join(', '),
      ).toBe(true);
    }
  });
});
