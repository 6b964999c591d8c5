// The cards of the listings on a laptop, in headless Chromium against the built site: a row of cards fills the
// width, their titles read as headlines, their tags take one row and their dates line up; and a story's pull quote
// does not look like the «Eksempel» notice beside it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';

const setup = useBrowserAndSite();

async function open(path: string, width = 1280): Promise<Page> {
  const page = await setup.browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${setup.site.origin}${path}`);
  return page;
}

const listings = ['/', '/forskning/', '/arrangementer/', '/konferanse/', '/steder/stavanger/'];

describe('the card listings at 1280 px', { timeout: 60_000 }, () => {
  it('fill their first row to the right edge with three cards', async () => {
    for (const path of listings) {
      const page = await open(path);
      const rows = await page.locator('main ul.grid').evaluateAll((grids) =>
        // A folded year of past events shows no cards until opened.
        // The front page's two ways to apply stand in a column beside its introduction (tests/e2e/headings.test.ts).
        grids
          .filter((grid) => grid.checkVisibility() && !grid.closest('.home-top'))
          .map((grid) => {
            const items = [...grid.children].map((item) => item.getBoundingClientRect());
            const firstRow = items.filter((item) => Math.abs(item.top - items[0].top) < 1);
            return {
              name: grid.closest('section')?.querySelector('h2')?.textContent?.trim(),
              count: items.length,
              inFirstRow: firstRow.length,
              gapAtRight: grid.getBoundingClientRect().right - firstRow.at(-1)!.right,
            };
          }),
      );
      await page.close();
      const full = rows.filter((row) => row.count >= 3);
      expect(full.length, path).toBeGreaterThan(0);
      for (const row of full) {
        expect(row.inFirstRow, `${path} ${row.name}`).toBe(3);
        expect(row.gapAtRight, `${path} ${row.name}`).toBeLessThan(1);
      }
    }
  });

  it('title each card as a headline, underlined only while the card is pointed at', async () => {
    const page = await open('/arrangementer/');
    const card = page.locator('main .card').first();
    const title = card.locator(':is(h2, h3, h4) a');
    const underline = () => title.evaluate((link) => getComputedStyle(link).textDecorationLine);
    expect(await underline()).toBe('none');
    // Anywhere on the card: the whole card is the link's target.
    await card.hover({ position: { x: 10, y: 10 } });
    expect(await underline()).toBe('underline');
    await page.close();
  });

  it('show the tags of a research update or a workshop in one row («Problemstilling 2 og 3», «Eksempel»)', async () => {
    for (const [path, width] of [
      ['/forskning/', 360],
      ['/forskning/', 1280],
      ['/arrangementer/', 1280],
    ] as const) {
      const page = await open(path, width);
      const rows = await page.locator('main .card__meta').evaluateAll((metas) =>
        metas
          // A folded year's cards are out of sight; a longer kind («Prosjektledersamling») may take two rows.
          .filter((meta) => meta.checkVisibility())
          .filter(
            (meta) => meta.matches('.research-card__meta') || meta.querySelector('.tag')?.textContent === 'Workshop',
          )
          .map((meta) => ({
            tags: meta.textContent!.replace(/\s+/g, ' ').trim(),
            rows: new Set([...meta.querySelectorAll('.tag')].map((tag) => tag.getBoundingClientRect().top)).size,
          })),
      );
      await page.close();
      expect(rows.length, path).toBeGreaterThan(2);
      expect(
        rows.filter((row) => row.rows > 1),
        `${path} at ${width} px`,
      ).toEqual([]);
    }
  });

  it('line up the dates of the research updates at the foot of their cards', async () => {
    const page = await open('/forskning/');
    const feet = await page.locator('main .research-card').evaluateAll((cards) =>
      cards.map((card) => {
        const date = card.querySelector('.card__date')!.getBoundingClientRect();
        return { date: Math.round(date.bottom), card: Math.round(card.getBoundingClientRect().bottom) };
      }),
    );
    await page.close();
    expect(feet.length).toBe(3);
    expect(new Set(feet.map((foot) => foot.date)).size).toBe(1);
    expect(new Set(feet.map((foot) => foot.card - foot.date)).size).toBe(1);
  });
});

describe("a story's pull quote", { timeout: 60_000 }, () => {
  it('is not dressed as the «Eksempel» notice on the same page', async () => {
    for (const width of [360, 1280]) {
      const page = await open('/historier/byttedag-i-haugesund/', width);
      const look = (selector: string) =>
        page
          .locator(`main ${selector}`)
          .first()
          .evaluate((element) => {
            const style = getComputedStyle(element);
            return { fill: style.backgroundColor, bar: style.borderLeftColor };
          });
      const [quote, notice] = await Promise.all([look('blockquote'), look('.sample-notice')]);
      await page.close();
      expect(quote.fill, `${width} px`).toBe('rgba(0, 0, 0, 0)');
      expect(quote.bar, `${width} px`).not.toBe(notice.bar);
    }
  });
});
