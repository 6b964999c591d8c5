// The conference in headless Chromium against the built site: what a visitor sees on a phone and a laptop when
// signing up for the next one or looking for an earlier year's material. Editions and files are read from the
// bundled dataset.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fileAnchor } from '../../src/lib/content/attachments';
import { sessionAnchor } from '../../src/lib/content/conferences';
import { useBrowserAndSite } from '../support/browser-and-site';
import { searched } from '../support/search-done';
import { fixedNow } from '../support/dist';

const setup = useBrowserAndSite();
const contexts: BrowserContext[] = [];

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await setup.browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${setup.site.origin}${path}`);
  return page;
}

/** The years of the editions that are over at the pinned build time. */
const pastYears = () =>
  setup.data.fetch<number[]>(
    '*[_type == "conference" && defined(year) && count(days[end >= $now]) == 0] | order(year desc).year',
    {
      now: fixedNow,
    },
  );

describe('a past conference', { timeout: 60_000 }, () => {
  it("links to a search in that year's material that finds the year's page", async () => {
    const years = await pastYears();
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) {
      const page = await open(`/konferanse/${year}`);
      await page.getByRole('link', { name: `Søk i program og materiell fra ${year}` }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/sok'));
      await searched(page);
      // Each result with the addresses it leads to: its title's, and for a file also offered elsewhere (a research
      // report handed out in a session), the other places named under it.
      const results = await page.locator('[data-results] > li').evaluateAll((items) =>
        items.map((item) => ({
          title: item.querySelector('.search-result__title a')?.getAttribute('href'),
          places: [...item.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
        })),
      );
      expect(
        results.map((result) => result.title),
        String(year),
      ).toContain(`/konferanse/${year}/`);
      // Nothing from another year or of another kind.
      const elsewhere = results.filter(
        (result) => !result.places.some((href) => href?.startsWith(`/konferanse/${year}/`)),
      );
      expect(elsewhere, String(year)).toEqual([]);
    }
  });
});

/** Every file offered in a session, with the page and anchor a search result leads to. */
async function sessionFiles() {
  const conferences = await setup.data.fetch<
    { year: number; sessions: { _key: string; files: { _id: string }[] | null }[] | null }[]
  >(
    '*[_type == "conference"]{ year, sessions[]{ _key, "files": material[_type == "materialFile"].file.asset->{ _id } } }',
  );
  return conferences.flatMap(({ year, sessions }) =>
    (sessions ?? []).flatMap((session) =>
      (session.files ?? []).map((file) => ({
        year,
        session: sessionAnchor(session),
        anchor: fileAnchor(file, sessionAnchor(session)),
      })),
    ),
  );
}

describe('conference material', { timeout: 60_000 }, () => {
  it('shows the session title above a file reached from a search result, on a small phone', async () => {
    const files = await sessionFiles();
    expect(files.length).toBeGreaterThan(1);
    for (const viewport of [
      { width: 360, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      for (const file of files) {
        const page = await open(`/konferanse/${file.year}#${file.anchor}`, viewport);
        const [heading, link] = await Promise.all([
          page.locator(`#${file.session}`).boundingBox(),
          page.locator(`#${file.anchor}`).boundingBox(),
        ]);
        const where = `${file.anchor} at ${viewport.width}×${viewport.height}`;
        expect(heading!.y, where).toBeGreaterThanOrEqual(0);
        expect(link!.y + link!.height, where).toBeLessThanOrEqual(viewport.height);
      }
    }
  });

  it('marks downloads «↓» and only downloads, each item once, and never breaks «(PDF, 3 kB)» across lines', async () => {
    const years = await setup.data.fetch<number[]>('*[_type == "conference"].year');
    let downloads = 0;
    for (const year of years) {
      const page = await open(`/konferanse/${year}`, { width: 360, height: 800 });
      const items = await page.locator('.session__material > li').evaluateAll((elements) =>
        elements.map((element) => ({
          text: element.textContent?.replace(/\s+/g, ' ').trim(),
          marker: getComputedStyle(element, '::before').content,
          // Marks drawn inside the link itself: the item's marker is the only one.
          linkMarkers: [...element.querySelectorAll('a')].map((link) => getComputedStyle(link, '::before').content),
          download: Boolean(element.querySelector('a[download]')),
          metaLines: [...element.querySelectorAll('.file-meta')].map((meta) => meta.getClientRects().length),
        })),
      );
      for (const item of items) {
        if (item.download) downloads++;
        expect(item.marker.includes('↓'), `${year}: ${item.text}`).toBe(item.download);
        expect(item.linkMarkers.filter((content) => content.includes('↗') || content.includes('↓'))).toEqual([]);
        expect(
          item.metaLines.every((lines) => lines === 1),
          `${year}: ${item.text}`,
        ).toBe(true);
      }
    }
    expect(downloads).toBeGreaterThan(1);
  });
});

