// Starts the draft preview the way `npm run preview:drafts` does (astro dev with PREVIEW_DRAFTS=1 and --ignore-lock,
// so it runs beside a developer's own `astro dev`), on 127.0.0.1 and a free port, and stops it again: the whole
// process group, so no Vite or esbuild child outlives the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { contentSourceVariables } from './build-site';

export interface PreviewServer {
  origin: string;
  /** Everything the server printed so far. */
  output(): string;
  close(): Promise<void>;
}

export interface PreviewExit {
  code: number | null;
  output: string;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** The environment of a preview: the caller's shell without content source settings or Vitest's own, plus `env`. */
function previewEnv(env: Record<string, string>): Record<string, string | undefined> {
  const base: Record<string, string | undefined> = {
    ...process.env,
    SANITY_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Empty, not removed: the preview reads a root .env into every variable the environment lacks (astro.config.mjs).
  for (const key of [...contentSourceVariables, 'SITE_URL']) base[key] = '';
  // Vitest's NODE_ENV=test and VITEST* would make the dev server behave as under test, not as an editor runs it.
  for (const key of Object.keys(base)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete base[key];
  return { ...base, PREVIEW_DRAFTS: '1', ...env };
}

function spawnPreview(port: number, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(
    resolve('node_modules/.bin/astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    {
      env: previewEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    signalGroup(child, 'SIGTERM');
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Starts the preview and resolves once it serves, with the address it printed. */
export async function startPreviewServer(env: Record<string, string> = {}, timeoutMs = 60_000): Promise<PreviewServer> {
  const { child, output } = spawnPreview(await freePort(), env);
  const origin = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`preview did not start in ${timeoutMs} ms:\n${output()}`)),
      timeoutMs,
    );
    const watch = () => {
      const match = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output().replace(/\x1b\[[0-9;]*m/g, ''));
      if (match) {
        clearTimeout(timer);
        ready(match[1]);
      }
    };
    child.stdout!.on('data', watch);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`preview exited with ${code} before it served:\n${output()}`));
    });
  }).catch(async (error) => {
    await stop(child);
    throw error;
  });
  try {
    await warmUp(origin, timeoutMs);
  } catch (error) {
    await stop(child);
    throw new Error(`${(error as Error).message}\n${output()}`);
  }
  return { origin, output, close: () => stop(child) };
}

/**
 * Waits until the home page renders. Vite may re-optimise dependencies right after "ready" and restart, dropping
 * the first connections; an editor's browser just reloads, a test asks again.
 */
async function warmUp(origin: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(origin);
      await response.arrayBuffer();
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`preview at ${origin} did not render the home page in ${timeoutMs} ms (${last})`);
}

/** Runs a preview that is expected to refuse to start, and returns its exit code (null if it served) and output. */
export async function previewThatFails(env: Record<string, string>, timeoutMs = 60_000): Promise<PreviewExit> {
  const { child, output } = spawnPreview(await freePort(), env);
  const code = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => stop(child).then(() => done(null)), timeoutMs);
    child.stdout!.on('data', () => {
      if (/Local\s+http/.test(output())) stop(child).then(() => done(null));
    });
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      done(exitCode);
    });
  });
  return { code, output: output() };
}
