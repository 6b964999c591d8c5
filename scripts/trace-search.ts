// Records Chromium performance traces of /sok with a 4× slower CPU (Lighthouse's mobile preset) and lists the main
// thread's long tasks (over 50 ms): when they ran, what they were (script evaluation, a timer, a fetch's answer…)
// and which functions took the time, from a CPU profile sampled alongside and mapped through the bundle's source
// map when the build has one. Repeats each page and prints the medians, since the machine may be busy.
//
// Usage: npm run trace:search -- [--dist dist] [--runs 5] [--save dir] [path …]
//   Default paths: /sok?q=konferanse and /sok. For function names from the sources, point --dist at a build with
//   source maps (docs/performance.md, «/sok: where the main thread went», says how). --save keeps each trace and
//   profile, to open in Chromium's DevTools.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1]! : fallback;
};
const distDir = option('--dist', 'dist');
const runs = Number(option('--runs', '5'));
const saveDir = option('--save', '');
const paths = args.length > 0 ? args : ['/sok?q=konferanse', '/sok'];
const cpuSlowdown = 4;
const longTaskMs = 50;
const settleMs = 6000;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface LongTask {
  startMs: number;
  durationMs: number;
  /** The task's outermost traced events: what kind of work it was. */
  kinds: string;
  /** Self time per function within the task, largest first. */
  functions: [string, number][];
}

interface RunResult {
  fcpMs: number;
  doneMs: number;
  tbtMs: number;
  mainThreadMs: number;
  /** Time in the page's own script (/_astro/), from the profile's samples. */
  scriptMs: number;
  tasks: LongTask[];
}

// Reads source maps, when the build has them; Vite's own dependency, not the site's, so it may be missing.
const traceMapping = await import('@jridgewell/trace-mapping').catch(() => null);
type TraceMap = import('@jridgewell/trace-mapping').TraceMap;

