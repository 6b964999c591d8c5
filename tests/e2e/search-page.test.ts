// The search page as a visitor meets it beyond the results themselves: a slow or failed index, Back from a result,
// the tab title, a phone's keyboard, filters that leave nothing, long words at 360 px, the order menu, and the page
// without JavaScript. Headless Chromium against the built site (dist/, or SITE_DIST), like search.test.ts; what to
// expect is read from the bundled dataset.
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conferencePagesQuery, pillarsQuery } from '../../src/lib/sanity/queries';
import type { ConferencePagesQueryResult, PillarsQueryResult } from '../../src/lib/sanity/sanity.types';
import { useBrowserAndSite } from '../support/browser-and-site';
import { closeContextsAndCheckErrors } from '../support/page-errors';
import { searched, showMore } from '../support/search-done';

const setup = useBrowserAndSite();
const { contexts, pageErrors } = closeContextsAndCheckErrors();

interface OpenOptions {
  width?: number;
  javaScriptEnabled?: boolean;
  /** A phone: touch screen, coarse pointer. */
  touch?: boolean;
  /** Runs on the new context before the page is opened (routes, scripts). */
  before?: (context: BrowserContext) => Promise<unknown>;
  waitUntil?: 'load' | 'domcontentloaded' | 'commit';
}

