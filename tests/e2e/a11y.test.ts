// axe-core over one page of every template of the site built from the bundled dataset, and over the search page
// with results, at 360 and 1280 CSS px in headless Chromium: zero violations of WCAG 2.0, 2.1 and 2.2 A and AA.
// One browser for the file, one page per width, reused from template to template.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';
import { widths } from '../../scripts/lib/chromium';
import { axeViolations } from '../support/axe';
import { templatePages } from '../../scripts/lib/templates';

const setup = useBrowserAndSite();

describe.each(widths)('at %i CSS px', (width) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await setup.browser.newContext({ viewport: { width, height: 800 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(templatePages())('the $name template ($path) has no axe violations', async ({ path }) => {
    await page.goto(`${setup.site.origin}${path}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a missing page (the 404 page served for it) has no axe violations', async () => {
    const response = await page.goto(`${setup.site.origin}/finnes-ikke`);
    expect(response?.status()).toBe(404);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the search page showing results has no axe violations', async () => {
    await page.goto(`${setup.site.origin}/sok?q=konferanse`);
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 0);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });
});
