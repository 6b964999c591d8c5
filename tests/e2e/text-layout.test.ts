// How text is set on a phone and a laptop, in headless Chromium against the built site: one reading column for text
// and the boxes that hold it, definition lists and key facts that fit a phone, no blank band above the footer, a
// heading face that is not a narrow Times, and names and times that do not break across lines.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-and-site';
import { searched } from '../support/search-done';

const setup = useBrowserAndSite();
// One tab for the file, each page opened in it at its width: a new tab per page cost about 0.4 s each.
let tab: Page | undefined;
afterAll(async () => tab?.close());

async function open(path: string, width: number): Promise<Page> {
  tab ??= await setup.browser.newPage();
  const page = tab;
  await page.setViewportSize({ width, height: 900 });
  // A renamed page would be the static server's 404 page, whose headings pass every check here.
  const response = await page.goto(`${setup.site.origin}${path}`);
  expect(response?.ok(), path).toBe(true);
  return page;
}

/** How many lines each occurrence of `text` inside the elements matching `selector` takes. */
const linesOf = (page: Page, selector: string, text: string) =>
  page.locator(selector).evaluateAll(
    (elements, wanted) =>
      elements.flatMap((element) => {
        const counts: number[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let content = '';
        const nodes: { node: Text; start: number }[] = [];
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          nodes.push({ node, start: content.length });
          content += node.data;
        }
        const normalised = content.replace(/\s/g, ' ');
        for (let at = normalised.indexOf(wanted); at >= 0; at = normalised.indexOf(wanted, at + 1)) {
          const range = document.createRange();
          const locate = (offset: number) => {
            const hit = nodes.findLast((entry) => entry.start <= offset)!;
            return [hit.node, offset - hit.start] as const;
          };
          range.setStart(...locate(at));
          range.setEnd(...locate(at + wanted.length));
          const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top));
          counts.push(tops.size);
        }
        return counts;
      }),
    text,
  );

describe('the reading column at 1280 px', { timeout: 60_000 }, () => {
  it.each(['/samarbeidsprosjekter/', '/forskning/', '/konferanse/', '/aktivitetsstotte/'])(
    'ends every box that holds text where the text ends, on %s',
    async (path) => {
      const page = await open(path, 1280);
      const textRight = await page
        .locator('main .prose')
        .first()
        .evaluate((prose) => prose.getBoundingClientRect().right);
      const boxes = await page
        .locator(
          'main :is(.ingress, .callout, .sample-notice, .registration, .checklist, .research-question, .kort-fortalt, .rounds)',
        )
        .evaluateAll((elements) =>
          elements.map((element) => ({
            name: `${element.className}: ${element.textContent?.trim().slice(0, 40)}`,
            right: element.getBoundingClientRect().right,
          })),
        );
      expect(boxes.length, path).toBeGreaterThan(0);
      for (const box of boxes) expect(box.right, box.name).toBeLessThanOrEqual(textRight + 1);
    },
  );
});

describe('on a 360 px phone', { timeout: 60_000 }, () => {
  it.each(['/forskning/', '/arrangementer/workshop-bergen-2026/'])(
    'a definition list puts each term above its value, so no word breaks in the middle (%s)',
    async (path) => {
      const page = await open(path, 360);
      const pairs = await page.locator('main .facts dt').evaluateAll((terms) =>
        terms.map((term) => ({
          term: term.textContent?.trim(),
          termBottom: term.getBoundingClientRect().bottom,
          valueTop: term.nextElementSibling!.getBoundingClientRect().top,
        })),
      );
      expect(pairs.length, path).toBeGreaterThan(1);
      for (const pair of pairs) expect(pair.valueTop, pair.term).toBeGreaterThanOrEqual(pair.termBottom - 1);
    },
  );

  it.each(['/samarbeidsprosjekter/', '/aktivitetsstotte/'])(
    'key facts are rows of one panel, each figure with its label starting on its line (%s)',
    async (path) => {
      const page = await open(path, 360);
      const list = await page.locator('main .key-facts').first().boundingBox();
      const facts = await page.locator('main .key-facts > li').evaluateAll((items) =>
        items.map((item) => {
          const figure = item.querySelector('strong')!.getBoundingClientRect();
          const label = item.querySelector('.key-facts__label')!.getClientRects()[0];
          return { text: item.textContent?.trim(), width: item.getBoundingClientRect().width, figure, label };
        }),
      );
      expect(facts.length, path).toBeGreaterThan(2);
      for (const fact of facts) {
        // No box alone at half the width.
        expect(fact.width, fact.text).toBeGreaterThan(list!.width * 0.8);
        expect(fact.label.top, fact.text).toBeLessThan(fact.figure.bottom);
      }
    },
  );
});

