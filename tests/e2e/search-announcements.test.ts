// What a screen reader says from /sok's live region (role="status"): every change to its text is read out. Typing
// a word slowly, as with key echo on, gives one count, not one per pause, while the visible count follows each
// search at once; Enter says it again; the order, when newest first, is part of it. Headless Chromium against the built site (dist/, or SITE_DIST), like search.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';
import { closeContextsAndCheckErrors } from '../support/page-errors';
import { searched } from '../support/search-done';

const setup = useBrowserAndSite();
const { contexts, pageErrors } = closeContextsAndCheckErrors();

/** Opens /sok with every text the live region is given recorded in `window.said`, as a screen reader hears them. */
async function openRecording(): Promise<Page> {
  const context = await setup.browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  await context.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    document.addEventListener('DOMContentLoaded', () => {
      const live = document.querySelector('[role="status"]')!;
      new MutationObserver(() => {
        if (live.textContent) said.push(live.textContent);
      }).observe(live, { childList: true, characterData: true, subtree: true });
      // Each count the status line shows, and whether it was already said when it appeared.
      const shown: { text: string; said: boolean }[] = [];
      (window as unknown as { shown: typeof shown }).shown = shown;
      const status = document.querySelector('[data-status]')!;
      new MutationObserver(() => {
        if (status.textContent)
          shown.push({
            text: status.textContent,
            said: !live.hasAttribute('data-unsaid') && live.textContent === status.textContent,
          });
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(`${setup.site.origin}/sok`);
  await searched(page);
  return page;
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

describe('what /sok tells screen readers', { timeout: 60_000 }, () => {
  it('says the count once after slow typing, not once per letter, and again on Enter', async () => {
    const page = await openRecording();
    await page.focus('#search-q');
    // 400 ms a letter: each pause is longer than the 250 ms after which results are drawn.
    await page.keyboard.type('utstyr', { delay: 400 });
    await page.waitForURL(/q=utstyr$/);
    await searched(page);
    const count = await page.textContent('[data-status]');
    expect(count).toMatch(/^\d+ treff for «utstyr»\.$/);
    expect(await said(page)).toEqual([count]);

    await page.keyboard.press('Enter');
    await expect.poll(() => said(page)).toEqual([count, count]);
  });

  it('shows the count of each search at once while the visitor types, before it is said', async () => {
    const page = await openRecording();
    await page.focus('#search-q');
    await page.keyboard.type('utstyr', { delay: 400 });
    await page.waitForURL(/q=utstyr$/);
    await searched(page);
    const shown = await page.evaluate(() => (window as unknown as { shown: { text: string; said: boolean }[] }).shown);
    const count = await page.textContent('[data-status]');
    // One count per pause on screen, each before it was said; of them, only the last is said.
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.at(-1)).toEqual({ text: count, said: false });
    expect(await said(page)).toEqual([count]);
  });

  it('says the order when the visitor chooses «Nyeste først»', async () => {
    const page = await openRecording();
    await page.fill('#search-q', 'utstyr');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=utstyr$/);
    await searched(page);
    const count = await page.textContent('[data-status]');
    await page.getByRole('combobox', { name: 'Sorter' }).selectOption('nyeste');
    await page.waitForURL(/sorter=nyeste/);
    await searched(page);
    expect(await page.textContent('[data-status]')).toBe(count!.replace(/\.$/, ', nyeste først.'));
  });
});
