// The accessibility a test can see in the HTML alone, over every page of the site built from the bundled dataset:
// lang="nb", one h1 and no skipped heading level, alt text (or alt="") on every image, and link texts that say
// where they go. The browser tests (tests/e2e/a11y.test.ts) check what needs rendering.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { headingProblems, imageProblems, langProblems, linkProblems } from '../support/html-checks';

const distDir = process.env.SITE_DIST || 'dist';
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => ({
    path: `/${relative(distDir, join(distDir, file))}`,
    $: load(readFileSync(join(distDir, file), 'utf8')),
  }));

/** Problems per page, as `{ "/path": [problem, …] }` with only the pages that have any, so a failure reads well. */
function problemsBy(check: (dom: CheerioAPI) => string[]) {
  return Object.fromEntries(pages.map(({ path, $ }) => [path, check($)]).filter(([, problems]) => problems.length > 0));
}

describe('every built page', () => {
  it('is a real site (more than 50 pages)', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('says it is in Norwegian bokmål (lang="nb")', () => {
    expect(problemsBy(langProblems)).toEqual({});
  });

  it('has exactly one h1 and never skips a heading level', () => {
    expect(problemsBy(headingProblems)).toEqual({});
  });

  it('gives every image alt text, or alt="" when it is decorative', () => {
    expect(problemsBy(imageProblems)).toEqual({});
  });

  it('has links whose text says where they go', () => {
    expect(problemsBy(linkProblems)).toEqual({});
  });
});
