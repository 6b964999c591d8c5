// The accessibility a test can see in the HTML alone and html-validate does not check, over every page of the site
// built from the bundled dataset: lang="nb", an h1, inline SVGs hidden or named, and link texts that say where they
// go. Heading levels and alt text are html-validate's (tests/build/html-validate.test.ts); the browser tests
// (tests/e2e/a11y.test.ts) check what needs rendering.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
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

  it('says an inline «Eksempel» in parentheses to a screen reader, not as part of the name before it', () => {
    const hiddenText = ($: CheerioAPI, node: AnyNode | undefined) =>
      node && $(node).is('.visually-hidden') ? $(node).text() : null;
    expect(pages.filter(({ $ }) => $('.tag--accent').length > 0).length).toBeGreaterThan(0);
    expect(
      problemsBy(($) =>
        $('.tag--accent')
          .filter(
            (_, tag) => hiddenText($, tag.prev ?? undefined) !== ' (' || hiddenText($, tag.next ?? undefined) !== ')',
          )
          .map((_, tag) => $(tag).parent().text().replace(/\s+/g, ' ').trim())
          .get(),
      ),
    ).toEqual({});
  });

  it("reads an event's tags, on its card and on its page, as separate words («Workshop, Avlyst (Eksempel)»), not run together", () => {
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const eventPages = pages.filter(({ $ }) => $('article.event > header > p .tag').length > 1);
    expect(eventPages.length).toBeGreaterThan(0);
    expect(
      problemsBy(($) =>
        $('.event-card .card__meta, article.event > header > p:has(.tag)')
          .filter((_, meta) => {
            const tags = $(meta)
              .find('.tag:not(.tag--accent)')
              .map((_, tag) => words($(tag).text()))
              .get();
            const sample = $(meta).find('.tag--accent').length > 0 ? ' (Eksempel)' : '';
            return words($(meta).text()) !== `${tags.join(', ')}${sample}`;
          })
          .map((_, meta) => words($(meta).text()))
          .get(),
      ),
    ).toEqual({});
  });

  it('has no two headings of the same level with the same text, which a list of headings could not tell apart', () => {
    expect(
      problemsBy(($) => {
        const seen = new Set<string>();
        return $('h1, h2, h3, h4, h5, h6')
          .map((_, heading) => `${heading.tagName} «${$(heading).text().replace(/\s+/g, ' ').trim()}»`)
          .get()
          .filter((heading) => seen.has(heading) || !seen.add(heading));
      }),
    ).toEqual({});
  });

  it('separates the crumbs with a «›» hidden from screen readers (the list says the order), not with CSS text they read', () => {
    expect(pages.filter(({ $ }) => $('.breadcrumbs li:not(:last-child)').length > 0).length).toBeGreaterThan(10);
    expect(
      problemsBy(($) =>
        $('.breadcrumbs li:not(:last-child)')
          .filter((_, item) => $(item).find('[aria-hidden="true"]').text() !== '›')
          .map((_, item) => $(item).text().trim())
          .get(),
      ),
    ).toEqual({});
  });

  it('names a section (a region landmark) only where it is a main part of the page: none inside another, none in the footer', () => {
    const named = 'section[aria-labelledby], section[aria-label]';
    expect(
      problemsBy(($) =>
        $(`:is(${named}) :is(${named}), footer :is(${named})`)
          .map((_, section) => $(section).find(':header').first().text().replace(/\s+/g, ' ').trim())
          .get(),
      ),
    ).toEqual({});
  });
});
