// What axe does not check, for users of assistive technology, in headless Chromium against the built site: the page
// in forced colours (Windows high contrast), where backgrounds and transparent borders are repainted, a «you are
// here» mark that is more than a colour, and what a screen reader reads in the breadcrumbs.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import { paginateListing } from '../../src/lib/pagination';
import { useBrowserAndSite } from '../support/browser-and-site';

const setup = useBrowserAndSite();
const contexts: BrowserContext[] = [];

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function open(path: string, forcedColors: 'active' | 'none' = 'none', width = 1280): Promise<Page> {
  const context = await setup.browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.emulateMedia({ forcedColors });
  await page.goto(`${setup.site.origin}${path}`);
  return page;
}

/** The colour each wide-screen menu item's bar is painted in, and the page's background behind it. */
const menuBars = (page: Page) =>
  page.evaluate(() => ({
    canvas: getComputedStyle(document.body).backgroundColor,
    items: [...document.querySelectorAll<HTMLElement>('.site-menu a')].map((link) => ({
      current: link.hasAttribute('aria-current'),
      bar: getComputedStyle(link).borderBottomColor,
      width: getComputedStyle(link).borderBottomWidth,
    })),
  }));

/**
 * What sets each element apart other than its colours, which forced colours replace: its weight, its underline, and
 * the borders and outline painted in a colour other than the page's. The current one (aria-current) is flagged.
 */
const cues = (elements: Locator) =>
  elements.evaluateAll((all) =>
    all.map((element) => {
      const style = getComputedStyle(element);
      const canvas = getComputedStyle(document.body).backgroundColor;
      const painted = (side: string) => {
        const [width, line, colour] = ['Width', 'Style', 'Color'].map((part) =>
          style.getPropertyValue(`${side}-${part.toLowerCase()}`),
        );
        return line === 'none' || colour === canvas || colour === 'rgba(0, 0, 0, 0)' ? '0px' : width;
      };
      return {
        current: element.hasAttribute('aria-current'),
        text: element.textContent!.trim(),
        cue: [
          style.fontWeight,
          style.textDecorationLine,
          ...['top', 'right', 'bottom', 'left'].map((side) => painted(`border-${side}`)),
          painted('outline'),
        ].join(' '),
      };
    }),
  );

/** The current one's cue differs from each of the others'. */
function expectCurrentSetApart(found: Awaited<ReturnType<typeof cues>>, what: string) {
  const current = found.filter((item) => item.current);
  expect(current.length, what).toBe(1);
  const others = found.filter((item) => !item.current);
  expect(others.length, what).toBeGreaterThan(0);
  for (const other of others)
    expect(other.cue, `${what}: «${current[0].text}» beside «${other.text}»`).not.toBe(current[0].cue);
}

describe('the current page among its neighbours', () => {
  it('is marked in the header shortcuts by more than a colour, in normal and in forced colours', async () => {
    const page = await open('/kontakt');
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      expectCurrentSetApart(await cues(page.locator('.site-shortcuts a')), `shortcuts, forced colours ${forcedColors}`);
    }
  });

  it('is marked in the pagination by more than its fill, which forced colours drop', async () => {
    // The sample has one page of stories: the bar a listing of three pages gets, on the page that would hold it.
    const { paths } = paginateListing(
      Array.from({ length: 50 }, (_, index) => index),
      '/historier/',
    )[1];
    const container = await AstroContainer.create();
    const bar = await container.renderToString(Pagination, { props: { number: 2, paths } });
    const page = await open('/historier', 'active');
    await page.locator('main').evaluate((main, html) => main.insertAdjacentHTML('beforeend', html), bar);
    expectCurrentSetApart(await cues(page.locator('.pagination a:not([rel])')), 'pagination, forced colours');
  });
});

