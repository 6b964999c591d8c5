// Takes full-page Chromium screenshots of built pages at 360px and 1280px, for people to look at.
// Usage: npm run screenshots -- [--dist dist] [--out .tmp/screenshots] / /forskning "/sok?q=utstyr"
// (serves the build on a free port)
// dist/ is served by the tests' small static server rather than `astro preview`, which Astro 7 allows only once
// per machine, so screenshots can be taken while a preview (or another screenshot run) is going.
import { mkdirSync } from 'node:fs';
import { launchChromium, widths } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const root = distFlag >= 0 ? args.splice(distFlag, 2)[1] : 'dist';
const outFlag = args.indexOf('--out');
const outDir = outFlag >= 0 ? args.splice(outFlag, 2)[1] : '.tmp/screenshots';
const paths = args.filter((arg) => arg.startsWith('/'));
mkdirSync(outDir, { recursive: true });
const server = await startStaticServer(root);
try {
  const browser = await launchChromium();
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths.length ? paths : ['/']) {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      // /sok renders its results after Pagefind has loaded. The status line says «Søker …» before that, so wait for
      // the finished search (`data-search-done`, also set for the invitation to search) or the failure notice.
      if (await page.locator('[data-search-page]').count()) {
        await page.waitForFunction(
          () =>
            document.querySelector('[data-search-page]')?.hasAttribute('data-search-done') ||
            document.querySelector('[data-failure]')?.hasAttribute('hidden') === false,
        );
        await page.waitForLoadState('networkidle');
      }
      // A full-page capture does not scroll, so pictures below the fold (loading="lazy") would come out blank.
      await page.evaluate(() =>
        Promise.all(
          [...document.images].map((img) => {
            img.loading = 'eager';
            return img.decode().catch(() => undefined);
          }),
        ),
      );
      const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
} finally {
  await server.close();
}
