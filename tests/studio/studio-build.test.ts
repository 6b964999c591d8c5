// The Studio builds offline with `sanity build` (7–9 s here), the committed schema.json is what
// `sanity schema extract` (16–18 s) produces today, and the committed query types are what TypeGen makes of the
// queries and that schema today, so no page is checked against stale types.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { schemaTypes } from '../../studio/schemaTypes';

const studioDir = resolve('studio');

/** Runs the sanity CLI on Node 24 (node_modules/.bin first on PATH), offline, without telemetry. */
function sanity(
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; output: string; seconds: number }> {
  const started = Date.now();
  const env = {
    ...process.env,
    ...extraEnv,
    PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
    SANITY_TELEMETRY_DISABLED: '1',
    CI: 'true',
  };
  const child = spawn(resolve('node_modules/.bin/sanity'), args, {
    cwd: studioDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) =>
    child.on('close', (code) => done({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 })),
  );
}

describe('sanity CLI', () => {
  test('sanity build succeeds offline, without the local draft preview that only `sanity dev` uses', async () => {
    const out = mkdtempSync(join(tmpdir(), 'for-alle-studio-'));
    try {
      // As on a build server where nobody set the preview's address (an empty value counts as unset).
      const result = await sanity(['build', out, '--yes'], { SANITY_STUDIO_PREVIEW_URL: '' });
      expect(result.code, result.output.slice(-3000)).toBe(0);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      // «Forhåndsvis» would send editors of a hosted Studio to their own machine (studio/.env.development).
      const bundle = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
      expect(bundle.length).toBeGreaterThan(0);
      const withLocalhost = bundle.filter((name) => readFileSync(join(out, name), 'utf8').includes('localhost:4322'));
      expect(withLocalhost).toEqual([]);
      console.log(`sanity build: ${result.seconds.toFixed(1)} s`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);

  test('the committed schema.json is current and lists every type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'for-alle-schema-'));
    try {
      const path = join(dir, 'schema.json');
      // The CLI joins --path onto the studio folder even when it is absolute, so pass it relative.
      const result = await sanity(['schema', 'extract', '--path', relative(studioDir, path)]);
      expect(result.code, result.output.slice(-3000)).toBe(0);
      console.log(`sanity schema extract: ${result.seconds.toFixed(1)} s`);
      const extracted = JSON.parse(readFileSync(path, 'utf8')) as { name: string }[];
      const committed = JSON.parse(readFileSync(join(studioDir, 'schema.json'), 'utf8')) as { name: string }[];
      expect(committed).toEqual(extracted);
      const names = extracted.map((type) => type.name);
      for (const type of schemaTypes) expect(names).toContain(type.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  test('the committed query types are what TypeGen generates from the queries and schema.json', async () => {
    // Inside the repository, so TypeGen formats with the project's Prettier settings as `npm run typegen` does.
    const dir = resolve('.tmp/typegen-check');
    mkdirSync(dir, { recursive: true });
    const out = join(dir, 'sanity.types.ts');
    try {
      const result = await sanity(['typegen', 'generate'], { TYPEGEN_OUT: relative(studioDir, out) });
      expect(result.code, result.output.slice(-3000)).toBe(0);
      console.log(`sanity typegen generate: ${result.seconds.toFixed(1)} s`);
      const committed = readFileSync(resolve('src/lib/sanity/sanity.types.ts'), 'utf8');
      expect(readFileSync(out, 'utf8') === committed, 'run `npm run typegen` and commit the result').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
