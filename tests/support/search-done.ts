import type { Page } from 'playwright-core';
import { readState, writeState } from '../../src/scripts/search/search-state';

/**
 * Waits until /sok shows the search its URL describes: the page writes the finished search's state into
 * `data-search-done` (src/scripts/search/search-page.ts), and clears it while a search runs. A search made while
 * typing has its count told to screen readers once the typing pauses (`data-unsaid` on the live region until then):
 * waited for too.
 */
export async function searched(page: Page): Promise<void> {
  const expected = writeState(readState(new URL(page.url()).search));
  await page.waitForFunction(
    (state) =>
      document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone === state &&
      !document.querySelector('[data-announcer]')?.hasAttribute('data-unsaid'),
    expected,
  );
}

/** Clicks «Vis flere treff» and waits until its results are all drawn: they come in batches, the list busy meanwhile. */
export async function showMore(page: Page): Promise<void> {
  const before = await page.locator('[data-results] > li').count();
  await page.click('[data-more]');
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('[data-results] > li').length > count &&
      !document.querySelector('[data-results]')?.hasAttribute('aria-busy'),
    before,
  );
}
