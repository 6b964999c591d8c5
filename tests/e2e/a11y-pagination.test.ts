// A story listing long enough to have pages, held to the bar of every template: the bundled dataset has one page of
// stories, so the pagination never appears on the built site the other browser tests walk. 150 stories at one place
// give seven pages, so page 2 shows the previous and next links, its neighbours, the last page and a gap.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSize } from '../../src/lib/pagination';
import { launchChromium, widths } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { axeViolations } from '../support/axe';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixedNow } from '../support/dist';
import { fixtureDataset, fixturePlace, fixtureStory } from '../support/fixture-dataset';
import { staticProblems } from '../support/html-checks';
import { htmlErrors } from '../support/html-validator';

const storyCount = 150;
const pageCount = Math.ceil(storyCount / pageSize);
const listings = ['/historier/side/2/', '/historier/sted/bergen/side/2/'];

let outDir: string;
let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  outDir = testBuildDir('pagination');
  const stories = Array.from({ length: storyCount }, (_, index) =>
    fixtureStory(`historie-${index + 1}`, {
      title: `Historie nummer ${index + 1}`,
      // One a day, newest first on the listing: story 150 is on page 1.
      publishedAt: new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString(),
    }),
  );
  [browser] = await Promise.all([
    launchChromium(),
    buildSite({
      outDir,
      env: { LOCAL_DATASET: fixtureDataset({ extra: [fixturePlace, ...stories] }), BUILD_NOW: fixedNow },
      searchIndex: false,
    }),
  ]);
  site = await startStaticServer(outDir);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) rmSync(resolve(outDir, '..'), { recursive: true, force: true });
});

describe('page 2 of a story listing', () => {
  it.each(listings)('%s links the pages around it and marks itself', (path) => {
    const $ = load(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
    expect($('title').text()).toMatch(/, side 2 – For Alle$/);
    expect($('main .card').length).toBe(pageSize);
    const nav = $('nav.pagination');
    expect(nav.attr('aria-label')).toBe('Sider i listen');
    const base = path.replace(/side\/2\/$/, '');
    expect(nav.find('a[rel="prev"]').attr('href')).toBe(base);
    expect(nav.find('a[rel="next"]').attr('href')).toBe(`${base}side/3/`);
    expect(nav.find('a[aria-current="page"]').text().replace(/\s+/g, ' ').trim()).toBe('Side 2');
    expect(nav.find('a:not([rel])').last().attr('href')).toBe(`${base}side/${pageCount}/`);
    expect(nav.find('.pagination__gap').length).toBe(1);
  });

  it.each(listings)('%s passes the static checks and html-validate', async (path) => {
    const file = join(outDir, path, 'index.html');
    expect(staticProblems(load(readFileSync(file, 'utf8')))).toEqual([]);
    expect(await htmlErrors(file)).toEqual([]);
  });

  it.each(widths)('has no axe violations at %i CSS px', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      for (const path of listings) {
        await page.goto(`${site.origin}${path}`);
        expect(await axeViolations(page), `${path} at ${width} px`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  it('is paged with the keyboard on a phone, its links on three rows: Tab reaches «Neste side» after the last story, and Enter opens page 3', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}${listings[0]}`);
      // On a phone, previous and next on rows of their own, the numbers on one row between them.
      const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
      const numbers = await page
        .locator('nav.pagination a:not([rel])')
        .evaluateAll((links) => [...new Set(links.map((link) => Math.round(link.getBoundingClientRect().top)))]);
      expect(numbers).toHaveLength(1);
      expect(await top('nav.pagination a[rel="prev"]')).toBeLessThan(numbers[0]!);
      expect(await top('nav.pagination a[rel="next"]')).toBeGreaterThan(numbers[0]!);
      const lastStory = page.locator('main .card a').last();
      await lastStory.focus();
      const reached: string[] = [];
      for (let presses = 0; presses < 12; presses++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim());
        reached.push(focused ?? '');
        if (focused === 'Neste side') break;
      }
      // In reading order: back, the numbers, then forward.
      expect(reached).toEqual(['Forrige side', 'Side 1', 'Side 2', 'Side 3', `Side ${pageCount}`, 'Neste side']);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/historier\/side\/3\/$/);
      expect(await page.locator('nav.pagination [aria-current="page"]').textContent()).toMatch(/Side\s*3/);
    } finally {
      await context.close();
    }
  });
});
