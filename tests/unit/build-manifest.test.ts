import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithLastBuild, redirectedPaths } from '../../src/lib/content-guard/manifest';

const pages = (count: number) => Array.from({ length: count }, (_, index) => `/historier/${index}/`);

describe('compareWithLastBuild', () => {
  it('lets a build through that lost 10 % of the pages', () => {
    const result = compareWithLastBuild(pages(100), pages(90), new Set());
    expect(result.vanished).toHaveLength(10);
    expect(result.tooMany).toBe(false);
  });

  it('stops a build that lost more than 10 %', () => {
    expect(compareWithLastBuild(pages(100), pages(89), new Set()).tooMany).toBe(true);
  });

  it('does not count pages the host redirects', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
    writeFileSync(
      join(dir, '_redirects'),
      `# moved stories\n${pages(100)
        .slice(50)
        .map((path) => `${path.slice(0, -1)} /historier 301`)
        .join('\n')}\n`,
    );
    const result = compareWithLastBuild(pages(100), pages(50), redirectedPaths(join(dir, '_redirects')));
    expect(result).toEqual({ vanished: [], tooMany: false });
  });

  it('lets the first build through, when there is no manifest yet', () => {
    expect(compareWithLastBuild([], pages(3), new Set()).tooMany).toBe(false);
  });
});
