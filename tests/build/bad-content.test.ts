// The content guard is wired into the build: bad content stops `astro build` before any page is written, with the
// guard's message, and a build that lost too many pages is not published. Each case of the catalogue of bad input
// (tests/fixtures/bad-content/cases.ts) is checked against the guard itself in tests/unit/content-guard.test.ts;
// here one case builds for real.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badContentCases } from '../fixtures/bad-content/cases';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixtureDataset } from '../support/fixture-dataset';

const catalogue = 'tests/fixtures/bad-content';

describe('bad content stops the build', () => {
  it('before any page, listing every problem', { timeout: 120_000 }, async () => {
    const name = 'several-problems-at-once';
    const dataset = fixtureDataset({ extra: `${catalogue}/${name}.ndjson`, imagesFrom: catalogue });
    const outDir = testBuildDir(`bad-${name}`);
    const { code, output } = await buildSite({ outDir, env: { LOCAL_DATASET: dataset }, allowFailure: true });
    expect(code).not.toBe(0);
    for (const line of badContentCases[name].expected) expect(output).toContain(line);
    const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true }).map(String) : [];
    expect(written.filter((file) => file.endsWith('.html'))).toEqual([]);
  });

  it(
    'stops a build that lost more than 10 % of the last build’s pages, unless they are redirected',
    { timeout: 120_000 },
    async () => {
      const outDir = testBuildDir('shrink');
      const manifest = join(dirname(outDir), 'manifest.json');
      const lost = Array.from({ length: 40 }, (_, index) => `/historier/tapt-${index}/`);
      writeFileSync(manifest, JSON.stringify({ pages: ['/', '/forskning/', ...lost] }));
      // The minimal site: enough pages to compare, in a fraction of the bundled dataset's build time.
      const env = { BUILD_MANIFEST: manifest, LOCAL_DATASET: fixtureDataset({}) };
      const { code, output } = await buildSite({ outDir, env, allowFailure: true });
      expect(code).not.toBe(0);
      expect(output).toContain('Bygget stoppes: 40 av 42 sider fra forrige vellykkede bygg er borte');
      expect(output).toContain('/historier/tapt-0/');
    },
  );
});