describe('a session in the programme', () => {
  it('has its time after its title in the page, heard after the heading, but shown beside it or above it on a phone', async () => {
    const [year] = await pastYears();
    for (const width of [360, 1280]) {
      const page = await open(`/konferanse/${year}`, { width, height: 900 });
      const sessions = await page.locator('article.session').evaluateAll((articles) =>
        articles
          .filter((article) => article.querySelector('.session__time'))
          .map((article) => {
            const heading = article.querySelector('h3, h4')!;
            const time = article.querySelector('.session__time')!;
            const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
            return {
              title: heading.textContent,
              timeFollowsTitle: Boolean(heading.compareDocumentPosition(time) & Node.DOCUMENT_POSITION_FOLLOWING),
              heading: box(heading),
              time: box(time),
            };
          }),
      );
      expect(sessions.length, `${year} at ${width}`).toBeGreaterThan(0);
      for (const { title, timeFollowsTitle, heading, time } of sessions) {
        expect(timeFollowsTitle, `${title} at ${width}`).toBe(true);
        if (width < 768) {
          // Above the title, on a line of its own.
          expect(time.bottom, `${title} at ${width}`).toBeLessThanOrEqual(heading.top + 1);
        } else {
          // In the left column, level with the title's first line.
          expect(time.right, `${title} at ${width}`).toBeLessThanOrEqual(heading.left);
          expect(Math.abs(time.top - heading.top), `${title} at ${width}`).toBeLessThan(12);
        }
      }
    }
  });
});

describe('the next conference', { timeout: 60_000 }, () => {
  it('shows its sign-up beside the heading on a laptop, and gives the sign-up text room on a phone', async () => {
    for (const path of ['/', '/arrangementer/']) {
      const wide = await open(path, { width: 1280, height: 900 });
      const [heading, signUp] = await Promise.all([
        wide.locator('.feature h2').boundingBox(),
        wide.locator('.feature .registration').boundingBox(),
      ]);
      expect(signUp!.x, path).toBeGreaterThanOrEqual(heading!.x + heading!.width);
      expect(signUp!.y, path).toBeLessThan(heading!.y + heading!.height);
      const phone = await open(path, { width: 360, height: 800 });
      const textWidth = await phone
        .locator('.feature .registration__state')
        .evaluate((line) => line.getBoundingClientRect().width);
      expect(textWidth, path).toBeGreaterThanOrEqual(240);
    }
  });

  it("lines up the days' «Legg til i kalender» buttons on a laptop", async () => {
    const page = await open('/konferanse/', { width: 1280, height: 900 });
    const tops = await page
      .locator('.conference-day__calendar .button')
      .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(1);
    expect(new Set(tops).size).toBe(1);
  });

  it("gives the search in past years' material a label on one line on a laptop", async () => {
    const page = await open('/konferanse/', { width: 1280, height: 900 });
    const [label, field] = await Promise.all([
      page.locator('.page-search label').evaluate((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }),
      page.locator('.page-search input[type="search"]').boundingBox(),
    ]);
    expect(label).toBe(1);
    // The field stays short.
    expect(field!.width).toBeLessThan(30 * 16);
  });
});
