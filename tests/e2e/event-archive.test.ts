// /arrangementer's older years, folded in <details>, in headless Chromium: opened from the keyboard, and all of them
// on paper, where nothing can be opened, with the «Avholdt» tags still readable.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';

const setup = useBrowserAndSite();

describe('the folded years on /arrangementer', { timeout: 60_000 }, () => {
  it('open with the keyboard: Tab reaches the control, Enter shows the year’s events', async () => {
    const page = await setup.browser.newPage();
    try {
      await page.goto(`${setup.site.origin}/arrangementer`);
      const folded = page.locator('.archive-year__folded').first();
      const firstCard = folded.locator('.card a').first();
      expect(await firstCard.isVisible()).toBe(false);
      const summary = folded.locator('summary');
      // Tab until the first folded year's control has focus.
      for (let step = 0; step < 60; step++) {
        await page.keyboard.press('Tab');
        if (await summary.evaluate((element) => element === document.activeElement)) break;
      }
      expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await firstCard.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await firstCard.evaluate((element) => element === document.activeElement)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('all print with their events and without the controls, the cards still marked as held', async () => {
    const page = await setup.browser.newPage();
    try {
      await page.goto(`${setup.site.origin}/arrangementer`);
      await page.emulateMedia({ media: 'print' });
      const folded = page.locator('.archive-year__folded');
      expect(await folded.count()).toBeGreaterThan(0);
      for (const details of await folded.all()) {
        expect(await details.locator('summary').isVisible()).toBe(false);
        for (const card of await details.locator('.card').all()) expect(await card.isVisible()).toBe(true);
      }
      expect(await page.locator('.archive-year h3').last().isVisible()).toBe(true);
      // Paper leaves backgrounds out: the «Avholdt» tag prints as dark text, not white text on nothing.
      const tagColor = await page
        .locator('.tag--past')
        .first()
        .evaluate((tag) => getComputedStyle(tag).color);
      expect(tagColor).not.toBe('rgb(255, 255, 255)');
    } finally {
      await page.close();
    }
  });
});
