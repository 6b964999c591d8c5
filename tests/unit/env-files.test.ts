// A root .env is read by astro.config.mjs itself, so the content guard (which picks its content source before Vite
// starts) and the site's address see what the pages see. Runs the real config in a child process, from a folder
// holding a .env, as `npm run build` runs it from the repository root.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const url = (path: string) => pathToFileURL(resolve(path)).href;

async function configSeenFrom(envFile: string, shell: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'for-alle-env-'));
  await writeFile(join(dir, '.env'), envFile);
  const probe = join(dir, 'probe.mts');
  await writeFile(
    probe,
    [
      `const { default: config } = await import(${JSON.stringify(url('astro.config.mjs'))});`,
      `const { sourceConfigFromEnv } = await import(${JSON.stringify(url('src/lib/sanity/config.ts'))});`,
      `console.log(JSON.stringify({ site: config.site, source: sourceConfigFromEnv() }));`,
    ].join('\n'),
  );
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', ...shell };
  for (const name of ['SITE_URL', 'SANITY_PROJECT_ID', 'SANITY_DATASET', 'LOCAL_DATASET', 'VITEST'])
    if (!(name in shell)) delete env[name];
  const out = execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), probe], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

const envFile = 'SITE_URL=https://fra-env-fila.example.no\nSANITY_PROJECT_ID=abc123\nSANITY_DATASET=fra-fila\n';

describe('a .env file at the root', () => {
  it('gives the site its address and the content guard its Sanity project, with the shell winning; not to the tests', async () => {
    const [build, underTest] = await Promise.all([
      configSeenFrom(envFile, { SANITY_DATASET: 'fra-skallet' }),
      // Vitest's processes and the builds they start build from what the tests set.
      configSeenFrom(envFile, { VITEST: 'true' }),
    ]);
    expect(build.site).toBe('https://fra-env-fila.example.no');
    expect(build.source).toMatchObject({ backend: 'content-lake', projectId: 'abc123', dataset: 'fra-skallet' });
    expect(underTest.site).toBe('https://foralle.example.no');
    expect(underTest.source.backend).toBe('bundled');
  }, 60_000);
});
