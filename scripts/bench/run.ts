// npm run bench: how the build scales. For each N (default 1,000 and 10,000 project stories) it generates a
// synthetic dataset (scripts/bench/generate.ts), builds the full site from it through the normal content path
// (LOCAL_DATASET, astro build with the content guard and Pagefind), and builds the bare floor for the same stories
// (scripts/bench/floor.ts: a minimal Astro site from a JSON file, plus Pagefind). Per step – content load and
// validation, Astro build, search indexing – it reports wall time, peak memory of the process tree, pages per
// second and output size, and the ratio of the full build to the floor; then the first-search download on the
// largest site. Results go to docs/benchmark.md (and one line to docs/search.md).
//
// Usage: npm run bench [-- --sizes 1000,10000] [-- --repeat 2] [-- --no-write] [-- --echo] [-- --skip-floor]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, launchChromium } from '../lib/chromium.ts';
import { kB, measureFirstSearch, sum } from '../lib/search-weight.ts';
import { writeFloorProject } from './floor.ts';
import { generateDataset } from './generate.ts';
import { measure, type Measurement, type StepMarker } from './measure.ts';

const args = process.argv.slice(2);
const sizesFlag = args.indexOf('--sizes');
const sizes = sizesFlag >= 0 ? args[sizesFlag + 1].split(',').map(Number) : [1000, 10000];
const write = !args.includes('--no-write');
const echo = args.includes('--echo');
// Builds on a shared machine vary by a fifth from run to run: with --repeat N each build runs N times and the
// fastest run is reported (the least disturbed by anything else on the machine).
const repeatFlag = args.indexOf('--repeat');
const repeat = repeatFlag >= 0 ? Number(args[repeatFlag + 1]) : 1;
const benchDir = resolve('.tmp/bench');
// Astro's own entry run by this Node (24), whatever `node` is first on the PATH.
const astro = [process.execPath, resolve('node_modules/astro/bin/astro.mjs')];
const fixedNow = '2026-11-26T12:00:00Z';

const stepNames = ['content load and validation', 'Astro build', 'search indexing'] as const;
const fullMarkers: StepMarker[] = [
  { name: stepNames[0], endsAt: /\[for-alle:content-guard\] Checked/ },
  // The sitemap is the last thing written before the Pagefind integration starts.
  { name: stepNames[1], endsAt: /\[@astrojs\/sitemap\]/ },
  { name: stepNames[2], endsAt: /\[search-index\] Indexed/ },
];
const floorMarkers: StepMarker[] = [
  { name: stepNames[0], endsAt: /\[floor\] Loaded/ },
  { name: stepNames[1], endsAt: /\[floor\] Built/ },
  { name: stepNames[2], endsAt: /\[floor\] Indexed/ },
];

function directoryBytes(path: string, skip?: string): { files: number; html: number; bytes: number } {
  let files = 0;
  let html = 0;
  let bytes = 0;
  if (!existsSync(path)) return { files, html, bytes };
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    if (skip && full.startsWith(join(path, skip))) continue;
    files += 1;
    if (entry.name.endsWith('.html')) html += 1;
    bytes += statSync(full).size;
  }
  return { files, html, bytes };
}

interface BuildFigures {
  measurement: Measurement;
  pages: number;
  indexedPages: number;
  /** Bytes each step produced: the content read, the site without its index, the index. */
  outputs: [number, number, number];
}

