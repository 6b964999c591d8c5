// /arrangementer's older years, folded in <details>, in headless Chromium: opened from the keyboard, and all of them
// on paper, where nothing can be opened, with the «Avholdt» tags still readable. Their cards (titled h4 under a
// year's h3) recede behind those of the events to come: no white fill and smaller titles, still titles.
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

  it('shows past events quieter than the ones to come, their titles still tight under the tags and larger than the lines under them', async () => {
    for (const width of [360, 1280]) {
      const page = await setup.browser.newPage({ viewport: { width, height: 740 } });
      try {
        await page.goto(`${setup.site.origin}/arrangementer`);
        const cards = await page.locator('main .card').evaluateAll((cards) =>
          cards.map((card) => {
            const title = card.querySelector('h2, h3, h4')!;
            const line = card.querySelector('time') ?? card.querySelector('p:not(.card__meta)')!;
            return {
              past: card.closest('.archive-year') !== null,
              level: title.tagName,
              fill: getComputedStyle(card).backgroundColor,
              marginTop: getComputedStyle(title).marginTop,
              size: parseFloat(getComputedStyle(title).fontSize),
              lineSize: parseFloat(getComputedStyle(line).fontSize),
            };
          }),
        );
        const past = cards.filter((card) => card.past);
        const coming = cards.filter((card) => !card.past);
        expect(past.length).toBeGreaterThan(0);
        expect(coming.length).toBeGreaterThan(0);
        expect(new Set(past.map((card) => card.level))).toEqual(new Set(['H4']));
        for (const card of coming) expect(card.fill, `${width} px`).toBe('rgb(255, 255, 255)');
        for (const card of past) {
          expect(card.fill, `${width} px`).toBe('rgba(0, 0, 0, 0)');
          expect(card.size, `${width} px`).toBeLessThan(Math.min(...coming.map((other) => other.size)));
        }
        for (const card of cards) {
          expect(card.marginTop).toBe('0px');
          expect(card.size).toBeGreaterThan(card.lineSize);
        }
      } finally {
        await page.close();
      }
    }
  });
});