async function open(path: string, options: OpenOptions = {}): Promise<Page> {
  const { width = 1280, javaScriptEnabled, touch = false, before, waitUntil = 'load' } = options;
  const context = await setup.browser.newContext({
    viewport: { width, height: 800 },
    javaScriptEnabled,
    hasTouch: touch,
    isMobile: touch,
  });
  contexts.push(context);
  await before?.(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(`${setup.site.origin}${path}`, { waitUntil });
  return page;
}

async function status(page: Page): Promise<string> {
  return (await page.textContent('[data-status]')) ?? '';
}

/** The number of results the status line reports. */
async function resultCount(page: Page): Promise<number> {
  const text = await status(page);
  if (/^Ingen treff/.test(text)) return 0;
  const match = /^(\d+) treff/.exec(text);
  if (!match) throw new Error(`Unexpected status "${text}"`);
  return Number(match[1]);
}

const baseTitle = async (page: Page) => (await page.title()).replace(/^«.*?»(?: \(.*?\))? – /, '');

describe('the search page around the results', { timeout: 60_000 }, () => {
  it('makes room for results before they arrive: nothing on screen moves when they appear', async () => {
    for (const width of [360, 1280]) {
      const page = await open('/sok?q=konferanse', {
        width,
        waitUntil: 'commit',
        before: (context) =>
          context.addInitScript(() => {
            const shifts: number[] = [];
            (window as unknown as { shifts: number[] }).shifts = shifts;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
                if (!entry.hadRecentInput) shifts.push(entry.value);
            }).observe({ type: 'layout-shift', buffered: true });
          }),
      });
      await searched(page);
      expect(await resultCount(page)).toBeGreaterThan(3);
      // The last shift is reported a frame after it happens.
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts, `layout shifts at ${width} px`).toEqual([]);
    }
  });

  it('says it is searching before Pagefind has loaded, with the words in the tab title', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await open('/sok?q=utstyr', {
      waitUntil: 'domcontentloaded',
      before: (context) =>
        context.route('**/pagefind/pagefind.js', async (route) => {
          await held;
          await route.continue();
        }),
    });
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent !== '');
    expect(await status(page)).toBe('Søker etter «utstyr» …');
    expect(await page.getAttribute('[data-results]', 'aria-busy')).toBe('true');
    expect(await page.locator('[data-intro]').isVisible()).toBe(false);
    expect(await page.locator('.search-sort').isVisible()).toBe(false);
    expect(await page.title()).toMatch(/^«utstyr» – /);

    release();
    await searched(page);
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(0);
    expect(await page.getAttribute('[data-results]', 'aria-busy')).toBeNull();
    expect(await page.title()).toMatch(new RegExp(`^«utstyr» \\(${count} treff\\) – `));
  });

  it('keeps the tab title in step with the search on show, also after Back', async () => {
    const page = await open('/sok?q=utstyr');
    await searched(page);
    const site = await baseTitle(page);
    expect(await page.title()).toBe(`«utstyr» (${await resultCount(page)} treff) – ${site}`);
    await page.fill('#search-q', 'fritidskassen');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=fritidskassen$/);
    await searched(page);
    expect(await page.title()).toBe(`«fritidskassen» (${await resultCount(page)} treff) – ${site}`);
    await page.goBack();
    await page.waitForURL(/q=utstyr$/);
    await searched(page);
    expect(await page.title()).toBe(`«utstyr» (${await resultCount(page)} treff) – ${site}`);
  });

  it('says the search failed, not that nothing was found, when the index cannot be fetched; «Prøv igjen» searches again', async () => {
    // Pagefind only logs an index chunk it could not fetch, then answers as if no page held the word.
    const page = await open('/sok', { width: 360 });
    await searched(page);
    await page.context().setOffline(true);
    await page.fill('#search-q', 'utstyr');
    await page.press('#search-q', 'Enter');
    await page.locator('[data-failure]').waitFor({ state: 'visible' });
    expect(await status(page)).toMatch(/^Søket kunne ikke gjøres ferdig/);
    expect(await page.locator('[data-empty]').isVisible()).toBe(false);
    expect(await page.locator('.search-sort').isVisible()).toBe(false);
    expect(await page.locator('[data-results] > li').count()).toBe(0);
    expect(await page.locator('[data-failure] a[href="/historier/"]').isVisible()).toBe(true);

    // The word checks made offline are not remembered: back online, the same search finds the word.
    await page.context().setOffline(false);
    await page.getByRole('button', { name: 'Prøv igjen' }).focus();
    await page.keyboard.press('Enter');
    await searched(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await page.locator('[data-failure]').isVisible()).toBe(false);
    // The button is gone with the notice: focus goes to the count, so the next Tab is the results, not the footer.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-status');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.search-results')))).toBe(true);
  });

  it('leaves no request open once a search has found nothing, so the page goes idle', async () => {
    // An empty answer is believed only when the index is within reach; that check once left its response unread,
    // and the request stayed open (`npm run screenshots` timed out waiting for the page to go idle).
    const pending = new Map<Request, string>();
    const page = await open('/sok', {
      before: async (context) => {
        context.on('request', (request) => pending.set(request, request.url()));
        context.on('requestfinished', (request) => pending.delete(request));
        context.on('requestfailed', (request) => pending.delete(request));
      },
    });
    await searched(page);
    await page.fill('#search-q', 'zqxjvwpfh');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=zqxjvwpfh$/);
    await searched(page);
    expect(await status(page)).toBe('Ingen treff for «zqxjvwpfh».');
    // No empty list between the count and the suggestions: screen readers would say «liste, 0 elementer».
    expect(await page.locator('[data-results]').evaluate((list) => (list as HTMLElement).hidden)).toBe(true);
    await expect.poll(() => [...pending.values()], { timeout: 5_000 }).toEqual([]);
  });

  it('brings back as many results as were shown, and the scroll position, on Back from a result', async () => {
    const page = await open('/sok?type=historie', {
      width: 360,
      // An unload listener keeps the page out of the back/forward cache, as memory pressure or Firefox often do.
      before: (context) => context.addInitScript(() => window.addEventListener('unload', () => {})),
    });
    await searched(page);
    const total = await resultCount(page);
    expect(total, 'more stories than one page of results').toBeGreaterThan(10);
    await showMore(page);
    const shown = await page.locator('[data-results] > li').count();
    const link = page
      .locator('[data-results] > li')
      .nth(shown - 2)
      .locator('.search-result__title a');
    await link.scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(1000);
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);

    await page.goBack();
    await searched(page);
    expect(await page.locator('[data-results] > li').count()).toBe(shown);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(2);
    // The keyboard goes on from the result followed, not from the top of the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    // Kept out of the URL, which stays the search alone.
    expect(new URL(page.url()).search).toBe('?type=historie');
  });

  it('closes the keyboard of a touch screen after a search', async () => {
    const page = await open('/sok', { width: 360, touch: true });
    await searched(page);
    await page.fill('#search-q', 'utstyr');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=utstyr$/);
    await searched(page);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('search-q');
  });

  it('says how many results the words find without the filters when the filters leave none, and shows them; a value that gives nothing is grey, also in forced colours', async () => {
    const places = await setup.data.fetch<string[]>('*[_type == "place"] | order(name asc).name');
    // Not a word of the grant section that every place's page holds («utstyr», «kontingent»): a place must lack it.
    const page = await open('/sok?q=teater');
    await searched(page);
    const unfiltered = await resultCount(page);
    let place: string | undefined;
    for (const candidate of places) {
      await page.goto(`${setup.site.origin}/sok?q=teater&sted=${encodeURIComponent(candidate)}`);
      await searched(page);
      if ((await resultCount(page)) === 0) {
        place = candidate;
        break;
      }
    }
    expect(place, 'a place with no page about «teater»').toBeDefined();
    expect(await status(page)).toBe(
      `Ingen treff for «teater» med filteret ${place}. Uten filteret: ${unfiltered} treff.`,
    );
    // The word is spelled as the site spells it: no advice to check the spelling.
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await page.getByText('Sjekk at ordene er stavet riktig.').isVisible()).toBe(false);
    // One word and one filter: no «færre ord», and the filter in the singular.
    expect(await page.textContent('[data-empty-other-words]')).toBe('Prøv et annet ord for det samme.');
    expect(await page.textContent('[data-empty-filters-lead]')).toBe('Filteret begrenser søket.');
    // Nothing to skip to: «Gå til treffene» is not offered.
    expect(await page.locator('[data-skip]').evaluate((link) => (link as HTMLElement).hidden)).toBe(true);
    await page.getByRole('button', { name: `Vis de ${unfiltered} treffene uten filteret` }).click();
    await page.waitForURL(/\?q=teater$/);
    await searched(page);
    expect(await resultCount(page)).toBe(unfiltered);

    // The place that gave nothing is offered, greyed: in forced colours too, where the grey would turn to the text
    // colour of a value that can be ticked.
    await page.emulateMedia({ forcedColors: 'active' });
    const colours = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = 'GrayText';
      const grey = getComputedStyle(probe).color;
      probe.remove();
      const colourOf = (selector: string) =>
        [...document.querySelectorAll(selector)].map((option) => getComputedStyle(option).color);
      return {
        grey,
        empty: colourOf('.filter-option--empty'),
        given: colourOf('.filter-option:not(.filter-option--empty)'),
      };
    });
    expect(colours.empty.length).toBeGreaterThan(0);
    expect(colours.given.length).toBeGreaterThan(0);
    for (const colour of colours.empty) expect(colour).toBe(colours.grey);
    for (const colour of colours.given) expect(colour).not.toBe(colours.grey);
  });

  it('names the chosen filters in the count, e.g. when coming from a conference year', async () => {
    const [conference] = await setup.data.fetch<ConferencePagesQueryResult>(conferencePagesQuery);
    const page = await open(`/sok?type=konferanse&%C3%A5r=${conference!.year}`);
    await searched(page);
    expect(await status(page)).toMatch(new RegExp(`^\\d+ treff med filtrene Konferanser, ${conference!.year}\\.$`));
    await page.getByRole('button', { name: `Fjern filteret År: ${conference!.year}` }).click();
    await searched(page);
    expect(await status(page)).toMatch(/^\d+ treff med filteret Konferanser\.$/);
  });

  it('shows the order menu only with words and two results or more', async () => {
    const page = await open('/sok?type=historie');
    await searched(page);
    expect(await resultCount(page)).toBeGreaterThan(1);
    expect(await page.locator('.search-sort').isVisible(), 'browsing: always newest first').toBe(false);
    await page.fill('#search-q', 'utstyr');
    await page.press('#search-q', 'Enter');
    await searched(page);
    expect(await resultCount(page)).toBeGreaterThan(1);
    expect(await page.locator('.search-sort').isVisible()).toBe(true);
    await page.fill('#search-q', 'zqxjvwpfh');
    await page.press('#search-q', 'Enter');
    await searched(page);
    expect(await resultCount(page)).toBe(0);
    expect(await page.locator('.search-sort').isVisible()).toBe(false);
  });

  it('says how many results «Vis flere treff» has left', async () => {
    const page = await open('/sok?type=historie');
    await searched(page);
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(10);
    expect(await page.textContent('[data-more]')).toBe(`Vis flere treff (${total - 10} til)`);
  });

  it('sets «Vis flere treff» in the page’s type, not the browser’s small button font', async () => {
    const page = await open('/sok?q=barn');
    await searched(page);
    const font = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const style = getComputedStyle(element);
        return { family: style.fontFamily, size: style.fontSize };
      });
    expect(await font('[data-more]')).toEqual(await font('body'));
  });

  it('shows each result once when «Vis flere treff» is double-clicked', async () => {
    const page = await open('/sok?q=barn');
    await searched(page);
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(20);
    await page.dblclick('[data-more]');
    await page.waitForFunction(() => {
      const list = document.querySelector('[data-results]');
      return list && !list.hasAttribute('aria-busy') && list.children.length > 10;
    });
    // Let a second drawing, if one was started, finish too.
    await page.waitForTimeout(500);
    const titles = await page
      .locator('[data-results] .search-result__title a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(titles).toEqual([...new Set(titles)]);
    expect(titles).toHaveLength(20);
    expect(await page.textContent('[data-more]')).toBe(`Vis flere treff (${total - 20} til)`);
  });

  it('wraps a long word in the count and the suggestions at 360 px instead of widening the page', async () => {
    const long = 'aktivitetsstøttesøknadsskjemaveiledningen';
    for (const query of [long, `${long} ${[...long].reverse().join('')}`]) {
      const page = await open(`/sok?q=${encodeURIComponent(query)}`, { width: 360 });
      await searched(page);
      expect(await page.locator('[data-empty]').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), query).toBeLessThanOrEqual(360);
    }
  });

  it('has one search form on /sok: the page’s own, not an empty one in the header', async () => {
    const page = await open('/sok?q=utstyr');
    await searched(page);
    expect(await page.locator('#site-search-q').count()).toBe(0);
    expect(await page.getByRole('search').count()).toBe(1);
    const other = await open('/historier');
    expect(await other.locator('#site-search-q').isVisible()).toBe(true);
  });
});

