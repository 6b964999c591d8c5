// `astro check` type-checks every .astro component and TypeScript file against the TypeGen query types, so a
// query or schema change that leaves a page reading a field it no longer gets fails here, not on a visitor's screen.
import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';
import { expect, test } from 'vitest';

test('the site type-checks with astro check', async () => {
  const child = spawn(resolve('node_modules/.bin/astro'), ['check'], {
    env: { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
  // Astro prints diagnostics with colours; the summary line is enough to read in a failure.
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  expect(code, plain.slice(-4000)).toBe(0);
  expect(plain).toMatch(/- 0 errors/);
}, 180_000);
