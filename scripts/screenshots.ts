// Takes full-page Chromium screenshots of built pages at 360px and 1280px, for people to look at.
// Usage: npm run screenshots -- / /forskning   (serves dist/ with `astro preview` on a free port)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const outDir = '.tmp/screenshots';
mkdirSync(outDir, { recursive: true });
const port = 4400 + Math.floor(Math.random() * 400);
const server = spawn('node_modules/.bin/astro', ['preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths.length ? paths : ['/']) {
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
