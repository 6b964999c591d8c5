// The Content-Security-Policy in each page's <meta> lets the site do everything it does and nothing else:
// headless Chromium records zero CSP violations on every template, including a live search (Pagefind's
// WebAssembly needs 'wasm-unsafe-eval').
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';
import { templatePages } from '../../scripts/lib/templates';

const setup = useBrowserAndSite();

/** Opens a page and collects every CSP violation it reports, from the DOM event and from the console. */
async function violationsOn(path: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await setup.browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: CSP ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(`${setup.site.origin}${path}`, { waitUntil: 'networkidle' });
  await act?.(page);
  await context.close();
  return violations;
}

describe('Content-Security-Policy', () => {
  it('is not violated on any template', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    const templates = templatePages();
    // Four at a time: each page waits out half a second of quiet network (`networkidle`), one after another 30 s of
    // CI's time.
    for (let start = 0; start < templates.length; start += 4) {
      const batch = templates.slice(start, start + 4);
      const violations = await Promise.all(batch.map((template) => violationsOn(template.path)));
      batch.forEach((template, index) =>
        found.push(...violations[index]!.map((violation) => `${template.path}: ${violation}`)),
      );
    }
    expect(templates.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('lets a live search run, WebAssembly and all', { timeout: 60_000 }, async () => {
    let results = 0;
    const violations = await violationsOn('/sok?q=konferanse', async (page) => {
      await page.waitForSelector('[data-results] > li', { timeout: 20_000 });
      results = await page.locator('[data-results] > li').count();
    });
    expect(violations).toEqual([]);
    expect(results).toBeGreaterThan(0);
  });

  it('would notice a violation: an injected inline script is refused and reported', { timeout: 30_000 }, async () => {
    const violations = await violationsOn('/', async (page) => {
      await page.evaluate(
        "document.body.appendChild(Object.assign(document.createElement('script'), { textContent: 'window.injected = 1' }))",
      );
      await page.waitForTimeout(200);
      expect(await page.evaluate('window.injected')).toBeUndefined();
    });
    expect(violations.length).toBeGreaterThan(0);
  });
});
