// Headings look like headings: in headless Chromium at a phone's and a laptop's width, no heading on any template is
// set smaller than the text it introduces. A serif heading at the body's size reads smaller than the bold sans-serif
// names and lead-ins under it (a session title under its speakers, «Funn så langt» on /forskning). And the home
// page's first screen has one headline on a phone, and the two ways to apply beside it on a laptop.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';
import { widths } from '../../scripts/lib/chromium';
import { templatePages } from '../../scripts/lib/templates';
import { boxOf } from '../support/box';

const setup = useBrowserAndSite();

/** How much larger than the body text a heading must be set to read as larger in a serif face. */
const minimumRatio = 1.1;

describe('headings', { timeout: 120_000 }, () => {
  for (const width of widths) {
    it(`are set at least ${minimumRatio} × the body text on every template, and on a conference year, at ${width} px`, async () => {
      const page = await setup.browser.newPage({ viewport: { width, height: 900 } });
      const problems: string[] = [];
      const paths = [...templatePages().map((template) => template.path), '/konferanse/2025'];
      for (const path of paths) {
        // A year that left the dataset would be served as the 404 page, and pass without testing anything.
        expect((await page.goto(`${setup.site.origin}${path}`))?.status(), path).toBe(200);
        const found = await page.evaluate((ratio) => {
          const body = parseFloat(getComputedStyle(document.body).fontSize);
          return [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')]
            .filter((heading) => !heading.closest('.visually-hidden') && heading.getClientRects().length > 0)
            .map((heading) => ({ heading, size: parseFloat(getComputedStyle(heading).fontSize) }))
            .filter(({ size }) => size < body * ratio)
            .map(
              ({ heading, size }) => `«${heading.textContent?.trim()}» (${heading.tagName}) ${size}px, text ${body}px`,
            );
        }, minimumRatio);
        problems.push(...found.map((problem) => `${path}: ${problem}`));
      }
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});

describe("the home page's first screen", { timeout: 60_000 }, () => {
  it('has one headline on a phone (360 px): the ingress is set clearly smaller than the h1', async () => {
    const page = await setup.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${setup.site.origin}/`);
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const [h1, ingress] = await Promise.all([size('main h1'), size('.hero .ingress')]);
    await page.close();
    expect(h1 / ingress).toBeGreaterThan(1.3);
  });

  it('has the line for parents on the first screen of an old phone (360 × 640), right under the introduction', async () => {
    const page = await setup.browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${setup.site.origin}/`);
    const [ingress, parents] = await Promise.all([boxOf(page, '.hero .ingress'), boxOf(page, '.hero__parents')]);
    const link = await page.locator('.hero__parents a').getAttribute('href');
    await page.close();
    expect(parents.y).toBeGreaterThanOrEqual(ingress.y + ingress.height);
    expect(parents.y + parents.height).toBeLessThanOrEqual(640);
    expect(link).toBe('/aktivitetsstotte/#forelder');
  });

  it('shows the two ways to apply beside the introduction on a laptop (1280 × 800), both on the first screen', async () => {
    const page = await setup.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${setup.site.origin}/`);
    const box = (selector: string) => boxOf(page, selector);
    const [ingress, apply] = await Promise.all([box('.hero .ingress'), box('#apply-heading')]);
    const paths = await page
      .locator('.apply-paths h3')
      .evaluateAll((all) => all.map((h3) => h3.getBoundingClientRect().bottom));
    await page.close();
    expect(apply.x).toBeGreaterThanOrEqual(ingress.x + ingress.width);
    expect(apply.y).toBeLessThan(ingress.y);
    expect(paths).toHaveLength(2);
    for (const bottom of paths) expect(bottom).toBeLessThanOrEqual(800);
  });
});
