// Search in real headless Chromium against the built site (dist/, built once by tests/support/global-setup.ts, or
// SITE_DIST),
// served by a small static server as a static host would. Expected pages, speakers and PDF words are read from the
// bundled dataset, never typed in by hand. One browser for the whole file, and one context per set of options.
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { load } from 'cheerio';
import { close as closePagefind, createIndex } from 'pagefind';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { materialTargets, offersByFile } from '../../src/lib/search/material-records';
import { readPdf } from '../../src/lib/search/pdf-text';
import { sampleMeta } from '../../src/lib/search/contract';
import { reportAnchor } from '../../src/lib/content/attachments';
import { sessionAnchor } from '../../src/lib/content/conferences';
import { materialSummary } from '../../src/lib/content/session-material';
import { eventKinds, optionTitle } from '@for-alle/shared/options';
import { conferencePagesQuery, searchMaterialQuery } from '../../src/lib/sanity/queries';
import type { ConferencePagesQueryResult, SearchMaterialQueryResult } from '../../src/lib/sanity/sanity.types';
import { useBrowserAndSite } from '../support/browser-and-site';
import { closeContextsAndCheckErrors } from '../support/page-errors';
import { searched, showMore } from '../support/search-done';
import { buildSite, testBuildDir } from '../support/build-site';
import { axeViolations } from '../support/axe';
import { builtSite, fixedNow, page as builtPage } from '../support/dist';
import { kB, measureFirstSearch, sum } from '../../scripts/lib/search-weight';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { siteDir } from '../../scripts/lib/templates';

const setup = useBrowserAndSite();
const { pageErrors } = closeContextsAndCheckErrors();

// One browser context per set of options, shared by the file's tests, each of which opens pages of its own (closed
// after it): a context per page cost CI about half a second each, over some 80 pages. Nothing here needs a context
// of its own: the page keeps no storage, and each page has its own history.
const sharedContexts = new Map<string, Promise<BrowserContext>>();
const openPages: Page[] = [];
afterEach(async () => {
  await Promise.all(openPages.splice(0).map((page) => page.close()));
});
afterAll(async () => {
  await Promise.all([...sharedContexts.values()].map(async (context) => (await context).close()));
});

function contextFor(options: { javaScriptEnabled?: boolean; width: number; now?: Date }): Promise<BrowserContext> {
  const key = JSON.stringify(options);
  if (!sharedContexts.has(key))
    sharedContexts.set(
      key,
      (async () => {
        const { width, now, javaScriptEnabled } = options;
        const context = await setup.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
        // The browser's own date, where the page decides what is coming (otherwise the machine's).
        if (now) await context.clock.setFixedTime(now);
        return context;
      })(),
    );
  return sharedContexts.get(key)!;
}

async function open(
  path: string,
  origin = setup.site.origin,
  options: { javaScriptEnabled?: boolean; width?: number; now?: Date } = {},
): Promise<Page> {
  const { width = 1280, ...rest } = options;
  const page = await (await contextFor({ width, ...rest })).newPage();
  openPages.push(page);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(`${origin}${path}`);
  return page;
}

/** Searches again from the open search page, as a visitor types the next words: Pagefind is not started again. */
async function searchFor(page: Page, query: string): Promise<void> {
  const before = page.url();
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForURL((url) => url.href !== before);
  await searched(page);
}

/** The number of results the (announced) status line reports. */
async function resultCount(page: Page): Promise<number> {
  const status = (await page.textContent('[data-status]')) ?? '';
  if (/^Ingen treff/.test(status)) return 0;
  const match = /^(\d+) treff/.exec(status);
  if (!match) throw new Error(`Unexpected status "${status}"`);
  return Number(match[1]);
}

