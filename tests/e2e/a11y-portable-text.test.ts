// The Portable Text fixture (tests/fixtures/portable-text: one page using every block style, list, mark,
// image and attachment the schema allows) built into its own site, then held to the same bar as every template:
// rendered as the semantic element it is, zero axe violations at both widths, and clean static checks.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, testBuildDir } from '../support/build-site';
import { launchChromium, widths } from '../../scripts/lib/chromium';
import { axeViolations } from '../support/axe';
import { fixedNow } from '../support/dist';
import { staticProblems } from '../support/html-checks';
import { htmlErrors } from '../support/html-validator';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

const fixturePath = '/portable-text-fixture';
let outDir: string;
let browser: Browser;
let site: StaticServer;
let $: CheerioAPI;

beforeAll(async () => {
  outDir = testBuildDir('portable-text');
  [browser] = await Promise.all([
    launchChromium(),
    buildSite({
      outDir,
      env: { LOCAL_DATASET: resolve('tests/fixtures/portable-text/data.ndjson'), BUILD_NOW: fixedNow },
    }),
  ]);
  site = await startStaticServer(outDir);
  $ = load(readFileSync(join(outDir, fixturePath, 'index.html'), 'utf8'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) rmSync(resolve(outDir, '..'), { recursive: true, force: true });
});

describe('the Portable Text fixture page', () => {
  it('renders every block style, list, mark, image and attachment as its own element', () => {
    const body = $('article .prose');
    for (const selector of [
      'h2',
      'h3',
      'h4',
      'blockquote',
      'ul > li > ul > li',
      'ol > li > ol > li',
      'strong',
      'em',
      'figure > img[alt]',
      'figure > figcaption',
    ]) {
      expect(body.find(selector).length, selector).toBe(1);
    }
    expect(body.find('p').length).toBeGreaterThan(3);
    expect(body.find('a[href="https://www.uutilsynet.no/"]').text()).toBe(
      'Tilsynet for universell utforming av ikt (ekstern lenke)',
    );
    // «For Alle» is one name: a no-break space keeps it on one line (keepTogether).
    expect(body.find('a[href="/forskning/"]').text()).toBe('forskningen i For\u00a0Alle');
    expect(body.find('span[lang="en"]').text()).toBe('Nothing about us without us');
    expect(body.find('.attachment a[href$=".pdf"]').text().trim()).toMatch(/^Testvedlegg \(PDF, \d+\u00a0kB\)$/);
    // Words next to marks and links keep their spaces (Astro's whitespace compression must not eat them).
    expect(body.find('p').first().text()).toBe(
      'Dette avsnittet har uthevet tekst, kursiv tekst, en lenke til Tilsynet for universell utforming av ikt (ekstern lenke) og en lenke til forskningen i For\u00a0Alle.',
    );
  });

  it('passes the static checks (lang, h1, SVGs, link text) and html-validate (heading levels, alt text)', async () => {
    expect(staticProblems($)).toEqual([]);
    expect(await htmlErrors(join(outDir, fixturePath, 'index.html'))).toEqual([]);
  });

  it.each(widths)('has no axe violations at %i CSS px', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}${fixturePath}`);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
