// The site's icon in every form a browser or phone asks for, made from the one drawing (src/lib/site-icon.ts), and
// named by every page.
import { readFileSync } from 'node:fs';
import icoEndec from 'ico-endec';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { appleTouchIconSize, faviconSizes, siteIconSvg } from '../../src/lib/site-icon';
import { distFile, page, pagePaths } from '../support/dist';

describe('the site icon', () => {
  it('is linked from every page: the ICO for browsers without SVG, the SVG, and the home-screen icon', () => {
    for (const path of [...pagePaths(), '/404.html']) {
      const $ = page(path);
      expect($('link[rel="icon"][href="/favicon.ico"]').attr('sizes'), path).toBe('32x32');
      expect($('link[rel="icon"][href="/favicon.svg"]').attr('type'), path).toBe('image/svg+xml');
      expect($('link[rel="apple-touch-icon"]').attr('href'), path).toBe('/apple-touch-icon.png');
    }
  });

  it('is served as drawn at /favicon.svg', () => {
    expect(readFileSync(distFile('/favicon.svg'), 'utf8')).toBe(siteIconSvg);
  });

  it('is at /favicon.ico as a PNG of each size, drawn at that size', async () => {
    const entries = icoEndec.decode(readFileSync(distFile('/favicon.ico')));
    expect(entries.map((entry) => [entry.width, entry.height, entry.imageType])).toEqual(
      faviconSizes.map((size) => [size, size, 'png']),
    );
    for (const entry of entries) {
      const { width, height } = await sharp(entry.imageData).metadata();
      expect([width, height]).toEqual([entry.width, entry.height]);
    }
  });

  it('is at /apple-touch-icon.png at 180 × 180 with no transparent corners, which iOS would fill with black', async () => {
    const icon = sharp(readFileSync(distFile('/apple-touch-icon.png')));
    const { width, height, hasAlpha } = await icon.metadata();
    expect([width, height, hasAlpha]).toEqual([appleTouchIconSize, appleTouchIconSize, false]);
    // The top-left corner, which the SVG rounds away, is the icon's green.
    const { data } = await icon
      .extract({ left: 0, top: 0, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data]).toEqual([0x1f, 0x5f, 0x4f]);
  });
});
