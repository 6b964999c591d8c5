// The accessibility a test can see in the HTML alone and html-validate does not check, over every page of the site
// built from the bundled dataset: lang="nb", an h1, inline SVGs hidden or named, and link texts that say where they
// go. Heading levels and alt text are html-validate's (tests/build/html-validate.test.ts); the browser tests
// (tests/e2e/a11y.test.ts) check what needs rendering.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { h1Problems, langProblems, linkProblems, svgProblems } from '../support/html-checks';

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

  it('has an h1', () => {
    expect(problemsBy(h1Problems)).toEqual({});
  });

  it('hides every inline SVG from screen readers, or gives it a role and a name', () => {
    expect(problemsBy(svgProblems)).toEqual({});
  });

  it('has links whose text says where they go', () => {
    expect(problemsBy(linkProblems)).toEqual({});
  });
});
