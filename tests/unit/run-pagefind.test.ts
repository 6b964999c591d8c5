import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, recordsFile } from '../../src/lib/search/run-pagefind';

// The index step run without the build before it: it must say what is missing and what to run, not index nothing.
describe('buildSearchIndex', () => {
  const site = mkdtempSync(join(tmpdir(), 'for-alle-no-build-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('refuses a folder astro build has not written, naming the file it looked for', async () => {
    await expect(buildSearchIndex(site)).rejects.toThrow(
      new RegExp(`${recordsFile(site).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is missing.*astro build`),
    );
  });
});
