// A pillar's picture is shown as a low, wide band, so part of it is cut away. In headless Chromium on a laptop's
// width, the band keeps what the editor marked with the Studio's hotspot (the people on the conference's stage),
// and pictures without one keep the site's default, which suits illustrations with their people at the foot.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';

const setup = useBrowserAndSite();

describe("a pillar's picture", { timeout: 60_000 }, () => {
  it('is cut at the hotspot the editor set, and low down where none is set, at 1280 px', async () => {
    const pillars = await setup.data.fetch<{ slug: string; y: number | null }[]>(
      '*[_type == "pillar" && defined(mainImage.asset)]{ "slug": slug.current, "y": mainImage.hotspot.y }',
    );
    expect(pillars.some((pillar) => pillar.y !== null)).toBe(true);
    expect(pillars.some((pillar) => pillar.y === null)).toBe(true);
    const page = await setup.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const { slug, y } of pillars) {
      await page.goto(`${setup.site.origin}/${slug}`);
      const picture = page.locator('.pillar__image');
      const [position, box, natural] = await Promise.all([
        picture.evaluate((image) => getComputedStyle(image).objectPosition),
        picture.boundingBox(),
        picture.evaluate((image: HTMLImageElement) => image.naturalHeight / image.naturalWidth),
      ]);
      // The band really is cut: shorter than the picture at its width.
      expect(box!.height, slug).toBeLessThan(box!.width * natural - 1);
      const expected = y === null ? 80 : Math.round(y * 10) * 10;
      expect(position, slug).toBe(`50% ${expected}%`);
    }
    await page.close();
  });
});

describe("an editor's page", { timeout: 60_000 }, () => {
  it("shows its picture as a low band, so the text's first heading («Hva er For Alle?» on /om) is on a laptop's first screen", async () => {
    const pages = await setup.data.fetch<{ slug: string; heading: string | null }[]>(
      '*[_type == "page" && defined(mainImage.asset)]{ "slug": slug.current, "heading": body[style == "h2"][0].children[0].text }',
    );
    expect(pages.some((page) => page.slug === 'om' && page.heading)).toBe(true);
    const page = await setup.browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const { slug, heading } of pages) {
      await page.goto(`${setup.site.origin}/${slug}`);
      const picture = page.locator('main .generic-page__image');
      const [box, natural] = await Promise.all([
        picture.boundingBox(),
        picture.evaluate((image: HTMLImageElement) => image.naturalHeight / image.naturalWidth),
      ]);
      expect(box!.height, slug).toBeLessThan(box!.width * natural - 1);
      if (!heading) continue;
      const first = await page.locator('main article h2').first().boundingBox();
      // The site keeps «For Alle» on one line (a no-break space, src/lib/typography.ts).
      const shown = await page.locator('main article h2').first().textContent();
      expect(shown?.replaceAll('\u00a0', ' '), slug).toBe(heading);
      expect(first!.y + first!.height, slug).toBeLessThanOrEqual(800);
    }
    await page.close();
  });
});