describe('in forced colours', () => {
  it('marks only the current menu item with a bar on a wide screen, and none on the home page', async () => {
    const home = await menuBars(await open('/', 'active'));
    expect(home.items.length).toBeGreaterThan(3);
    for (const item of home.items) expect(item.bar).toBe(home.canvas);

    const section = await menuBars(await open('/forskning', 'active'));
    const current = section.items.filter((item) => item.current);
    expect(current.length).toBe(1);
    expect(current[0].width).not.toBe('0px');
    expect(current[0].bar).not.toBe(section.canvas);
    for (const item of section.items.filter((other) => !other.current)) expect(item.bar).toBe(section.canvas);
  });

  it('draws «Avlyst» and «Avholdt» as framed pills, so a state does not read as one more kind beside it', async () => {
    const page = await open('/arrangementer', 'active');
    const tags = await page.locator('.tag--cancelled, .tag--past').evaluateAll((all) =>
      all.map((tag) => {
        const style = getComputedStyle(tag);
        return {
          text: tag.textContent!.trim(),
          line: style.borderTopStyle,
          width: parseFloat(style.borderTopWidth),
          colour: style.borderTopColor,
          canvas: getComputedStyle(document.body).backgroundColor,
        };
      }),
    );
    expect(tags.some((tag) => tag.text === 'Avlyst')).toBe(true);
    expect(tags.some((tag) => tag.text === 'Avholdt')).toBe(true);
    for (const tag of tags) {
      expect(tag.line, tag.text).toBe('solid');
      expect(tag.width, tag.text).toBeGreaterThanOrEqual(1);
      expect(tag.colour, tag.text).not.toBe(tag.canvas);
    }
  });

  it('keeps the outline of «Eksempel», which marks invented content, on cards and in the footer', async () => {
    const page = await open('/historier', 'active');
    const pills = await page.locator('.tag--accent').evaluateAll((all) =>
      all.map((tag) => {
        const style = getComputedStyle(tag);
        return {
          text: tag.textContent!.trim(),
          inFooter: Boolean(tag.closest('footer')),
          line: style.borderTopStyle,
          width: parseFloat(style.borderTopWidth),
          colour: style.borderTopColor,
          canvas: getComputedStyle(document.body).backgroundColor,
        };
      }),
    );
    expect(pills.some((pill) => pill.inFooter)).toBe(true);
    expect(pills.some((pill) => !pill.inFooter)).toBe(true);
    for (const pill of pills) {
      expect(pill.text).toBe('Eksempel');
      expect(pill.line).toBe('solid');
      expect(pill.width).toBeGreaterThanOrEqual(1);
      expect(pill.colour).not.toBe(pill.canvas);
    }
  });

  it('keeps the map legend’s two keys apart: a filled dot for projects under way, a ring for those being set up', async () => {
    const page = await open('/steder', 'active');
    const dots = await page.locator('.places-map__dot').evaluateAll((elements) =>
      elements.map((dot) => {
        const style = getComputedStyle(dot);
        return {
          establishing: dot.classList.contains('places-map__dot--establishing'),
          fill: style.backgroundColor,
          ring: style.borderTopColor,
          ringWidth: style.borderTopWidth,
          canvas: getComputedStyle(document.body).backgroundColor,
        };
      }),
    );
    const active = dots.find((dot) => !dot.establishing)!;
    const establishing = dots.find((dot) => dot.establishing)!;
    expect(active && establishing).toBeTruthy();
    // Filled in the text colour: seen against the page.
    expect(active.fill).not.toBe(active.canvas);
    expect(active.fill).not.toMatch(/rgba\(0, 0, 0, 0\)/);
    // Hollow: the page's colour inside a ring in the text colour.
    expect(establishing.fill).toBe(establishing.canvas);
    expect(establishing.ringWidth).not.toBe('0px');
    expect(establishing.ring).toBe(active.fill);
  });
});

describe('the breadcrumbs', () => {
  it('show a separator between the crumbs that a screen reader does not read', async () => {
    const page = await open('/forskning', 'none', 360);
    const crumbs = page.locator('nav.breadcrumbs');
    // Drawn in the page or by CSS: either way it is seen.
    const shown = await crumbs.evaluate(
      (nav) =>
        (nav as HTMLElement).innerText.includes('›') ||
        [...nav.querySelectorAll('li')].some((item) => getComputedStyle(item, '::after').content.includes('›')),
    );
    expect(shown).toBe(true);
    expect(await crumbs.ariaSnapshot()).not.toContain('›');
  });
});

