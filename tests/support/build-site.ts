import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The variables that choose the content source; a test build sets the ones it means, never the caller's shell. */
export const contentSourceVariables = [
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_READ_TOKEN',
  'SANITY_API_HOST',
  'LOCAL_DATASET',
];

/**
 * A fresh output folder for one test build, inside the project. Astro writes a build's server chunks to
 * `<outDir>/.prerender` only when outDir is inside the working directory; outside it, every build shares
 * `.astro/.prerender` and parallel builds overwrite each other's chunks.
 */
export function testBuildDir(name: string): string {
  mkdirSync('.tmp/builds', { recursive: true });
  return join(mkdtempSync(join(resolve('.tmp/builds'), `${name}-`)), 'dist');
}

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Builds the site as `npm run build` does, each step in a child process: `astro build`, then the search index
 * (scripts/build-search-index.ts) unless `searchIndex` is false. Returns the exit code and output of both.
 * The content source and the site's address are the defaults unless given in `env`, whatever the caller's shell or a
 * root .env says, so a test builds what it means to. They are set empty, not removed: Astro reads .env into every
 * variable the environment lacks.
 */
export async function buildSite(options: {
  outDir: string;
  env?: Record<string, string>;
  allowFailure?: boolean;
  /** False for a test that reads only the pages: the index step costs each build about two seconds. */
  searchIndex?: boolean;
}): Promise<BuildResult> {
  if (!resolve(options.outDir).startsWith(process.cwd())) {
    throw new Error(
      `buildSite: outDir ${options.outDir} is outside the project, where parallel builds collide; use testBuildDir()`,
    );
  }
  const env: Record<string, string | undefined> = { ...process.env, SANITY_TELEMETRY_DISABLED: '1' };
  for (const key of [...contentSourceVariables, 'SITE_URL']) env[key] = '';
  // Each build keeps its own manifest, report and content check, so test builds never compare themselves with a developer's site.
  env.BUILD_MANIFEST = resolve(`${options.outDir}.manifest.json`);
  env.CONTENT_REPORT = resolve(`${options.outDir}.innholdsrapport.md`);
  env.CONTENT_CHECK = resolve(`${options.outDir}.innholdskontroll.json`);
  Object.assign(env, options.env);
  let output = '';
  const run = (command: string, args: string[]) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    return new Promise<number>((resolveExit) => child.on('close', (exitCode) => resolveExit(exitCode ?? 1)));
  };
  let code = await run(resolve('node_modules/.bin/astro'), ['build', '--outDir', options.outDir]);
  if (code === 0 && options.searchIndex !== false)
    code = await run(resolve('node_modules/.bin/node'), ['scripts/build-search-index.ts', '--site', options.outDir]);
  if (code !== 0 && !options.allowFailure) throw new Error(`the build failed (exit ${code}):\n${output.slice(-4000)}`);
  return { code, output };
}