describe('the space above the footer', { timeout: 60_000 }, () => {
  it.each(['/arrangementer/workshop-bergen-2026/', '/kontakt/', '/historier/byttedag-i-haugesund/'])(
    'is no larger than the space between sections on %s',
    async (path) => {
      const page = await open(path, 1280);
      const gap = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        let bottom = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.height > 0) bottom = Math.max(bottom, rect.bottom);
        }
        return document.querySelector('.site-footer')!.getBoundingClientRect().top - bottom;
      });
      // 4rem under the page and a paragraph's own space, not 4rem more above the footer too.
      expect(gap).toBeLessThanOrEqual(6 * 16);
    },
  );
});

describe('headings', { timeout: 60_000 }, () => {
  // The long compounds of the pages' titles: a browser without a Norwegian dictionary (this Chromium has none) split
  // them wherever the line ran out («Samarbeidsprosjekt» / «er»).
  it.each([
    '/',
    '/samarbeidsprosjekter/',
    '/inkluderingsprosjekter/',
    '/tilgjengelighetserklaering/',
    '/arrangementer/prosjektledersamling-2025/',
    '/forskning/forskningsprosjektet-er-i-gang/',
    '/forskning/nabolagsbudsjett/',
    '/historier/tema/inkluderingsprosjekter/',
    '/historier/tema/samarbeidsprosjekter/',
    // Search results, drawn in the browser from the index: «Inkluderingsprosjekter» and «Samarbeidsprosjekter».
    '/sok/?q=st%C3%B8tte',
  ])('break a word only after a hyphen, and never past their edge, at 320 and 360 px (%s)', async (path) => {
    const page = await open(path, 320);
    if (path.startsWith('/sok/')) await searched(page);
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 900 });
      // On /sok, the results' titles: the filters' headings are hidden until their panel opens.
      const selector = path.startsWith('/sok/') ? '[data-results] h3' : 'main :is(h1, h2, h3, h4)';
      expect(await page.locator(selector).count(), path).toBeGreaterThan(0);
      const faults = await page.locator(selector).evaluateAll((headings) =>
        headings.flatMap((heading) => {
          const found: string[] = [];
          const right = heading.getBoundingClientRect().right;
          const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            const words = node.data.matchAll(/[\p{L}\u00ad-]+/gu);
            for (const word of words) {
              const range = document.createRange();
              let lastTop: number | null = null;
              for (let index = 0; index < word[0].length; index++) {
                range.setStart(node, word.index + index);
                range.setEnd(node, word.index + index + 1);
                // The last box: a character after a soft hyphen also reports the hyphen drawn at the end of the line above.
                const box = [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1);
                if (!box) continue;
                const before = word[0][index - 1];
                if (lastTop !== null && box.top > lastTop + 1 && before !== '\u00ad' && before !== '-')
                  found.push(`«${word[0].replaceAll('\u00ad', '')}» breaks before «${word[0].slice(index)}»`);
                if (box.right > right + 1) found.push(`«${word[0].replaceAll('\u00ad', '')}» runs past the heading`);
                lastTop = box.top;
              }
            }
          }
          return found;
        }),
      );
      expect(faults, `${path} at ${width} px`).toEqual([]);
    }
  });

  it('are not drawn in a Times face where Georgia is missing (this machine has neither Georgia nor Times)', async () => {
    const page = await open('/', 1280);
    const session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.familyName).not.toMatch(/times|tinos|liberation serif|nimbus roman/i);
  });
});

