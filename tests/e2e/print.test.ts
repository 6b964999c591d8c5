// Printing, in headless Chromium: /samarbeidsprosjekter tells visitors to print the page for the checklist on paper,
// so the paper holds the application guide and its checklist, with boxes to tick, and not the rest of the page. Other
// pages print their text without the pictures that only decorate it and without buttons nobody can press on paper,
// dark on the white paper (browsers leave backgrounds off it), with the address of every link to another site, and
// no heading left alone at the foot of a sheet.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';
import { contrastRatio } from '../support/contrast';

const setup = useBrowserAndSite();

describe('printing /samarbeidsprosjekter', { timeout: 60_000 }, () => {
  it('prints the application guide and its checklist alone, on a few A4 pages', async () => {
    const page = await setup.browser.newPage();
    try {
      await page.goto(`${setup.site.origin}/samarbeidsprosjekter`);
      // On screen: the page's address is for paper only, and the long questions are not all bold.
      expect(await page.locator('#soknad .print-only').isVisible()).toBe(false);
      const weight = await page
        .locator('#sjekkliste .checklist__question')
        .first()
        .evaluate((question) => getComputedStyle(question).fontWeight);
      expect(Number(weight)).toBeLessThan(600);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#soknad h2').first().isVisible()).toBe(true);
      // Whom to call first, and where the page is, on the sheet itself.
      expect(await page.locator('#soknad .application-guide__contact').isVisible()).toBe(true);
      expect(await page.locator('#soknad .print-only').isVisible()).toBe(true);
      expect(await page.locator('#sjekkliste li').first().isVisible()).toBe(true);
      for (const outside of ['main h1', '.places-map', '#stories-heading', '.callout'])
        expect(await page.locator(outside).first().isVisible(), outside).toBe(false);
      const boxes = await page
        .locator('#sjekkliste .checklist__question')
        .first()
        .evaluate((question) => getComputedStyle(question, '::before').content);
      expect(boxes).toContain('☐');

      const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(3);
    } finally {
      await page.close();
    }
  });
});

describe('printing a page', { timeout: 60_000 }, () => {
  it('says where it came from, on paper only', async () => {
    const page = await setup.browser.newPage();
    try {
      await page.goto(`${setup.site.origin}/steder/stavanger/`);
      const address = page.locator('main .page-address');
      expect(await address.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await address.isVisible()).toBe(true);
      expect(await address.textContent()).toBe('Fra foralle.example.no/steder/stavanger/');
    } finally {
      await page.close();
    }
  });

  it('leaves out the illustration band, pictures marked decorative and the year buttons', async () => {
    // A year page with a year before it, so it has the buttons «← 2026» and «Alle år».
    const year = await setup.data.fetch<number>(
      '*[_type == "conference" && year > *[_type == "conference"] | order(year asc)[0].year] | order(year desc)[0].year',
    );
    const page = await setup.browser.newPage();
    try {
      // Each page with the parts it must leave out: each is looked for on its own, so a renamed one is missed.
      const pages = [
        { path: '/aktivitetsstotte', parts: ['main .pillar__image'] },
        { path: `/konferanse/${year}`, parts: ['main img[alt=""]', 'main .year-nav'] },
      ];
      for (const { path, parts } of pages) {
        await page.goto(`${setup.site.origin}${path}`);
        await page.emulateMedia({ media: 'screen' });
        for (const part of parts) expect(await page.locator(part).count(), `${path}: ${part}`).toBeGreaterThan(0);
        const decoration = page.locator(parts.join(', '));
        await page.emulateMedia({ media: 'print' });
        for (const element of await decoration.all()) expect(await element.isVisible(), path).toBe(false);
        expect(await page.locator('main h1').isVisible(), path).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});

describe('printing a page with the next conference and links to other sites', { timeout: 60_000 }, () => {
  it('prints the «Neste konferanse» block dark on white, the addresses of links to other sites, and headings kept with what follows', async () => {
    const page = await setup.browser.newPage();
    try {
      const paper = 'rgb(255, 255, 255)';
      // The front page has the block and the sign-up link in it; /forskning links to the research partner outside
      // its running text.
      for (const path of ['/', '/forskning']) {
        await page.goto(`${setup.site.origin}${path}`);
        await page.emulateMedia({ media: 'print' });
        if (path === '/') {
          const colours = await page.locator('.feature').evaluate((block) => {
            const found = new Set<string>();
            const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode())
              if (node.textContent?.trim() && node.parentElement!.checkVisibility())
                found.add(getComputedStyle(node.parentElement!).color);
            return [...found];
          });
          expect(colours.length).toBeGreaterThan(0);
          for (const colour of colours) expect(contrastRatio(colour, paper), colour).toBeGreaterThanOrEqual(4.5);
        }
        const links = await page
          .locator('main a[href^="http"]')
          .evaluateAll((all) =>
            all
              .filter((link) => !link.closest('.prose') && link.checkVisibility())
              .map((link) => ({ href: link.getAttribute('href')!, after: getComputedStyle(link, '::after').content })),
          );
        expect(links.length, path).toBeGreaterThan(0);
        for (const link of links) expect(link.after, `${path}: ${link.href}`).toContain(link.href);
        const headings = await page
          .locator('main :is(h1, h2, h3, h4)')
          .evaluateAll((all) => all.map((heading) => getComputedStyle(heading).breakAfter));
        expect(headings.length, path).toBeGreaterThan(1);
        for (const breakAfter of headings) expect(breakAfter, path).toBe('avoid');
      }
    } finally {
      await page.close();
    }
  });
});
