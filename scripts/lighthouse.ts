// Lighthouse (mobile preset: a mid-range phone on slow 4G, simulated) with Debian's Chromium over the built site:
// the home page, a story, an event, a conference archive year and the search page with results. Prints the four
// category scores per page and writes them, the metrics and every audit that kept a score below 100 to
// docs/performance.md, with the weight of one page per template.
//
// Usage: npm run lighthouse [-- --build] [-- --dist dir] [-- --runs 3] [-- --no-write] [-- --only /sok]
//   Builds dist/ first when it is missing (or with --build). The site is served as the host serves it: gzip and
//   the headers of dist/_headers (scripts/lib/static-server.ts with asHost).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';
import { templatePages } from './lib/templates.ts';

const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const distDir = distFlag >= 0 ? args[distFlag + 1] : 'dist';
const write = !args.includes('--no-write') && !args.includes('--only');
const runsFlag = args.indexOf('--runs');
const runCount = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 3;

if (args.includes('--build') || !existsSync(join(distDir, 'index.html'))) {
  console.log(`Building the site into ${distDir} …`);
  // What `npm run build` does: the site, then its search index.
  for (const [command, commandArgs] of [
    ['node_modules/.bin/astro', ['build', '--outDir', distDir]],
    ['node_modules/.bin/node', ['scripts/build-search-index.ts', '--site', distDir]],
  ] as const) {
    const step = spawnSync(command, commandArgs, { stdio: 'inherit' });
    if (step.status !== 0) process.exit(step.status ?? 1);
  }
}

const templates = templatePages(distDir);
const pathOf = (name: string) => templates.find((template) => template.name === name)!.path;
// --only /sok measures the pages whose path starts so (and writes nothing).
const onlyFlag = args.indexOf('--only');
const only = onlyFlag >= 0 ? args[onlyFlag + 1] : null;
const targets = [
  { name: 'Forside', path: '/' },
  { name: 'Historie', path: pathOf('story') },
  { name: 'Arrangement', path: pathOf('event') },
  { name: 'Konferanse, arkivår', path: pathOf('conference archive year') },
  { name: 'Søk med treff', path: '/sok?q=konferanse' },
].filter((target) => !only || target.path.startsWith(only));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface PageResult {
  name: string;
  path: string;
  scores: Record<(typeof categories)[number], number>;
  metrics: Record<string, string>;
  transferKB: number;
  requests: number;
  belowFull: string[];
}