const maps = new Map<string, TraceMap | null>();
function sourceMapFor(url: string): TraceMap | null {
  if (maps.has(url)) return maps.get(url)!;
  let map: TraceMap | null = null;
  try {
    const file = join(distDir, new URL(url).pathname);
    if (traceMapping && existsSync(`${file}.map`)) map = new traceMapping.TraceMap(readFileSync(`${file}.map`, 'utf8'));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** A profile frame as «function (file:line)», through the source map when there is one. */
function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  if (!frame.url) return frame.functionName || '(program)';
  const map = sourceMapFor(frame.url);
  if (map && traceMapping) {
    const original = traceMapping.originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    if (original.source) {
      const source = original.source.replace(/^.*?\/src\//, 'src/');
      return `${frame.functionName || '(anonymous)'} → ${original.name ?? '?'} (${source}:${original.line})`;
    }
  }
  const path = new URL(frame.url).pathname;
  return `${frame.functionName || '(anonymous)'} (${path}:${frame.lineNumber + 1}:${frame.columnNumber + 1})`;
}

function analyse(events: TraceEvent[], profile: CpuProfile): RunResult {
  const threadNames = events.filter((event) => event.ph === 'M' && event.name === 'thread_name');
  const mains = threadNames.filter((event) => event.args?.name === 'CrRendererMain');
  // The page's renderer: the main thread with the most work.
  const work = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const busy = new Map<string, number>();
  for (const event of events) if (event.name === 'RunTask') busy.set(work(event), (busy.get(work(event)) ?? 0) + 1);
  const main = mains.map(work).sort((a, b) => (busy.get(b) ?? 0) - (busy.get(a) ?? 0))[0];
  const onMain = events.filter((event) => work(event) === main);

  // The page's own navigation, not the blank page a new tab starts with.
  const navigation =
    events.find(
      (event) =>
        event.name === 'navigationStart' && String(event.args?.data?.documentLoaderURL ?? '').startsWith('http'),
    )?.ts ?? events[0]!.ts;
  const after = (name: string) => events.find((event) => event.name === name && event.ts >= navigation)?.ts;
  const fcp = after('firstContentfulPaint') ?? navigation;
  const done = after('search-done') ?? fcp;
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.ts >= navigation);
  const ms = (us: number) => us / 1000;

  // Sample times and the function each sample stood in.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const sampleTimes: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) sampleTimes.push((time += delta));

  const long: LongTask[] = [];
  let tbt = 0;
  for (const task of tasks) {
    const duration = task.dur ?? 0;
    if (task.ts >= fcp) tbt += Math.max(0, ms(duration) - longTaskMs);
    if (ms(duration) <= longTaskMs) continue;
    const end = task.ts + duration;
    const inner = onMain.filter(
      (event) => event !== task && event.ph === 'X' && event.ts >= task.ts && event.ts < end && (event.dur ?? 0) > 1000,
    );
    const kinds = new Map<string, number>();
    for (const event of inner) {
      const data = event.args?.data ?? {};
      const where = typeof data.url === 'string' && data.url ? ` ${new URL(data.url).pathname}` : '';
      const label = `${event.name}${where}`;
      kinds.set(label, (kinds.get(label) ?? 0) + ms(event.dur ?? 0));
    }
    const selfTime = new Map<string, number>();
    sampleTimes.forEach((at, index) => {
      if (at < task.ts || at >= end) return;
      const node = nodes.get(profile.samples[index]!)!;
      const step = ms((sampleTimes[index + 1] ?? at) - at);
      const name = frameName(node.callFrame);
      selfTime.set(name, (selfTime.get(name) ?? 0) + step);
    });
    long.push({
      startMs: Math.round(ms(task.ts - navigation)),
      durationMs: Math.round(ms(duration)),
      kinds: [...kinds]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([label, total]) => `${label} ${Math.round(total)}`)
        .join('; '),
      functions: [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 8),
    });
  }
  const mainThread = tasks.reduce((total, task) => total + ms(task.dur ?? 0), 0);
  let script = 0;
  sampleTimes.forEach((at, index) => {
    if (at < navigation || !nodes.get(profile.samples[index]!)!.callFrame.url.includes('/_astro/')) return;
    script += ms((sampleTimes[index + 1] ?? at) - at);
  });
  return {
    fcpMs: Math.round(ms(fcp - navigation)),
    doneMs: Math.round(ms(done - navigation)),
    tbtMs: Math.round(tbt),
    mainThreadMs: Math.round(mainThread),
    scriptMs: Math.round(script),
    tasks: long,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const server = await startStaticServer(distDir, { asHost: true });
const browser = await launchChromium();
try {
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  for (const path of paths) {
    const results: RunResult[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone === undefined) return;
          performance.mark('search-done');
          observer.disconnect();
        }).observe(document, { subtree: true, attributeFilter: ['data-search-done'] });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'toplevel',
          'v8',
          'v8.execute',
          'blink.user_timing',
          'loading',
          'disabled-by-default-devtools.timeline.frame',
        ],
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      // Nothing is evaluated in the page while it is traced (Playwright's injected scripts would be long tasks of
      // their own): the init script marks the moment the search is on show, and the page gets time to finish.
      await page.waitForTimeout(settleMs);
      const trace = await browser.stopTracing();
      const done = await page.evaluate(
        () => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchDone,
      );
      if (done === undefined) throw new Error(`${path}: the search was not on show after ${settleMs} ms`);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
      if (saveDir) {
        const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${run + 1}`;
        writeFileSync(join(saveDir, `${name}.json`), trace);
        writeFileSync(join(saveDir, `${name}.cpuprofile`), JSON.stringify(profile));
      }
      results.push(analyse(traceEvents, profile));
      await context.close();
    }
    console.log(`\n${path}  (${runs} runs, CPU ${cpuSlowdown}× slower)`);
    results.forEach((result, index) => {
      console.log(
        `  run ${index + 1}: FCP ${result.fcpMs} ms, search done ${result.doneMs} ms, main thread ${result.mainThreadMs} ms, page script ${result.scriptMs} ms, blocking after FCP ${result.tbtMs} ms, long tasks ${result.tasks.map((task) => `${task.durationMs} ms at ${task.startMs}`).join(', ') || 'none'}`,
      );
      for (const task of result.tasks) {
        console.log(`    ${task.durationMs} ms at ${task.startMs} ms: ${task.kinds}`);
        for (const [name, total] of task.functions) console.log(`      ${total.toFixed(1).padStart(6)} ms  ${name}`);
      }
    });
    const spread = (pick: (result: RunResult) => number) => {
      const values = results.map(pick);
      return `${median(values)} (${Math.min(...values)}–${Math.max(...values)})`;
    };
    console.log(
      `  median (min–max): FCP ${spread((r) => r.fcpMs)} ms; search done ${spread((r) => r.doneMs)} ms; main thread ${spread((r) => r.mainThreadMs)} ms; page script ${spread((r) => r.scriptMs)} ms; blocking after FCP ${spread((r) => r.tbtMs)} ms; longest task ${spread((r) => Math.max(0, ...r.tasks.map((task) => task.durationMs)))} ms`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