describe('a story card', () => {
  it('has its place after its title in the page, heard after the heading, but shows it between picture and title', async () => {
    for (const width of [360, 1280]) {
      const page = await open('/historier', 'none', width);
      const cards = await page.locator('article.card:has(.tag)').evaluateAll((articles) =>
        articles.map((card) => {
          const heading = card.querySelector('h2, h3')!;
          const meta = card.querySelector('.card__meta')!;
          const picture = card.querySelector('img');
          return {
            title: heading.textContent!.trim(),
            metaFollows: Boolean(heading.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING),
            metaBottom: meta.getBoundingClientRect().bottom,
            metaTop: meta.getBoundingClientRect().top,
            headingTop: heading.getBoundingClientRect().top,
            pictureBottom: picture?.getBoundingClientRect().bottom ?? null,
          };
        }),
      );
      expect(cards.length, String(width)).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.metaFollows, card.title).toBe(true);
        expect(card.metaBottom, `${card.title} at ${width}`).toBeLessThanOrEqual(card.headingTop);
        if (card.pictureBottom !== null)
          expect(card.pictureBottom, `${card.title} at ${width}`).toBeLessThanOrEqual(card.metaTop);
      }
    }
  });
});

describe('an e-mail address', () => {
  it('is named by the address as written, and wraps before its «@», never inside the domain, at 360 px', async () => {
    let wrapped = 0;
    for (const path of ['/kontakt/', '/samarbeidsprosjekter/', '/aktivitetsstotte/']) {
      const page = await open(path, 'none', 360);
      const links = page.locator('main a[href^="mailto:"]');
      expect(await links.count(), `${path} has e-mail links`).toBeGreaterThan(0);
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const names = nodes.filter((node) => node.role?.value === 'link').map((node) => String(node.name?.value));
      // Chromium reads a <wbr> as a space: the name must be the address itself, which a braille display shows.
      for (const address of await links.evaluateAll((found) => found.map((link) => link.textContent!.trim())))
        expect(names, path).toContain(address);
      // How many lines each address takes, and how many its domain («@example.no») takes: an address without a break
      // before its «@» (the switchboard's short one) is its own domain line.
      const layout = await links.evaluateAll((found) =>
        found.map((link) => {
          const lines = (node: Node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top)).size;
          };
          const domain = [...link.childNodes].find((node) => node.textContent!.startsWith('@'));
          return { address: link.textContent!, lines: lines(link), domainLines: lines(domain ?? link) };
        }),
      );
      for (const { address, lines, domainLines } of layout) {
        expect(domainLines, `${path} ${address}: the domain on one line`).toBe(1);
        if (lines > 1) wrapped++;
      }
    }
    // Some address must be too long for its card at 360 px, or the wrapping goes unchecked.
    expect(wrapped).toBeGreaterThan(0);
  });
});

// On a phone the rounds are drawn as blocks of labelled lines («Frist: 1. mars 2027»). The header row was removed
// there (display: none), so a screen reader's table navigation lost the column headers, and the labels lived only
// in generated text (an Uutilsynet-style audit).
describe('the grant rounds on a phone', () => {
  it('keep their column headers for a screen reader, and the drawn labels are not read as well', async () => {
    const page = await open('/aktivitetsstotte', 'none', 360);
    const table = page.locator('table.rounds');
    const snapshot = await table.ariaSnapshot();
    for (const header of ['Runde', 'Åpner', 'Frist', 'Svar']) expect(snapshot).toContain(`columnheader "${header}"`);
    expect(snapshot).not.toContain('Frist:');
    // Still seen: the label before each date, and no header row above the blocks.
    expect(
      await table
        .locator('td')
        .nth(1)
        .evaluate((cell) => getComputedStyle(cell, '::before').content),
    ).toContain('Frist: ');
    expect((await table.locator('thead').boundingBox())!.height).toBeLessThanOrEqual(1);
  });
});

describe('the lists beside the places map', () => {
  it('are each named by their legend, so a screen reader jumping to a list hears which places it holds', async () => {
    const page = await open('/samarbeidsprosjekter');
    const snapshot = await page.locator('.places-map__list').ariaSnapshot();
    expect(snapshot).toContain('list "Pågående samarbeidsprosjekter"');
    expect(snapshot).toContain('list "Mulige nye samarbeidsprosjekter"');
  });
});