describe('without JavaScript', { timeout: 60_000 }, () => {
  it('lists the sections of the 404 page, the reports and the past conferences on /sok', async () => {
    const pillars = await setup.data.fetch<PillarsQueryResult>(pillarsQuery);
    const page = await open('/sok?q=utstyr', { javaScriptEnabled: false });
    // Playwright's text and role locators skip <noscript> content, so this reads the notice by CSS.
    const notice = page.locator('noscript .search-notice');
    expect(await notice.isVisible()).toBe(true);
    // The notice's raw text, its template's line breaks read as the spaces a browser shows.
    expect((await notice.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /Søket trenger JavaScript.*Her finner du innholdet sortert etter tema:/s,
    );
    const hrefs = await notice.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of ['/', ...pillars.map((pillar) => `/${pillar.slug}/`), '/historier/', '/arrangementer/'])
      expect(hrefs).toContain(href);
    expect(hrefs).toContain('/forskning/');
    expect(hrefs).toContain('/konferanse/');
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(await page.locator('.search-app').isVisible()).toBe(false);
  });

  it('hides the search link of a past conference, which would lead to the notice', async () => {
    const conferences = await setup.data.fetch<ConferencePagesQueryResult>(conferencePagesQuery);
    let checked = 0;
    for (const { year } of conferences) {
      const withScript = await open(`/konferanse/${year}`);
      const link = withScript.locator('main a[href^="/sok/?"]');
      if ((await link.count()) === 0) continue;
      expect(await link.isVisible()).toBe(true);
      const withoutScript = await open(`/konferanse/${year}`, { javaScriptEnabled: false });
      expect(await withoutScript.locator('main a[href^="/sok/?"]').isVisible()).toBe(false);
      checked += 1;
      break;
    }
    expect(checked, 'a past conference with a search link').toBe(1);
  });
});