describe('words that belong together', { timeout: 60_000 }, () => {
  it("keep an event card's time range on one line («kl. 12.00–16.00») at any width", async () => {
    let checked = 0;
    // One page, resized: the layout reflows without loading it again.
    const page = await open('/arrangementer/', 320);
    for (let width = 320; width <= 1280; width += 64) {
      await page.setViewportSize({ width, height: 900 });
      const times = await page
        .locator('.event-card time')
        .evaluateAll((elements) =>
          elements.map((element) => element.textContent!.replace(/\s/g, ' ').match(/kl\. [\d.]+–[\d.]+/)?.[0]),
        );
      for (const range of new Set(times.filter((time): time is string => Boolean(time)))) {
        expect(await linesOf(page, '.event-card time', range), `${range} at ${width} px`).not.toContain(2);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("put an event card's time under its day in every card, so cards side by side line up", async () => {
    const page = await open('/arrangementer/', 1280);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const times = await page.locator('.event-card time:has(.event-card__time)').evaluateAll((elements) =>
        elements.map((element) => {
          const time = element.querySelector('.event-card__time')!.getBoundingClientRect();
          const range = document.createRange();
          range.setStart(element.firstChild!, 0);
          range.setEnd(element.firstChild!, 1);
          const day = range.getBoundingClientRect();
          return { text: element.textContent, below: time.top >= day.bottom - 1, left: time.left - day.left };
        }),
      );
      expect(times.length).toBeGreaterThan(1);
      for (const time of times) expect(time, `${width} px`).toMatchObject({ below: true, left: 0 });
    }
  });

  it('keep «For Alle-konferansen» whole in the heading and the card line that name it, from 360 px', async () => {
    // Narrower, the heading's column is narrower than the name at its size (content.css lets it break there).
    for (const path of ['/', '/arrangementer/', '/konferanse/']) {
      const page = await open(path, 360);
      for (const width of [360, 384, 400, 432, 480, 768, 1024, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const found = await linesOf(
          page,
          'main :is(h2, .event-card p, .conference-next__programme)',
          'For Alle-konferansen',
        );
        // Found at all: a name written another way (a non-breaking hyphen) would otherwise leave nothing to check.
        expect(found.length, `${path} at ${width} px`).toBeGreaterThan(0);
        for (const lines of found) expect(lines, `${path} at ${width} px`).toBe(1);
      }
    }
  });

  it('keep «For Alle» and «SR-Bank» whole on the home page at phone widths', async () => {
    const page = await open('/', 320);
    for (let width = 320; width <= 480; width += 16) {
      await page.setViewportSize({ width, height: 900 });
      for (const name of ['For Alle', 'SR-Bank']) {
        const found = await linesOf(page, 'main :is(h1, h2, .ingress)', name);
        expect(found.length, `${name} at ${width} px`).toBeGreaterThan(0);
        for (const lines of found) expect(lines, `${name} at ${width} px`).toBe(1);
      }
    }
  });
});

describe('long words an editor may write', { timeout: 60_000 }, () => {
  // Names and titles are the editors' own: a compound of 40 letters is valid Norwegian and fits every length limit.
  const longWord = 'Fritidserfaringsutvekslingsprogrammet'.repeat(2);
  /** Puts the long word into every element matching `selector`, as if the editor had written it there. */
  const write = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((elements, word) => {
      for (const element of elements) element.textContent = `${word} ${element.textContent}`;
    }, longWord);
  const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('wrap in a conference session and in the breadcrumb, instead of widening a 360 px page', async () => {
    const page = await open('/konferanse/2025/', 360);
    expect(await page.locator('.session__title').count()).toBeGreaterThan(0);
    await write(page, '.session__title, .session__speaker strong, .breadcrumbs li[aria-current]');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
  });

  it('keep a place that wraps in one column of the list beside the map', async () => {
    // Two columns from about 430 px; at 480 each place takes several lines.
    const page = await open('/steder/', 480);
    await write(page, '.places-map__list li');
    const split = await page
      .locator('.places-map__list li')
      .evaluateAll(
        (items) => items.filter((item) => new Set([...item.getClientRects()].map((rect) => rect.left)).size > 1).length,
      );
    expect(split).toBe(0);
  });
});