async function runBuild(
  label: string,
  command: string[],
  env: NodeJS.ProcessEnv,
  markers: StepMarker[],
  outDir: string,
  inputBytes: number,
  indexedPattern: RegExp,
  before?: () => void,
): Promise<BuildFigures> {
  let measurement: Measurement | null = null;
  for (let run = 1; run <= repeat; run++) {
    rmSync(outDir, { recursive: true, force: true });
    before?.();
    console.log(`  ${label}${repeat > 1 ? ` (run ${run} of ${repeat})` : ''} …`);
    const current = await measure(command[0], command.slice(1), { env: { ...process.env, ...env }, markers, echo });
    if (current.code !== 0) throw new Error(`${label} failed (exit ${current.code}):\n${current.output.slice(-4000)}`);
    if (repeat > 1)
      console.log(
        `    ${(current.totalMs / 1000).toFixed(1)} s (CPU ${(current.cpuMs / 1000).toFixed(1)} s), peak ${(current.peakBytes / 2 ** 30).toFixed(2)} GB`,
      );
    if (!measurement || current.totalMs < measurement.totalMs) measurement = current;
  }
  if (!measurement) throw new Error('no run');
  const site = directoryBytes(outDir, 'pagefind');
  const index = directoryBytes(join(outDir, 'pagefind'));
  const indexedPages = Number(indexedPattern.exec(measurement.output)?.[1] ?? 0);
  console.log(
    `  ${label}: ${(measurement.totalMs / 1000).toFixed(1)} s, peak ${(measurement.peakBytes / 2 ** 30).toFixed(2)} GB, ${site.html} pages (` +
      measurement.steps
        .map(
          (step) =>
            `${step.name} ${(step.ms / 1000).toFixed(1)} s, CPU ${(step.cpuMs / 1000).toFixed(1)} s, ${(step.peakBytes / 2 ** 30).toFixed(2)} GB`,
        )
        .join('; ') +
      ')',
  );
  return { measurement, pages: site.html, indexedPages, outputs: [inputBytes, site.bytes, index.bytes] };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ratio = (full: number, floor: number) => (floor > 0 ? `${(full / floor).toFixed(2)}×` : '–');

interface SizeResult {
  n: number;
  documents: number;
  full: BuildFigures;
  floor: BuildFigures;
}

const results: SizeResult[] = [];
// Other work on the machine slows every build: the load average before and after goes into the report.
const loadBefore = loadavg()[0];
writeFloorProject(join(benchDir, 'floor'));

for (const n of sizes) {
  console.log(`N = ${n.toLocaleString('en')} stories`);
  const dataDir = join(benchDir, `data-${n}`);
  const generated = generateDataset(n, dataDir);
  console.log(`  dataset: ${generated.documents} documents, ${mb(generated.bytes)} (${dataDir})`);

  const fullOut = join(benchDir, `full-${n}`);
  const full = await runBuild(
    'full build',
    // What `npm run build` runs: astro build, then the search index in a process of its own (paths as arguments).
    [
      '/bin/sh',
      '-c',
      '"$0" "$1" build --outDir "$2" && "$0" scripts/build-search-index.ts --site "$2"',
      astro[0],
      astro[1],
      fullOut,
    ],
    {
      LOCAL_DATASET: generated.ndjsonFile,
      BUILD_NOW: fixedNow,
      BUILD_MANIFEST: join(benchDir, `full-${n}.manifest.json`),
      CONTENT_REPORT: join(benchDir, `full-${n}.innholdsrapport.md`),
      SANITY_TELEMETRY_DISABLED: '1',
    },
    fullMarkers,
    fullOut,
    generated.bytes,
    /Indexed (\d+) entries/,
    // A fresh manifest each run: the content guard must not compare this build with one of another size.
    () => rmSync(join(benchDir, `full-${n}.manifest.json`), { force: true }),
  );
  if (args.includes('--skip-floor')) continue;

  const floorRoot = join(benchDir, 'floor');
  const floorOut = join(floorRoot, 'dist');
  const floor = await runBuild(
    'floor build',
    [...astro, 'build', '--root', floorRoot],
    { FLOOR_RECORDS: generated.recordsFile },
    floorMarkers,
    floorOut,
    statSync(generated.recordsFile).size,
    /Indexed (\d+) pages/,
  );
  results.push({ n, documents: generated.documents, full, floor });
}

if (results.length === 0) process.exit(0);

// What a visitor downloads for a first search on the largest site.
const largest = results[results.length - 1];
let firstSearch: { query: string; resultCount: string; pagefind: number; script: number; total: number } | null = null;
{
  const browser = await launchChromium();
  try {
    const weight = await measureFirstSearch(browser, join(benchDir, `full-${largest.n}`), 'fotball');
    firstSearch = {
      query: weight.query,
      resultCount: weight.resultCount,
      pagefind: sum(weight.pagefind),
      script: sum(weight.script),
      total: sum(weight.pagefind) + sum(weight.script) + sum(weight.other),
    };
    console.log(
      `First search «fotball» on the ${largest.n.toLocaleString('en')}-story site: ${kB(firstSearch.pagefind)} of Pagefind files, ${kB(firstSearch.total)} in all (${firstSearch.resultCount})`,
    );
  } finally {
    await browser.close();
  }
}

// The tables.
const rows: string[] = [];
for (const { n, documents, full, floor } of results) {
  const pagesOf = (figures: BuildFigures, step: number) => (step === 2 ? figures.indexedPages : figures.pages);
  stepNames.forEach((name, step) => {
    const f = full.measurement.steps[step];
    const b = floor.measurement.steps[step];
    rows.push(
      `| ${n.toLocaleString('en')} | ${name} | ${seconds(f.ms)} (${seconds(f.cpuMs)}) | ${gb(f.peakBytes)} | ${Math.round(pagesOf(full, step) / (f.ms / 1000))} | ${mb(full.outputs[step])} | ` +
        `${seconds(b.ms)} (${seconds(b.cpuMs)}) | ${gb(b.peakBytes)} | ${Math.round(pagesOf(floor, step) / (b.ms / 1000))} | ${mb(floor.outputs[step])} | ${ratio(f.ms, b.ms)} (${ratio(f.cpuMs, b.cpuMs)}) |`,
    );
  });
  const [f, b] = [full.measurement, floor.measurement];
  rows.push(
    `| ${n.toLocaleString('en')} | **whole build** (${documents.toLocaleString('en')} documents; ${full.pages.toLocaleString('en')} vs ${floor.pages.toLocaleString('en')} pages) | **${seconds(f.totalMs)}** (${seconds(f.cpuMs)}) | ${gb(f.peakBytes)} | ${Math.round(full.pages / (f.totalMs / 1000))} | ${mb(full.outputs[1] + full.outputs[2])} | ` +
      `**${seconds(b.totalMs)}** (${seconds(b.cpuMs)}) | ${gb(b.peakBytes)} | ${Math.round(floor.pages / (b.totalMs / 1000))} | ${mb(floor.outputs[1] + floor.outputs[2])} | **${ratio(f.totalMs, b.totalMs)}** (${ratio(f.cpuMs, b.cpuMs)}) |`,
  );
}

const summary: string[] = [];
if (results.length >= 2) {
  const [small, big] = [results[0], results[results.length - 1]];
  const growth = (a: number, b: number) => (b / a / (big.n / small.n)).toFixed(2);
  summary.push(
    `From ${small.n.toLocaleString('en')} to ${big.n.toLocaleString('en')} stories (${big.n / small.n}× as many), the full build took ` +
      `${(big.full.measurement.totalMs / small.full.measurement.totalMs).toFixed(1)}× as long: ${growth(small.full.measurement.totalMs, big.full.measurement.totalMs)} of linear ` +
      `(the floor: ${growth(small.floor.measurement.totalMs, big.floor.measurement.totalMs)}). Below 1 means a fixed start-up cost is spread over more pages; above 1 would mean worse than linear.`,
  );
}
for (const { n, full, floor } of results) {
  summary.push(
    `At ${n.toLocaleString('en')} stories: full build ${seconds(full.measurement.totalMs)} against the floor's ${seconds(floor.measurement.totalMs)} ` +
      `(**${ratio(full.measurement.totalMs, floor.measurement.totalMs)}**), peak memory ${gb(full.measurement.peakBytes)} (floor ${gb(floor.measurement.peakBytes)}).`,
  );
}

const chromiumVersion = spawnSync(chromiumPath, ['--version'], {
  encoding: 'utf8',
}).stdout.trim();
const markdown = [
  '# Build benchmark',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\` (scripts/bench/) on ${cpus().length} cores and ${Math.round(totalmem() / 2 ** 30)} GB of memory, Node ${process.version};`,
  `load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (other work on the machine slows every build).`,
  'Each N is a synthetic dataset of N project stories spread over the nine places (Norwegian text from sentence templates,',
  'four to eight paragraphs, a list, an internal link, a picture from the bundled set), 30 generated events, and the',
  "bundled dataset's settings, pillars, places, organisations, people, conferences with their sessions, research and pages.",
  '',
  '- **Full build**: `npm run build` with `LOCAL_DATASET` pointing at the generated NDJSON, through the normal content path',
  '  (groq-js over the export, the content guard, every template, images, the PDF text), then the Pagefind index in a',
  '  process of its own (scripts/build-search-index.ts, which runs src/lib/search/run-pagefind.ts).',
  '- **Floor**: a minimal Astro project (`.tmp/bench/floor/`, written by scripts/bench/floor.ts) that renders one page per',
  '  story from a JSON file with the same words, then Pagefind over it with the same Node API calls.',
  '',
  "Steps end at a log line of each build: the content guard's check (the floor: its records loaded), the sitemap written",
  '(the floor: its pages built), and the index written. The first step includes Astro starting up. Memory is the resident',
  "memory of the whole process tree (Node and Pagefind's binary), sampled every 50 ms. CPU time (user and system, the",
  'whole tree) is in brackets: it varies less than wall time when other work shares the machine. Pages per second counts pages',
  'built (for indexing: pages indexed); output is what the step produced (the content read, the site without its',
  'index, the index).',
  '',
  '| N | step | full: wall (CPU) | full: peak memory | full: pages/s | full: output | floor: wall (CPU) | floor: peak memory | floor: pages/s | floor: output | full ÷ floor: wall (CPU) |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  ...summary.map((line) => `- ${line}`),
  '',
  firstSearch
    ? `First search on the ${largest.n.toLocaleString('en')}-story site (\`/sok?q=${firstSearch.query}\`, ${firstSearch.resultCount.replace(/\.$/, '')}, ${chromiumVersion}, empty cache): ` +
      `${kB(firstSearch.pagefind)} of Pagefind files and ${kB(firstSearch.script)} of the search page's script, ${kB(firstSearch.total)} in all over the wire.`
    : '',
  '',
];

console.log(['', ...rows, '', ...summary].join('\n'));
if (write) {
  const previous = existsSync('docs/benchmark.md') ? readFileSync('docs/benchmark.md', 'utf8') : '';
  // Keep the notes on what was found and changed, which are written by hand below the generated part.
  const notes = previous.includes('\n## Where the time went')
    ? previous.slice(previous.indexOf('\n## Where the time went'))
    : '';
  writeFileSync('docs/benchmark.md', markdown.join('\n') + notes);
  console.log('Wrote docs/benchmark.md');
  if (firstSearch && existsSync('docs/search.md')) {
    // One line, replaced by each run rather than added again.
    const line =
      `- Benchmark (${new Date().toISOString().slice(0, 10)}, \`npm run bench\`): on the ${largest.n.toLocaleString('en')}-story site a first search («${firstSearch.query}», ` +
      `${firstSearch.resultCount.replace(/\.$/, '')}) downloads ${kB(firstSearch.pagefind)} of Pagefind files, ${kB(firstSearch.total)} in all over the wire.`;
    const text = readFileSync('docs/search.md', 'utf8');
    const previous = text.split('\n').find((existing) => existing.startsWith('- Benchmark ('));
    writeFileSync(
      'docs/search.md',
      previous ? text.replace(previous, line) : `${text.replace(/\n*$/, '')}\n\n${line}\n`,
    );
    console.log('Wrote the first-search figure to docs/search.md');
  }
}