/** Every link in the results (titles and sessions), after asking for more until all are shown. */
async function resultLinks(page: Page): Promise<string[]> {
  while (await page.locator('[data-more]').isVisible()) await showMore(page);
  return page.locator('[data-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

async function titleLinks(page: Page): Promise<string[]> {
  await resultLinks(page);
  return page
    .locator('[data-results] .search-result__title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

async function conferenceSessions() {
  const conferences = await setup.data.fetch<ConferencePagesQueryResult>(conferencePagesQuery);
  return conferences.flatMap((conference) =>
    (conference.sessions ?? []).map((session) => ({
      year: conference.year,
      key: session._key,
      title: session.title ?? '',
      videoUrl: session.videoUrl,
      speakers: (session.speakers ?? [])
        .map((speaker) => speaker?.name)
        .filter((name): name is string => Boolean(name)),
    })),
  );
}

/** What Pagefind's own API finds for a term on the page, without the search page's checks: `[results, sessions]`. */
async function pagefindAlone(page: Page, term: string): Promise<{ results: number; sessions: Record<string, number> }> {
  // A string, not a function: Vitest rewrites import() inside functions passed to the browser.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(term)});
    const sessions = {};
    for (const result of results) {
      const data = await result.data();
      sessions[data.url] = data.sub_results.filter((sub) => sub.anchor && sub.anchor.id.startsWith('sesjon-')).length;
    }
    return { results: results.length, sessions };
  })()`);
}

/** The highlighted words of the results shown, lower-cased. */
async function marks(page: Page): Promise<string[]> {
  return (await page.locator('[data-results] mark').allTextContents()).map((mark) => mark.toLocaleLowerCase('nb'));
}

const focusedIs = (page: Page, selector: string) =>
  page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector);

async function tabTo(page: Page, selector: string, limit = 40): Promise<boolean> {
  for (let presses = 0; presses < limit && !(await focusedIs(page, selector)); presses++)
    await page.keyboard.press('Tab');
  return focusedIs(page, selector);
}

// CI runs browser tests and builds side by side on two cores; these waits are generous for that.
describe('the search page', { timeout: 60_000 }, () => {
  it('shows results with highlighted matches for a typed query, and puts the query in the URL', async () => {
    const page = await open('/sok');
    await page.fill('#search-q', 'utstyr');
    await page.waitForURL(/\/sok\?q=utstyr$/);
    await searched(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-results] mark').first().textContent()).toMatch(/utstyr/i);
    expect(await page.getAttribute('[data-announcer]', 'aria-live')).toBe('polite');
    expect(await page.textContent('[data-announcer]')).toBe(await page.textContent('[data-status]'));
  });

  it('leaves the results alone when the search on show is asked for again with Enter', async () => {
    const page = await open('/sok?q=utstyr');
    await searched(page);
    const before = await page.locator('[data-results] > li').count();
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => {
      const list = document.querySelector('[data-results]')!;
      (window as unknown as { changes: number }).changes = 0;
      new MutationObserver((records) => ((window as unknown as { changes: number }).changes += records.length)).observe(
        list,
        { childList: true },
      );
    });
    await page.press('#search-q', 'Enter');
    // Long enough for a search to empty and refill the list; the marker stays, as the same search is on show.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(0);
    expect(await page.locator('[data-results] > li').count()).toBe(before);
    await searched(page);
  });

  it('shows the results of /sok?q=… opened directly, with the query in the field', async () => {
    const page = await open('/sok?q=fritidskassen');
    await searched(page);
    expect(await page.inputValue('#search-q')).toBe('fritidskassen');
    expect(await resultCount(page)).toBeGreaterThan(0);
  });

  it('narrows the results with a filter', async () => {
    const page = await open('/sok?q=utstyr');
    await searched(page);
    const all = await resultCount(page);
    await page.getByRole('checkbox', { name: /^Historier/ }).check();
    await page.waitForURL(/type=historie/);
    await searched(page);
    const stories = await resultCount(page);
    expect(stories).toBeGreaterThan(0);
    expect(stories).toBeLessThan(all);
    const types = await page.locator('[data-results] .search-result__meta').allTextContents();
    expect(types.every((meta) => meta.startsWith('Historie'))).toBe(true);
  });

  it('widens the results with a second value of the same filter (OR), and counts each value honestly', async () => {
    const places = await setup.data.fetch<{ name: string; stories: number }[]>(
      '*[_type == "place"]{ name, "stories": count(*[_type == "projectStory" && place._ref == ^._id]) } | order(stories desc)[0...2]',
    );
    const [first, second] = places.map((place) => place.name);
    const page = await open(`/sok?sted=${encodeURIComponent(first)}`);
    await searched(page);
    const one = await resultCount(page);
    const secondBox = page.getByRole('checkbox', { name: new RegExp(`^${second}`) });
    // The count beside a value of a group with a choice is what that value carries, not 0.
    const secondCount = Number(
      (await secondBox.locator('xpath=ancestor::label').locator('.filter-option__count').textContent())?.match(
        /\d+/,
      )?.[0],
    );
    expect(secondCount).toBeGreaterThan(0);
    await secondBox.check();
    await page.waitForURL(/sted=.*sted=/);
    await searched(page);
    const both = await resultCount(page);
    expect(both).toBeGreaterThan(one);
    expect(both).toBeLessThanOrEqual(one + secondCount);
  });

  it('lists every story from a place when browsing by filters alone', async () => {
    const place = await setup.data.fetch<{ name: string; slugs: string[] }>(
      '*[_type == "place"]{ name, "slugs": *[_type == "projectStory" && place._ref == ^._id].slug.current } | order(count(slugs) desc)[0]',
    );
    expect(place.slugs.length).toBeGreaterThan(1);
    const page = await open(`/sok?type=historie&sted=${encodeURIComponent(place.name)}`);
    await searched(page);
    expect((await titleLinks(page)).sort()).toEqual(place.slugs.map((slug) => `/historier/${slug}/`).sort());
  });

  it('finds the session or attachment carrying a PDF by a word that occurs only inside the PDF', async () => {
    const siteText = await builtSiteText(siteDir);
    const targets = materialTargets(await setup.data.fetch<SearchMaterialQueryResult>(searchMaterialQuery));
    expect(targets.filter((target) => target.anchor.startsWith('sesjon-')).length).toBeGreaterThanOrEqual(2);
    // A file offered on several pages is one result, linked to its first place and naming the others.
    const groups = offersByFile(targets.map((target) => ({ target })));
    expect(groups.some((group) => group.length > 1)).toBe(true);
    for (const [{ target }, ...others] of groups) {
      const pdf = await readPdf(new Uint8Array(await setup.data.readAsset(target.fileUrl)));
      const words = pdf.text.toLocaleLowerCase('nb').match(/\p{L}{7,}/gu) ?? [];
      const word = words.find((candidate) => !siteText.includes(candidate));
      expect(word, `a word only in ${target.downloadPath}`).toBeDefined();

      const page = await open(`/sok?q=${encodeURIComponent(word!)}`);
      await searched(page);
      const href = `${target.pagePath}#${target.anchor}`;
      expect(await resultLinks(page), `«${word}» should find ${href}`).toContain(href);
      const result = page.locator('[data-results] > li', {
        has: page.locator(`.search-result__title a[href="${href}"]`),
      });
      expect(await page.locator(`[data-results] a[href="${target.downloadPath}"]`).count(), 'one result per file').toBe(
        1,
      );
      for (const { target: other } of others)
        expect(await result.locator(`a[href="${other.pagePath}#${other.anchor}"]`).count(), other.pagePath).toBe(1);
      // Downloaded under a readable name, with its size; the hidden title does not repeat «PDF».
      const download = result.locator(`a[href="${target.downloadPath}"]`);
      expect(await download.getAttribute('download')).toMatch(/^[a-z0-9-]+\.pdf$/);
      // Seen as «Last ned PDF (3 kB)», heard with the file's title after it.
      expect(await download.textContent()).toMatch(/^Last ned PDF \(\d+\s?kB\) «[^»]+»$/);
      expect((await download.textContent())!.match(/PDF/g)).toHaveLength(1);
      // Invented when the page it leads to is: tagged «Eksempel» as that page's own result is.
      const fromInventedPage = builtPage(target.pagePath)(`[data-pagefind-meta="${sampleMeta}"]`).length > 0;
      expect(await result.locator('.search-result__meta .tag').allTextContents(), href).toEqual(
        fromInventedPage ? ['Eksempel'] : [],
      );

      await result.locator(`.search-result__title a[href="${href}"]`).click();
      await page.waitForURL((url) => url.hash === `#${target.anchor}`);
      // The file's line in its session's material list, the heading of a research update's report, or the
      // paragraph of an attachment in running text.
      const landed = await page.evaluate(() => [document.querySelector(':target')?.tagName, location.hash]);
      const tag = target.anchor.startsWith('sesjon-') ? 'LI' : target.anchor === reportAnchor ? 'H2' : 'P';
      expect(landed).toEqual([tag, `#${target.anchor}`]);
    }
  });

  it('narrows a conference year to its documents with one tick, «Dokumenter (PDF)», by keyboard and from the URL', async () => {
    const targets = materialTargets(await setup.data.fetch<SearchMaterialQueryResult>(searchMaterialQuery));
    const groups = offersByFile(targets.map((target) => ({ target })));
    const years = targets.flatMap(({ pagePath }) => /^\/konferanse\/(\d{4})\/$/.exec(pagePath)?.[1] ?? []);
    const year = years.sort((a, b) => years.filter((y) => y === b).length - years.filter((y) => y === a).length)[0];
    expect(year, 'a conference year with PDFs in its sessions').toBeDefined();
    // Each file once, at its first place (a report's page, when the session's file is a report too).
    const expected = groups
      .filter((group) => group.some(({ target }) => target.pagePath === `/konferanse/${year}/`))
      .map(([{ target }]) => `${target.pagePath}#${target.anchor}`);

    const page = await open(`/sok?type=konferanse&%C3%A5r=${year}`);
    await searched(page);
    const box = page.getByRole('checkbox', { name: /^Dokumenter \(PDF\)/ });
    const count = Number(
      (await box.locator('xpath=ancestor::label').locator('.filter-option__count').textContent())?.match(/\d+/)?.[0],
    );
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(await resultCount(page));
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/format=pdf/);
    await searched(page);
    // The count beside the value was what ticking it gives: the year's documents and nothing else.
    expect(await resultCount(page)).toBe(count);
    expect(await page.textContent('[data-status]')).toContain('Dokumenter (PDF)');
    const links = await titleLinks(page);
    expect(links.sort()).toEqual(expect.arrayContaining(expected.sort()));
    const results = page.locator('[data-results] > li');
    expect(await results.locator('a[download]').count()).toBe(await results.count());

    // A shared link ticks the box and lists the same.
    const shared = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await searched(shared);
    expect(await shared.getByRole('checkbox', { name: /^Dokumenter \(PDF\)/ }).isChecked()).toBe(true);
    expect((await titleLinks(shared)).sort()).toEqual(links);
  });

  it('finds a presentation under the town its speakers came from, not only under the venue', async () => {
    const targets = materialTargets(await setup.data.fetch<SearchMaterialQueryResult>(searchMaterialQuery));
    const venues = await setup.data.fetch<{ path: string; venue: string | null }[]>(
      `*[_type == "conference" && defined(year)]{ "path": "/konferanse/" + string(year) + "/", "venue": place->name }`,
    );
    const venueOf = (path: string) => venues.find((conference) => conference.path === path)?.venue;
    const found = targets
      .map((target) => ({ target, town: target.shownPlaces?.find((place) => place !== venueOf(target.pagePath)) }))
      .find(({ town }) => town);
    expect(found, 'a presentation from a town other than the venue').toBeDefined();
    const { target, town } = found!;
    const page = await open(`/sok?type=konferanse&sted=${encodeURIComponent(town!)}`);
    await searched(page);
    expect(await resultLinks(page)).toContain(`${target.pagePath}#${target.anchor}`);
  });

  it("lands on a conference session's anchor when searching for its speaker or its title", async () => {
    const sessions = await conferenceSessions();
    const speakerCounts = new Map<string, number>();
    for (const name of sessions.flatMap((session) => session.speakers))
      speakerCounts.set(name, (speakerCounts.get(name) ?? 0) + 1);
    const bySpeaker = sessions.find((session) => session.speakers.some((name) => speakerCounts.get(name) === 1))!;
    const speaker = bySpeaker.speakers.find((name) => speakerCounts.get(name) === 1)!;
    const titles = sessions.map((session) => session.title);
    const byTitle = sessions.find(
      (session) =>
        session.title.length > 20 &&
        titles.filter((title) => title === session.title).length === 1 &&
        session !== bySpeaker,
    )!;

    for (const [query, session] of [
      [speaker, bySpeaker],
      [byTitle.title, byTitle],
    ] as const) {
      const page = await open(`/sok?q=${encodeURIComponent(query)}`);
      await searched(page);
      const anchor = sessionAnchor({ _key: session.key });
      const href = `/konferanse/${session.year}/#${anchor}`;
      expect(await resultLinks(page), `«${query}» should link to ${href}`).toContain(href);
      await page.locator(`[data-results] .search-result__sessions a[href="${href}"]`).click();
      await page.waitForURL((url) => url.pathname === `/konferanse/${session.year}/` && url.hash === `#${anchor}`);
      expect(await page.locator(':target').textContent()).toBe(session.title);
    }
  });

  it('lists first, under its year, the session whose title is the query, though its small words are everywhere', async () => {
    // Every session of the programme says some of «det», «å», «ikke» or «noe»: the one titled with them all comes first.
    const sessions = await conferenceSessions();
    const titled = sessions.find((session) => /\b(det|å|ikke|noe)\b.*\b(det|å|ikke|noe)\b/i.test(session.title));
    expect(titled, 'a session whose title has small words').toBeDefined();
    const page = await open(`/sok?q=${encodeURIComponent(titled!.title.replace(/[?!.]$/, ''))}`);
    await searched(page);
    const card = page.locator('[data-results] > li', {
      has: page.locator(`.search-result__title a[href="/konferanse/${titled!.year}/"]`),
    });
    expect(await card.locator('.search-result__sessions a').first().getAttribute('href')).toBe(
      `/konferanse/${titled!.year}/#${sessionAnchor({ _key: titled!.key })}`,
    );
  });

  it('shows suggestions and links to the listings when nothing is found', async () => {
    const page = await open('/sok?q=zqxjvwpfh');
    await searched(page);
    expect(await page.textContent('[data-status]')).toBe('Ingen treff for «zqxjvwpfh».');
    const empty = page.locator('[data-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await page.getByText('Sjekk at ordene er stavet riktig.').isVisible()).toBe(true);
    const links = await empty
      .locator('a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/historier/', '/arrangementer/', '/konferanse/', '/steder/']));
  });

  it('finds nothing for a word the site does not contain, though Pagefind alone lists pages with a shorter word', async () => {
    const siteText = await builtSiteText(siteDir);
    for (const word of ['vitamin', 'tromsø']) expect(siteText, `«${word}» must be absent`).not.toContain(word);

    const page = await open('/sok?q=vitamin');
    await searched(page);
    // Pagefind falls back to a shorter indexed word here («vi»): without the page's check these would be shown.
    expect((await pagefindAlone(page, 'vitamin')).results).toBeGreaterThan(0);
    expect(await page.textContent('[data-status]')).toBe('Ingen treff for «vitamin».');
    expect(await page.locator('[data-results] > li').count()).toBe(0);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    // The counts beside the filters agree: nothing to narrow down.
    const counts = await page.locator('.filter-option__count').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => count.startsWith('0'))).toBe(true);

    await page.fill('#search-q', 'Tromsø');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=Troms%C3%B8$/);
    await searched(page);
    expect((await pagefindAlone(page, 'Tromsø')).results).toBeGreaterThan(0);
    expect(await page.textContent('[data-status]')).toBe('Ingen treff for «Tromsø».');

    // With two words the site lacks, both are named.
    await page.fill('#search-q', 'vitamin zqxjvwpfh');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=vitamin\+zqxjvwpfh$/);
    await searched(page);
    expect(await page.textContent('[data-status]')).toBe('Ingen treff for «vitamin zqxjvwpfh».');
    expect(await page.textContent('[data-empty-words]')).toBe('Ingen sider inneholder «vitamin» og «zqxjvwpfh».');
  });

  it('finds a page by the long word of its title, which the page breaks with soft hyphens, and names it plainly', async () => {
    // The built heading carries soft hyphens (hyphenateHeadings); the search and the result title must not.
    expect(await readFile(join(builtSite, 'samarbeidsprosjekter', 'index.html'), 'utf8')).toContain(
      'Sam\u00adar\u00adbeids',
    );
    const page = await open('/sok?q=samarbeidsprosjekter');
    await searched(page);
    expect(await titleLinks(page)).toContain('/samarbeidsprosjekter/');
    const titles = await page.locator('[data-results] .search-result__title').allTextContents();
    expect(titles).toContain('Samarbeidsprosjekter');
    for (const title of titles) expect(title).not.toContain('\u00ad');
    const suggestions = JSON.parse(await (await fetch(`${setup.site.origin}/pagefind/words.json`)).text()) as string[];
    expect(suggestions).toContain('samarbeidsprosjekter');
    expect(suggestions.filter((word) => word.includes('\u00ad'))).toEqual([]);
  });

  it('leaves out a word the site lacks when the other words find something, and says so', async () => {
    const page = await open('/sok?q=samarbeid');
    await searched(page);
    const alone = await titleLinks(page);
    expect(alone.length).toBeGreaterThan(0);

    await searchFor(page, 'samarbeid vitamin');
    expect((await pagefindAlone(page, 'samarbeid vitamin')).results).toBeGreaterThan(0);
    expect(await titleLinks(page)).toEqual(alone);
    expect(await page.textContent('[data-status]')).toBe(
      `Ingen sider inneholder «vitamin». Viser ${alone.length} treff for «samarbeid».`,
    );
    expect(await page.locator('[data-empty]').isVisible()).toBe(false);
    expect(await page.inputValue('#search-q')).toBe('samarbeid vitamin');
  });

  it('searches fewer words when each is on the site but none on one page with the others, and says so', async () => {
    const page = await open(`/sok?q=${encodeURIComponent('støtte')}`);
    await searched(page);
    const common = await titleLinks(page);
    const query = 'støtte seiling';
    await searchFor(page, query);
    // Both words are on the site, «seiling» on fewer pages; Pagefind alone finds no page with both.
    const rare = (await pagefindAlone(page, 'seiling')).results;
    expect(rare).toBeGreaterThan(0);
    expect(rare).toBeLessThan(common.length);
    expect((await pagefindAlone(page, query)).results).toBe(0);
    expect(await page.textContent('[data-status]')).toBe(
      `Ingen sider har både «støtte» og «seiling». Viser ${common.length} treff for «støtte».`,
    );
    expect(await titleLinks(page)).toEqual(common);
    expect(await page.locator('[data-empty]').isVisible()).toBe(false);
    expect(await page.inputValue('#search-q')).toBe(query);
    // In quotes, the phrase is searched as typed: nothing is found, and nothing is said to be misspelt.
    await searchFor(page, `"${query}"`);
    expect(await page.textContent('[data-status]')).toBe(`Ingen treff for «"${query}"».`);
    expect(await page.getByText('Sjekk at ordene er stavet riktig.').isVisible()).toBe(false);
  });

  it('finds as many pages for an inflected word as for its base form («trenerne», «ungdommer», «programmet»)', async () => {
    const siteText = await builtSiteText(siteDir);
    for (const [base, inflected] of [
      ['trener', 'trenerne'],
      ['ungdom', 'ungdommer'],
      ['program', 'programmet'],
    ]) {
      expect(siteText, base).toContain(base);
      expect(siteText, inflected).toContain(inflected);
      const page = await open(`/sok?q=${encodeURIComponent(base)}`);
      await searched(page);
      const baseLinks = await titleLinks(page);
      await searchFor(page, inflected);
      // Pagefind alone finds only the pages with the inflected form.
      expect((await pagefindAlone(page, inflected)).results, inflected).toBeLessThan(baseLinks.length);
      const links = await titleLinks(page);
      expect(links, inflected).toEqual(expect.arrayContaining(baseLinks));
      // The visitor sees what they typed.
      expect(await page.textContent('[data-status]')).toBe(`${links.length} treff for «${inflected}».`);
      expect(await page.inputValue('#search-q')).toBe(inflected);
    }
  });

  it('finds the reports for «forskningsrapport», a compound no page has, through its two words', async () => {
    const siteText = await builtSiteText(siteDir);
    expect(siteText).not.toContain('forskningsrapport');
    // A summary is called «sammendraget» and «Sammendrag» on its page (reportHeading), not a report.
    const reports = await setup.data.fetch<string[]>(
      '*[_type == "researchUpdate" && (defined(report.file.asset) || defined(report.url)) && !(title match "*sammendrag*")].slug.current',
    );
    expect(reports.length).toBeGreaterThan(0);
    const page = await open('/sok?q=forskningsrapport');
    await searched(page);
    const links = await titleLinks(page);
    for (const slug of reports) expect(links).toContain(`/forskning/${slug}/`);
    expect(await page.textContent('[data-status]')).toBe(
      `Ingen treff for «forskningsrapport». Viser ${links.length} treff for «forskning rapport».`,
    );
  });

  it('searches the site’s own word for an everyday one it lacks («helsesøster»)', async () => {
    const siteText = await builtSiteText(siteDir);
    expect(siteText).not.toContain('helsesøster');
    const page = await open('/sok?q=helsesykepleier');
    await searched(page);
    const expected = await titleLinks(page);
    expect(expected.length).toBeGreaterThan(0);
    await searchFor(page, 'helsesøster');
    expect(await titleLinks(page)).toEqual(expected);
    expect(await page.textContent('[data-status]')).toBe(
      `Ingen treff for «helsesøster». Viser ${expected.length} treff for «helsesykepleier».`,
    );
  });

  it('leaves out «jeg» when it hides the pages that answer «kan jeg søke», and says so; a phrase in quotes stays exact', async () => {
    const page = await open(`/sok?q=${encodeURIComponent('kan søke')}`);
    await searched(page);
    const expected = await titleLinks(page);
    const typed = (await pagefindAlone(page, 'kan jeg søke')).results;
    // Pagefind alone finds fewer pages, without the best answer to «kan søke».
    expect(typed).toBeLessThan(expected.length);
    await searchFor(page, 'kan jeg søke');
    expect(await titleLinks(page)).toEqual(expected);
    expect(await page.textContent('[data-status]')).toBe(
      `${typed > 0 ? `${typed} treff` : 'Ingen treff'} for «kan jeg søke». Viser ${expected.length} treff for «kan søke».`,
    );
    expect(await page.inputValue('#search-q')).toBe('kan jeg søke');

    const phrase = '"kan jeg søke"';
    await searchFor(page, phrase);
    const exact = (await pagefindAlone(page, phrase)).results;
    expect(await page.textContent('[data-status]')).toBe(
      exact > 0 ? `${exact} treff for «${phrase}».` : `Ingen treff for «${phrase}».`,
    );
  });

  it('lists a coming workshop before past ones, marked «Kommende», by the visitor’s date; the past ones still follow', async () => {
    const workshops = await setup.data.fetch<{ slug: string; start: string }[]>(
      '*[_type == "event" && kind == "workshop" && place->name == "Bergen"] | order(start desc){"slug": slug.current, start}',
    );
    const coming = workshops.filter((workshop) => workshop.start > fixedNow).reverse();
    const past = workshops.filter((workshop) => workshop.start <= fixedNow);
    expect(coming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(1);
    const path = (workshop: { slug: string }) => `/arrangementer/${workshop.slug}/`;
    const metaOf = (page: Page, workshop: { slug: string }) =>
      page.locator(`[data-results] > li:has(.search-result__title a[href="${path(workshop)}"]) .search-result__meta`);

    const query = `/sok?q=${encodeURIComponent('workshop bergen')}`;
    const page = await open(query, undefined, { now: new Date(fixedNow) });
    await searched(page);
    const links = (await titleLinks(page)).filter((link) => link.startsWith('/arrangementer/'));
    // Coming soonest first, then past newest first: as the events listing orders them.
    expect(links).toEqual([...coming, ...past].map(path));
    expect(await metaOf(page, coming[0]!).textContent()).toMatch(/^Kommende arrangement · /);
    expect(await metaOf(page, past[0]!).textContent()).toMatch(/^Arrangement · /);

    // Two days after the last of them, by the visitor's clock, none is coming: no marker, newest first.
    const dayAfterLast = new Date(Date.parse(workshops[0]!.start) + 2 * 24 * 3600 * 1000);
    const afterwards = await open(query, undefined, { now: dayAfterLast });
    await searched(afterwards);
    expect((await titleLinks(afterwards)).filter((link) => link.startsWith('/arrangementer/'))).toEqual(
      workshops.map(path),
    );
    expect(await afterwards.locator('[data-results] .search-result__meta', { hasText: 'Kommende' }).count()).toBe(0);
  });

  it('finds the activity grant for its maximum written without a space («50000»), as the site writes «50 000»', async () => {
    const amount = await setup.data.fetch<number>('*[_id == "activitySupport"][0].maxAmount');
    expect(amount).toBeGreaterThanOrEqual(10000);
    const page = await open(`/sok?q=${amount}`);
    await searched(page);
    const links = await titleLinks(page);
    expect(links).toContain('/aktivitetsstotte/');
    const grouped = String(amount).replace(/\B(?=(\d{3})+$)/g, ' ');
    expect(await page.textContent('[data-status]')).toBe(
      `Ingen treff for «${amount}». Viser ${links.length} treff for «${grouped}».`,
    );
  });

  it('searches the site’s spelling of a misspelt word («kontigent»), from the index’s own word list', async () => {
    const siteText = await builtSiteText(siteDir);
    expect(siteText).toContain('kontingent');
    expect(siteText).not.toContain('kontigent');
    const page = await open('/sok?q=kontingent');
    await searched(page);
    const expected = await titleLinks(page);
    expect(expected.length).toBeGreaterThan(0);
    const wordList = page.waitForResponse((response) => response.url().endsWith('/pagefind/words.json'));
    await page.goto(`${setup.site.origin}/sok?q=kontigent`);
    await searched(page);
    expect((await wordList).ok()).toBe(true);
    expect(await titleLinks(page)).toEqual(expected);
    expect(await page.textContent('[data-status]')).toBe(
      `Ingen treff for «kontigent». Viser ${expected.length} treff for «kontingent».`,
    );
  });

  it('finds a speaker’s sessions by the name typed without «æ», «ø» and «å», though the e-mail address has that form', async () => {
    const people = await setup.data.fetch<{ name: string; email: string }[]>(
      '*[_type == "person" && defined(email)]{name, email}',
    );
    const speaker = people.find(({ name, email }) => {
      const surname = name.split(' ').at(-1)!.toLocaleLowerCase('nb');
      return /[æø]/.test(surname) && email.includes(asciiName(surname));
    });
    expect(speaker, 'a person with «æ» or «ø» in the name and an e-mail address').toBeDefined();
    const surname = speaker!.name.split(' ').at(-1)!;
    const page = await open(`/sok?q=${encodeURIComponent(surname)}`);
    await searched(page);
    const expected = await resultLinks(page);
    expect(expected.some((link) => link.includes('#sesjon-'))).toBe(true);
    const typed = asciiName(surname.toLocaleLowerCase('nb'));
    await searchFor(page, typed);
    expect(await resultLinks(page)).toEqual(expected);
    expect(await page.textContent('[data-status]')).toMatch(
      new RegExp(`^Ingen treff for «${typed}»\\. Viser \\d+ treff for «${surname.toLocaleLowerCase('nb')}»\\.$`),
    );
  });

  it('quotes the query as typed: its own «» as ‘’, and a time as written', async () => {
    const siteText = await builtSiteText(siteDir);
    // The programme writes «kl.» and the time with a no-break space between them.
    expect(siteText).toContain('kl.\u00a009.20');
    const page = await open(`/sok?q=${encodeURIComponent('kl. 09.20')}`);
    await searched(page);
    expect(await page.textContent('[data-status]')).toMatch(/^\d+ treff for «kl\. 09\.20»\.$/);
    expect(await resultCount(page)).toBeGreaterThan(0);

    await searchFor(page, '«Prøv alt»-uka');
    expect(await page.textContent('[data-status]')).toMatch(/^\d+ treff for «‘Prøv alt’-uka»\.$/);
  });

  it('finds the recorded sessions when a visitor searches for «video»', async () => {
    const recorded = (await conferenceSessions()).filter((session) => session.videoUrl);
    expect(recorded.length).toBeGreaterThan(0);
    const page = await open('/sok?q=video');
    await searched(page);
    const links = await resultLinks(page);
    for (const session of recorded)
      expect(links.some((link) => link.startsWith(`/konferanse/${session.year}/`))).toBe(true);
  });

  it('still finds longer words by their beginning, words being typed, inflected words and several words', async () => {
    const page = await open('/sok');
    await searched(page);
    for (const [query, highlighted] of [
      ['søknad', /^søknad\p{L}+/u], // søknadsrunde, søknadsskjemaet
      ['fotball', /^fotball\p{L}+/u], // fotballklubben
      ['utst', /^utstyr/u],
      ['huset', /^hus/u],
      ['fotball Oslo', /^oslo/u],
    ] as const) {
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      await searched(page);
      expect(await resultCount(page), query).toBeGreaterThan(0);
      expect(await marks(page), query).toEqual(expect.arrayContaining([expect.stringMatching(highlighted)]));
    }
  });

  it('shows the results for «søknad» when «soknad» finds nothing, and says so', async () => {
    const siteText = await builtSiteText(siteDir);
    expect(siteText).toContain('søknad');
    expect(siteText).not.toContain('soknad');
    const page = await open('/sok?q=soknad');
    await searched(page);
    // Every result, past the first page of them.
    const shown = (await titleLinks(page)).length;
    expect(shown).toBeGreaterThan(0);
    expect(await page.textContent('[data-status]')).toBe(
      `Ingen treff for «soknad». Viser ${shown} treff for «søknad».`,
    );
    expect(await marks(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^søknad/)]));
    // The field and the URL keep what the visitor typed; the tab's title names the words that found the results.
    expect(await page.inputValue('#search-q')).toBe('soknad');
    expect(await page.title()).toMatch(new RegExp(`^«søknad» \\(${shown} treff\\) – `));
  });

  it('blames the filters, not the respelled word, when the filters leave no result for «søknad»', async () => {
    const places = await setup.data.fetch<string[]>('*[_type == "place"] | order(name asc).name');
    let empty: string | undefined;
    const page = await open('/sok?q=søknad');
    for (const place of places) {
      await page.goto(`${setup.site.origin}/sok?q=${encodeURIComponent('søknad')}&sted=${encodeURIComponent(place)}`);
      await searched(page);
      if ((await page.textContent('[data-status]'))?.startsWith(`Ingen treff for «søknad» med filteret ${place}.`)) {
        empty = place;
        break;
      }
    }
    expect(empty, 'a place with no page about «søknad»').toBeDefined();
    await page.goto(`${setup.site.origin}/sok?q=soknad&sted=${encodeURIComponent(empty!)}`);
    await searched(page);
    expect(await page.textContent('[data-status]')).toMatch(
      new RegExp(
        `^Ingen treff for «soknad»\\. Heller ingen for «søknad» med filteret ${empty}\\. Uten filteret: \\d+ treff\\.$`,
      ),
    );
  });

  it('quotes a missing word as the visitor wrote it, with its capital and «å»', async () => {
    const siteText = await builtSiteText(siteDir);
    expect(siteText).not.toContain('åsgårdstrand');
    const page = await open(`/sok?q=${encodeURIComponent('samarbeid Åsgårdstrand')}`);
    await searched(page);
    expect(await page.textContent('[data-status]')).toMatch(
      /^Ingen sider inneholder «Åsgårdstrand»\. Viser \d+ treff for «samarbeid»\.$/,
    );
    await searchFor(page, 'Åsgårdstrand vitamin');
    expect(await page.textContent('[data-empty-words]')).toBe('Ingen sider inneholder «Åsgårdstrand» og «vitamin».');
  });

  it('finds a story by a tag that occurs nowhere else on its page', async () => {
    const stories = await setup.data.fetch<{ slug: string; tags: string[] }[]>(
      '*[_type == "projectStory" && count(tags) > 1]{ "slug": slug.current, tags }',
    );
    // A tag after the first, which ran into the one before it in the index when tags had no space between them.
    let found: { slug: string; tag: string } | undefined;
    for (const story of stories) {
      const $ = load(await readFile(join(siteDir, 'historier', story.slug, 'index.html'), 'utf8'));
      $('.story__tags').remove();
      const text = $('[data-pagefind-body]').text().toLocaleLowerCase('nb');
      const tag = story.tags.slice(1).find((candidate) => /^\p{L}+$/u.test(candidate) && !text.includes(candidate));
      if (tag) {
        found = { slug: story.slug, tag };
        break;
      }
    }
    expect(found, 'a story with such a tag').toBeDefined();
    const page = await open(`/sok?q=${encodeURIComponent(found!.tag)}`);
    await searched(page);
    expect(await titleLinks(page), `«${found!.tag}»`).toContain(`/historier/${found!.slug}/`);
  });

  it('tags an invented story «Eksempel» in its result, as its card does, and not a real page', async () => {
    // The story's own notice is left out of the index, so the result must say it.
    const story = await setup.data.fetch<{ slug: string; title: string }>(
      '*[_type == "projectStory" && isSample == true] | order(publishedAt desc)[0]{ "slug": slug.current, title }',
    );
    const metaOf = (page: Page, href: string) =>
      page.locator(`[data-results] > li:has(.search-result__title a[href="${href}"]) .search-result__meta`);
    const page = await open(`/sok?q=${encodeURIComponent(story.title)}`);
    await searched(page);
    expect(await titleLinks(page)).toContain(`/historier/${story.slug}/`);
    const meta = metaOf(page, `/historier/${story.slug}/`);
    expect(await meta.locator('.tag').allTextContents()).toEqual(['Eksempel']);
    // Read as the cards read it: «… · Bergen (Eksempel)».
    expect(await meta.textContent()).toMatch(/ \(Eksempel\)$/);

    const isSample = await setup.data.fetch<boolean | null>('*[_id == "pillar-aktivitetsstotte"][0].isSample');
    expect(isSample).not.toBe(true);
    const real = await open(`/sok?q=${encodeURIComponent('aktivitetsstøtte')}`);
    await searched(real);
    expect(await titleLinks(real)).toContain('/aktivitetsstotte/');
    expect(await metaOf(real, '/aktivitetsstotte/').textContent()).not.toContain('Eksempel');
  });

  it('starts live search at the second letter; Enter searches a single letter', async () => {
    const page = await open('/sok');
    await searched(page);
    await page.focus('#search-q');
    await page.keyboard.type('a');
    // Longer than the typing delay and a search: a search would have put ?q=a in the URL by now.
    await page.waitForTimeout(1000);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-intro]').isVisible()).toBe(true);
    await page.keyboard.type('k');
    await page.waitForURL(/q=ak$/);
    await searched(page);
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(1000);
    expect(new URL(page.url()).search).toBe('?q=ak');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=a$/);
    await searched(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
  });

  it('keeps keyboard focus on the chosen filters as they are removed, then returns it to the search field', async () => {
    const page = await open('/sok?q=samarbeid&type=historie&sted=Bergen');
    await searched(page);
    const chip = (filter: string) => `[data-chosen-filters] button[data-filter="${filter}"]`;
    expect(await tabTo(page, chip('type'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=samarbeid&sted=Bergen$/);
    await searched(page);
    expect(await focusedIs(page, `${chip('sted')}[data-value="Bergen"]`)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=samarbeid$/);
    await searched(page);
    expect(await focusedIs(page, '#search-q')).toBe(true);
  });

  it('says under each session of a year what it offers (slides, links, a recording), browsing and with words', async () => {
    const conferences = await setup.data.fetch<ConferencePagesQueryResult>(conferencePagesQuery);
    const summaries = (conference: (typeof conferences)[number]) =>
      (conference.sessions ?? []).map((session) => ({ session, summary: materialSummary(session) }));
    // A year with a file, a recording and a session with nothing, so each case is seen.
    const conference = conferences.find(
      (candidate) =>
        candidate.year &&
        summaries(candidate).some(({ summary }) => summary?.includes('PDF')) &&
        summaries(candidate).some(({ summary }) => summary?.includes('videoopptak')) &&
        summaries(candidate).some(({ summary }) => !summary),
    );
    expect(conference, 'a year with a PDF, a recording and a session without material').toBeDefined();
    const path = `/konferanse/${conference!.year}/`;
    const sessionEntry = (page: Page, session: { _key: string }) =>
      page.locator('[data-results] .search-result__sessions li', {
        has: page.locator(`a[href="${path}#${sessionAnchor(session)}"]`),
      });

    const page = await open(`/sok?type=konferanse&%C3%A5r=${conference!.year}`);
    await searched(page);
    for (const { session, summary } of summaries(conference!)) {
      expect(
        await sessionEntry(page, session).locator('.search-result__session-material').allTextContents(),
        session.title ?? '',
      ).toEqual(summary ? [`Materiell: ${summary}`] : []);
    }

    // With words: a session found by its title says it too.
    const { session, summary } = summaries(conference!).find(({ summary }) => summary?.includes('PDF'))!;
    const found = await open(`/sok?q=${encodeURIComponent(session.title!)}&type=konferanse`);
    await searched(found);
    expect(await sessionEntry(found, session).locator('.search-result__session-material').textContent()).toBe(
      `Materiell: ${summary}`,
    );
  });

  it('has a link past the filters to the results, seen when focused', async () => {
    const page = await open('/sok?q=utstyr');
    await searched(page);
    const skip = page.locator('[data-skip]');
    expect(await tabTo(page, '#search-q')).toBe(true);
    expect(await tabTo(page, '[data-skip]', 3)).toBe(true);
    expect(await skip.textContent()).toBe(`Gå til treffene (${await resultCount(page)})`);
    const box = await skip.boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    expect(await skip.evaluate((link) => getComputedStyle(link).clipPath)).toBe('none');
    await page.keyboard.press('Enter');
    expect(await focusedIs(page, '#search-status')).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    // Past the order (one stop), the first result.
    expect(await tabTo(page, '[data-results] a', 2)).toBe(true);
    // Out of sight when not focused.
    expect(await skip.evaluate((link) => getComputedStyle(link).clipPath)).not.toBe('none');
  });

  it('lists at most three sessions of a conference year with words, and counts the rest', async () => {
    const query = 'Senter for inkluderingsforskning';
    const page = await open(`/sok?q=${encodeURIComponent(query)}`);
    await searched(page);
    await resultLinks(page);
    const { sessions } = await pagefindAlone(page, query);
    const crowded = Object.entries(sessions).filter(([, count]) => count > 3);
    expect(crowded.length).toBeGreaterThan(0);
    for (const [url, count] of crowded) {
      const result = page
        .locator('[data-results] > li')
        .filter({ has: page.locator(`.search-result__title a[href="${url}"]`) });
      expect(await result.locator('.search-result__sessions a').count(), url).toBe(3);
      expect(await result.locator('.search-result__more-sessions').textContent(), url).toBe(
        `og ${count - 3} innlegg til med treff`,
      );
    }
  });

  it('starts the excerpt of an event with its text, not its kind', async () => {
    const events = await setup.data.fetch<{ kind: string }[]>('*[_type == "event" && defined(kind)]{ kind }');
    const labels = [...new Set(events.map((event) => optionTitle(eventKinds, event.kind)))];
    const page = await open('/sok?q=workshop&type=arrangement');
    await searched(page);
    const excerpts = await page.locator('[data-results] .search-result__excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts)
      for (const label of labels) expect(excerpt.startsWith(`${label}.`), excerpt).toBe(false);
  });

  it('is reached from the search form in the header of a content page', async () => {
    const [slug] = await setup.data.fetch<string[]>(
      '*[_type == "projectStory"] | order(publishedAt desc)[0...1].slug.current',
    );
    const page = await open(`/historier/${slug}/`);
    await page.fill('#site-search-q', 'utstyr');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/sok\/?\?q=utstyr$/);
    await searched(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
  });

  it('returns to the previous search with the back button', async () => {
    const page = await open('/sok');
    await searched(page);
    await page.fill('#search-q', 'utstyr');
    await page.waitForURL(/q=utstyr$/);
    await searched(page);
    await page.getByRole('checkbox', { name: /^Historier/ }).check();
    await page.waitForURL(/q=utstyr&type=historie$/);
    await searched(page);

    await page.goBack();
    await page.waitForURL(/q=utstyr$/);
    await searched(page);
    expect(await page.getByRole('checkbox', { name: /^Historier/ }).isChecked()).toBe(false);
    await page.goBack();
    await page.waitForURL(/\/sok$/);
    await searched(page);
    expect(await page.inputValue('#search-q')).toBe('');
  });

  it('can be used with the keyboard alone', async () => {
    const page = await open('/sok');
    await searched(page);
    const focusedIs = (selector: string) =>
      page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector);
    expect(await tabTo(page, '#search-q')).toBe(true);
    await page.keyboard.type('utstyr');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=utstyr$/);
    await searched(page);
    for (let presses = 0; presses < 10 && !(await focusedIs('input[name="type"][value="historie"]')); presses++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/type=historie$/);
    await searched(page);
    for (let presses = 0; presses < 60 && !(await focusedIs('[data-results] a')); presses++)
      await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
  });

  it('has no axe violations with filters chosen and open on a phone, nor in the empty state', async () => {
    const page = await open('/sok?sted=Bergen&sted=Stavanger&type=historie', setup.site.origin, { width: 360 });
    await searched(page);
    await page.click('[data-filters] summary');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#search-q', 'zqxjvwpfh');
    await page.waitForURL(/q=zqxjvwpfh/);
    await searched(page);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('what search costs', { timeout: 60_000 }, () => {
  it('loads JavaScript on /sok only', async () => {
    const scripted: string[] = [];
    for (const file of await htmlFiles(siteDir)) {
      const $ = load(await readFile(file, 'utf8'));
      if ($('script[src], script[type="module"]').length > 0) scripted.push(`/${relative(siteDir, file)}`);
    }
    expect(scripted).toEqual(['/sok/index.html']);
  });

  it('downloads little for a first query', async () => {
    const weight = await measureFirstSearch(setup.browser, siteDir, 'utstyr');
    const search = [...weight.pagefind, ...weight.script];
    console.info(
      `First query «utstyr»: ${kB(sum(search))} over the wire (${kB(sum(search, 'bytes'))} raw) in ${search.length} files`,
    );
    // The search runs in Pagefind's worker (docs/search.md), off the main thread.
    expect(weight.pagefind.map((entry) => entry.path)).toContain('/pagefind/pagefind-worker.js');
    expect(sum(search)).toBeLessThan(160 * 1024);
  });
});

describe('Norwegian stemming', { timeout: 60_000 }, () => {
  // A page that says only «husene» (the houses) must be found by «huset» (the house). Only a Norwegian stemmer
  // joins the two (both become «hus»); Pagefind's prefix matching does not, since «huset» is no prefix of «husene».
  // The same pages indexed as English are the control: there «huset» must find nothing.
  let fixtureDir: string;
  let fixtureSite: StaticServer;

  beforeAll(async () => {
    const outDir = testBuildDir('stemming');
    fixtureDir = dirname(outDir);
    const dataset = join(fixtureDir, 'data.ndjson');
    await copyFile('tests/fixtures/site-minimal/data.ndjson', dataset);
    const page = {
      _id: 'page-dugnad',
      _type: 'page',
      _createdAt: '2026-01-01T10:00:00Z',
      _updatedAt: '2026-01-01T10:00:00Z',
      _rev: 'fixture1',
      title: 'Dugnad i gata',
      slug: { _type: 'slug', current: 'dugnad' },
      ingress: 'Frivillige foreldre malte i helgen.',
      body: [
        {
          _type: 'block',
          _key: 'b1',
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', _key: 'b1s', text: 'Husene i gata fikk ny maling.', marks: [] }],
        },
      ],
    };
    await writeFile(dataset, `${await readFile(dataset, 'utf8')}${JSON.stringify(page)}\n`);
    await buildSite({ outDir, env: { LOCAL_DATASET: dataset, BUILD_NOW: fixedNow } });

    // The control index: the same built pages, declared English, through Pagefind's Node API.
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(errors.join('; '));
    try {
      for (const file of await htmlFiles(outDir)) {
        const html = await readFile(file, 'utf8');
        if (!html.includes('<html lang="nb"')) throw new Error(`${file} is not lang="nb"`);
        const url = `/${relative(outDir, file)}`.replace(/index\.html$/, '');
        const added = await index.addHTMLFile({ url, content: html.replace('<html lang="nb"', '<html lang="en"') });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      }
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind-en') });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    } finally {
      await closePagefind();
    }
    fixtureSite = await startStaticServer(outDir);
  });

  afterAll(async () => {
    await fixtureSite?.close();
    if (fixtureDir) await rm(fixtureDir, { recursive: true, force: true });
  });

  it('finds a page that says «husene» when searching for «huset», on /sok', async () => {
    const page = await open('/sok?q=huset', fixtureSite.origin);
    await searched(page);
    expect(await titleLinks(page)).toEqual(['/dugnad/']);
  });

  it('would not find it if the pages were English', async () => {
    const page = await open('/', fixtureSite.origin);
    // A string, not a function: Vitest rewrites import() inside functions passed to the browser.
    const found = await page.evaluate(`(async () => {
      const urls = async (pagefind, term) => Promise.all((await pagefind.search(term)).results.map(async (result) => (await result.data()).url));
      const nb = await import('/pagefind/pagefind.js');
      const en = await import('/pagefind-en/pagefind.js');
      for (const pagefind of [nb, en]) await pagefind.options({ noWorker: true });
      return { nb: await urls(nb, 'huset'), en: await urls(en, 'huset'), enExact: await urls(en, 'husene') };
    })()`);
    expect(found).toEqual({ nb: ['/dugnad/'], en: [], enExact: ['/dugnad/'] });
  });
});

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() && entry.name.endsWith('.html') && !relative(root, entry.parentPath).startsWith('pagefind'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A name as typed on a keyboard without «æ», «ø» and «å», as in the person's e-mail address. */
function asciiName(name: string): string {
  return name.replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'aa');
}

/** All visible text of the built site, lower-cased: a word absent from it occurs in no page. Read once per site. */
function builtSiteText(root: string): Promise<string> {
  if (!siteTexts.has(root))
    siteTexts.set(
      root,
      (async () => {
        const texts = await Promise.all(
          (await htmlFiles(root)).map(async (file) => load(await readFile(file, 'utf8'))('body').text()),
        );
        return texts.join(' ').toLocaleLowerCase('nb');
      })(),
    );
  return siteTexts.get(root)!;
}
const siteTexts = new Map<string, Promise<string>>();
