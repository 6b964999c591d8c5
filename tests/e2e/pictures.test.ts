// A pillar's picture is shown as a low, wide band, so part of it is cut away. In headless Chromium on a laptop's
// width, the band keeps what the editor marked with the Studio's hotspot (the people on the conference's stage),
// and pictures without one keep the site's default, which suits illustrations with their people at the foot.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { launchChromium } from '../support/chromium';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { siteDir } from '../support/templates';

let browser: Browser;
let site: StaticServer;
let data: ContentSource;

beforeAll(async () => {
  [browser, site, data] = await Promise.all([
    launchChromium(),
    startStaticServer(siteDir),
    createBundledSource(bundledDatasetPath, 'published'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("a pillar's picture", { timeout: 60_000 }, () => {
  it('is cut at the hotspot the editor set, and low down where none is set, at 1280 px', async () => {
    const pillars = await data.fetch<{ slug: string; y: number | null }[]>(
      '*[_type == "pillar" && defined(mainImage.asset)]{ "slug": slug.current, "y": mainImage.hotspot.y }',
    );
    expect(pillars.some((pillar) => pillar.y !== null)).toBe(true);
    expect(pillars.some((pillar) => pillar.y === null)).toBe(true);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const { slug, y } of pillars) {
      await page.goto(`${site.origin}/${slug}`);
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
