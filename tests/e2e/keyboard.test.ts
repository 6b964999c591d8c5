// The site with a keyboard only, in headless Chromium against the built site: the skip link comes first and
// moves focus to the main content; every element Tab reaches shows a focus indicator with at least 3:1 contrast
// against what surrounds it (WCAG 2.4.7, 1.4.11); the menu opens and closes from the keyboard without trapping
// focus; Tab follows the reading order; and every template reflows at 320 and 640 CSS px, and at 320 px with text
// spacing, without sideways scrolling (1.4.10, 1.4.12).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';
import { focusProbeScript, type FocusedElement } from '../support/focus-probe';
import { templatePages } from '../../scripts/lib/templates';
import { boxOf } from '../support/box';

const setup = useBrowserAndSite();
const templates = templatePages();
const pathOf = (name: string) => templates.find((template) => template.name === name)!.path;

async function openContext(width: number, height = 800): Promise<{ context: BrowserContext; page: Page }> {
  const context = await setup.browser.newContext({ viewport: { width, height } });
  await context.addInitScript({ content: focusProbeScript });
  return { context, page: await context.newPage() };
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${setup.site.origin}${path}`);
  if (path.startsWith('/sok'))
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 0);
}

const focused = (page: Page) => page.evaluate<FocusedElement | null>('window.focusProbe.current()');

/** Presses Tab from the top of the page until focus leaves the page or comes round again; every stop on the way. */
async function tabThrough(page: Page, limit = 250): Promise<FocusedElement[]> {
  await page.evaluate('document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)');
  const stops: FocusedElement[] = [];
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop || (stops.length > 0 && stop.domIndex === stops[0].domIndex)) break;
    stops.push(stop);
  }
  return stops;
}

/**
 * Pairs of consecutive stops where Tab jumps back up the page without starting a new column to the right:
 * the reading order is top to bottom, and left to right within a row or across columns.
 */
function outOfReadingOrder(stops: FocusedElement[]): string[] {
  const problems: string[] = [];
  for (let index = 1; index < stops.length; index++) {
    const [before, after] = [stops[index - 1], stops[index]];
    const wentUp = after.bottom <= before.top + 1;
    const newColumn = after.left >= before.right - 1 || after.left >= before.left + 40;
    if (wentUp && !newColumn) problems.push(`${before.label} → ${after.label}`);
  }
  return problems;
}

describe('the skip link', () => {
  it.each([360, 1280])(
    'is the first thing Tab reaches at %i px, shows itself and moves focus to the main content',
    async (width) => {
      const { context, page } = await openContext(width);
      try {
        await visit(page, pathOf('story'));
        await page.keyboard.press('Tab');
        const first = await focused(page);
        expect(first?.label).toMatch(/^a\.skip-link «Hopp til hovedinnholdet»$/);
        expect(first?.inViewport).toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate('document.activeElement.id')).toBe('main');
        // The next Tab continues inside the main content, not back in the header.
        await page.keyboard.press('Tab');
        expect(await page.evaluate('!!document.activeElement.closest("main")')).toBe(true);
      } finally {
        await context.close();
      }
    },
  );
});

describe.each([
  { width: 1280, names: ['home', 'story', 'event', 'conference archive year', 'pillar: aktivitetsstøtte', '404'] },
  { width: 360, names: ['home', 'story', 'story list'] },
])('Tab through pages at $width px', ({ width, names }) => {
  let context: BrowserContext;
  let page: Page;
  const walks = new Map<string, FocusedElement[]>();

  beforeAll(async () => {
    ({ context, page } = await openContext(width));
    for (const name of names) {
      await visit(page, pathOf(name));
      // On narrow screens, open the menu first so its links are walked too. Not by a click: Tab would then go on
      // from the menu button, and the header before it would never be walked.
      if (width < 960) await page.evaluate('document.querySelector(".site-menu").open = true');
      walks.set(name, await tabThrough(page));
    }
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(names)('%s: every focusable element shows a focus indicator with at least 3:1 contrast', (name) => {
    const stops = walks.get(name)!;
    expect(stops.length).toBeGreaterThan(10);
    const weak = stops
      .filter((stop) => !stop.indicator || stop.indicator.width < 2 || stop.indicator.contrast < 3 || !stop.inViewport)
      .map(
        (stop) =>
          `${stop.label}: ${stop.indicator ? `${stop.indicator.width}px ${stop.indicator.color} on ${stop.indicator.background} = ${stop.indicator.contrast}:1` : 'no indicator'}${stop.inViewport ? '' : ', off screen'}`,
      );
    expect(weak).toEqual([]);
  });

  it.each(names)('%s: Tab follows the document order and the reading order', (name) => {
    const stops = walks.get(name)!;
    const domOrder = stops.map((stop) => stop.domIndex);
    expect(domOrder).toEqual([...domOrder].sort((a, b) => a - b));
    expect(outOfReadingOrder(stops)).toEqual([]);
  });
});

describe('the menu on a narrow screen (360 px)', () => {
  it('opens and closes with the keyboard, and Tab moves on past it', async () => {
    const { context, page } = await openContext(360);
    try {
      await visit(page, '/');
      const menu = page.locator('.site-menu');
      // Tab to the menu button.
      for (let step = 0; step < 10; step++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate('document.activeElement.matches(".site-menu summary")')) break;
      }
      expect(await page.evaluate('document.activeElement.matches(".site-menu summary")')).toBe(true);
      expect(await menu.getAttribute('open')).toBeNull();
      // Closed, the links are not in the way: Tab leaves the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('!!document.activeElement.closest(".site-menu nav")')).toBe(false);
      await page.keyboard.press('Shift+Tab');

      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('open')).not.toBeNull();
      const links = await page.locator('.site-menu nav a').count();
      expect(links).toBeGreaterThan(3);
      for (let index = 0; index < links; index++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate('!!document.activeElement.closest(".site-menu nav")')).toBe(true);
      }
      // No trap: after the last link, Tab goes on into the page.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('!!document.activeElement.closest(".site-header")')).toBe(false);

      // Back to the menu button, and Space closes it.
      for (let index = 0; index <= links; index++) await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate('document.activeElement.matches(".site-menu summary")')).toBe(true);
      await page.keyboard.press('Space');
      expect(await menu.getAttribute('open')).toBeNull();
    } finally {
      await context.close();
    }
  });

  it.each([320, 360])(
    'is a button at the right end of the search row at %i px, so the header stays short, and opens below it',
    async (width) => {
      const { context, page } = await openContext(width);
      try {
        await visit(page, '/');
        const box = (selector: string) => boxOf(page, selector);
        const [header, search, summary] = await Promise.all([
          box('.site-header'),
          box('.site-search'),
          box('.site-menu summary'),
        ]);
        // Not a row of its own under the search (the header was 242 px at 360 px).
        expect(header.height).toBeLessThan(200);
        // Beside the search, after it in reading order as in tab order, and clear of it.
        expect(summary.x).toBeGreaterThanOrEqual(search.x + search.width);
        expect(summary.x + summary.width).toBeLessThanOrEqual(width);
        expect(Math.abs(summary.y + summary.height / 2 - (search.y + search.height / 2))).toBeLessThan(4);
        // Open, the whole list shows under the button, each link the width of the page.
        await page.click('.site-menu summary');
        const links = await page
          .locator('.site-menu nav a')
          .evaluateAll((all) =>
            all.map((link) => link.getBoundingClientRect()).map(({ top, left, right }) => ({ top, left, right })),
          );
        expect(links.length).toBeGreaterThan(3);
        for (const link of links) {
          expect(link.top).toBeGreaterThanOrEqual(summary.y + summary.height);
          expect(link.right - link.left).toBeGreaterThan(width * 0.8);
        }
      } finally {
        await context.close();
      }
    },
  );

  it('is always open on a wide screen (1280 px), its links reachable with Tab', async () => {
    const { context, page } = await openContext(1280);
    try {
      await visit(page, '/');
      expect(await page.locator('.site-menu summary').isVisible()).toBe(false);
      const stops = await tabThrough(page, 30);
      expect(stops.filter((stop) => stop.label.startsWith('a ')).length).toBeGreaterThan(3);
      expect(await page.locator('.site-menu nav a').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('can still be opened on a wide screen in a browser without ::details-content (Firefox < 143, Safari < 18.4)', async () => {
    const { context, page } = await openContext(1280);
    try {
      // Such a browser drops every rule that names the pseudo-element, and answers no to @supports for it.
      await page.route('**/*.css', async (route) => {
        const response = await route.fetch();
        const css = (await response.text()).replaceAll('::details-content', '::unknown-details-content');
        await route.fulfill({ response, body: css });
      });
      await visit(page, '/');
      const summary = page.locator('.site-menu summary');
      expect(await summary.isVisible()).toBe(true);
      await summary.click();
      expect(await page.locator('.site-menu nav a').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

// 320 px is a phone, and 1280 px at 400 % zoom; 640 px is 1280 px at 200 % zoom, where a long word in a two-column
// grid (a contact card's «Kommunikasjonsrådgiver») overflows though nothing does at 320 px. At 320 px also with the
// text spacing WCAG 1.4.12 lets a reader set, which widens every word.
const textSpacing =
  '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
describe.each([
  { width: 320, spacing: false },
  { width: 640, spacing: false },
  { width: 320, spacing: true },
])('reflow at $width CSS px, text spacing $spacing (WCAG 1.4.10, 1.4.12)', ({ width, spacing }) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The reader's own style sheet is no inline style of the site's: let it past the Content-Security-Policy, as a
    // browser extension's or a user style sheet gets past it (a bookmarklet's <style> does not: docs/accessibility.md).
    context = await setup.browser.newContext({ viewport: { width, height: 640 }, bypassCSP: spacing });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each([...templates, { name: 'search with results', path: '/sok?q=konferanse' }])(
    '$name ($path) needs no horizontal scrolling',
    async ({ path }) => {
      await visit(page, path);
      if (spacing) await page.addStyleTag({ content: textSpacing });
      const overflow = await page.evaluate(`(() => {
      const width = document.scrollingElement.scrollWidth;
      // What sticks out, to say what to fix.
      const wide = Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > ${width}.5 && getComputedStyle(element).position !== 'fixed')
        .slice(0, 5)
        .map((element) => element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : '') + ' ' + Math.round(element.getBoundingClientRect().right) + 'px');
      return { width, wide };
    })()`);
      expect(overflow).toEqual({ width, wide: [] });
    },
  );
});