const server = await startStaticServer(distDir, { asHost: true });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const results: PageResult[] = [];
try {
  for (const target of targets) {
    // Lighthouse varies from run to run (more so on a busy machine): take the run with the median performance.
    const runs: Result[] = [];
    for (let run = 0; run < runCount; run++) {
      const runnerResult = await lighthouse(`${server.origin}${target.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!runnerResult) throw new Error(`Lighthouse gave no result for ${target.path}`);
      if (runnerResult.lhr.runtimeError)
        throw new Error(
          `${target.path}: ${runnerResult.lhr.runtimeError.code} ${runnerResult.lhr.runtimeError.message}`,
        );
      runs.push(runnerResult.lhr);
    }
    runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)];
    const scores = Object.fromEntries(
      categories.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]),
    ) as PageResult['scores'];
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    const network =
      (lhr.audits['network-requests']?.details as { items?: { transferSize?: number }[] } | undefined)?.items ?? [];
    // Every audit that counts towards a category and did not pass, with Lighthouse's own title and explanation.
    const belowFull = categories.flatMap((id) =>
      lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map(
          (audit) =>
            `${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${audit.explanation ? ` – ${audit.explanation}` : ''}`,
        ),
    );
    results.push({
      ...target,
      scores,
      metrics: {
        FCP: metric('first-contentful-paint'),
        LCP: metric('largest-contentful-paint'),
        TBT: metric('total-blocking-time'),
        CLS: metric('cumulative-layout-shift'),
        SI: metric('speed-index'),
      },
      transferKB: Math.round(network.reduce((total, item) => total + (item.transferSize ?? 0), 0) / 102.4) / 10,
      requests: network.length,
      belowFull,
    });
    console.log(
      `${target.name.padEnd(22)} ${target.path.padEnd(44)} ${categories.map((id) => `${id} ${scores[id]}`).join('  ')}`,
    );
    if (only && process.env.LIGHTHOUSE_DEBUG) {
      const items = (id: string) => (lhr.audits[id]?.details as { items?: unknown[] } | undefined)?.items ?? [];
      console.log(
        JSON.stringify(
          {
            lcp: items('largest-contentful-paint-element'),
            shifts: items('layout-shifts'),
            tasks: items('long-tasks'),
            requests: (
              items('network-requests') as {
                url: string;
                networkRequestTime: number;
                networkEndTime: number;
                transferSize: number;
              }[]
            ).map(
              (r) =>
                `${r.url.replace(server.origin, '')} ${Math.round(r.networkRequestTime)}–${Math.round(r.networkEndTime)} ${r.transferSize}`,
            ),
          },
          null,
          1,
        ),
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

for (const result of results) for (const line of result.belowFull) console.log(`  ${result.path}: ${line}`);

/** Bytes of one page as built: HTML, its stylesheets, its scripts, and the images it would load at most. */
function weight(path: string) {
  const file = path.endsWith('.html') ? join(distDir, path) : join(distDir, path, 'index.html');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);
  const size = (href: string) => statSync(join(distDir, href)).size;
  const css = linked(/<link rel="stylesheet" href="([^"]+)"/g);
  const js = linked(/<script[^>]+src="([^"]+)"/g);
  return {
    html: html.length,
    htmlGzip: gzipSync(html).length,
    css: css.reduce((total, href) => total + size(href), 0),
    cssGzip: css.reduce((total, href) => total + gzipSync(readFileSync(join(distDir, href))).length, 0),
    js: js.reduce((total, href) => total + size(href), 0),
    images: (text.match(/<img /g) ?? []).length,
  };
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);
const chromium = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
const lines = [
  '# Performance',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run lighthouse\` (scripts/lighthouse.ts): Lighthouse 13.5.0, mobile preset`,
  `(simulated slow 4G and a 4× slower CPU), ${chromium || 'Debian Chromium'}, the built site served with gzip and the`,
  `headers of \`_headers\`, as the host serves it. Each page is measured ${runCount} times; the table shows the run with the`,
  'median performance score. The budget itself is checked by tests/build/budget.test.ts in `npm test`, which runs before any change of the code is published.',
  '',
  '## Lighthouse scores',
  '',
  '| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | SI | transferred | requests |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (result) =>
      `| ${result.name} | \`${result.path}\` | ${categories.map((id) => result.scores[id]).join(' | ')} | ${Object.values(result.metrics).join(' | ')} | ${result.transferKB} KB | ${result.requests} |`,
  ),
  '',
  '### Where a score is below 100, and why',
  '',
  ...(results.some((result) => result.belowFull.length > 0)
    ? results.flatMap((result) => result.belowFull.map((line) => `- \`${result.path}\` ${line}`))
    : ['Every page scores 100 in every category.']),
  '',
  '## Weight of one page per template (uncompressed, gzip in brackets)',
  '',
  'Budget: HTML ≤ 40 KB and CSS ≤ 25 KB uncompressed per content page; `/sok`, the search page, adds a stylesheet of its own of at most 6 KB and is the one page with JavaScript; no web fonts.',
  '',
  '| template | path | HTML | CSS | JS | images in page |',
  '|---|---|---:|---:|---:|---:|',
  ...[...templates, { name: 'search', path: '/sok' }].map(({ name, path }) => {
    const size = weight(path);
    return `| ${name} | \`${path}\` | ${kB(size.html)} KB (${kB(size.htmlGzip)}) | ${kB(size.css)} KB (${kB(size.cssGzip)}) | ${size.js ? `${kB(size.js)} KB` : '0'} | ${size.images} |`;
  }),
  '',
  `The whole build: ${readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length} HTML pages.`,
  '',
];

if (write) {
  // Notes written by hand below the generated part ('## Notes') are kept.
  const previous = existsSync('docs/performance.md') ? readFileSync('docs/performance.md', 'utf8') : '';
  const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes')) : '';
  writeFileSync('docs/performance.md', lines.join('\n') + notes);
  console.log('Wrote docs/performance.md');
}
