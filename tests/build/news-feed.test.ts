// What a feed reader keeps of each item: its guid, by which it knows an item it has shown, and the feed's own
// address. Item titles are in news-feed-titles.test.ts.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { distFile } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

const feed = () => load(readFileSync(distFile('/rss.xml'), 'utf8'), { xml: true });

describe('the news feed', () => {
  // A guid from the address would change with the slug, and every subscriber would get a renamed story again.
  it("names each item by its document's id, not its address", async () => {
    const $ = feed();
    const items = $('item')
      .map((_, item) => ({
        path: new URL($(item).find('link').text()).pathname,
        guid: $(item).find('guid').text(),
        permaLink: $(item).find('guid').attr('isPermaLink'),
      }))
      .get();
    expect(items.length).toBeGreaterThan(5);
    const story = await data.fetch<{ _id: string; slug: string }>(
      '*[_type == "projectStory"] | order(publishedAt desc)[0]{ _id, "slug": slug.current }',
    );
    expect(items.find((item) => item.path === `/historier/${story.slug}/`)?.guid).toBe(`foralle:${story._id}`);
    for (const item of items) {
      expect(item.permaLink, item.path).toBe('false');
      expect(item.guid, item.path).not.toContain('/');
    }
    expect(new Set(items.map((item) => item.guid)).size).toBe(items.length);
  });

  // A feed reader marks an item it has shown as read for good: with only its title changed to «Avlyst – …», nobody
  // who read the announcement would hear of the cancellation.
  it('brings a cancelled event as a new item, dated when it was cancelled', async () => {
    const cancelled = await data.fetch<{ _id: string; slug: string; _updatedAt: string }[]>(
      '*[_type == "event" && cancelled == true]{ _id, "slug": slug.current, _updatedAt }',
    );
    expect(cancelled.length).toBeGreaterThan(0);
    const $ = feed();
    for (const event of cancelled) {
      const item = $('item').filter((_, element) => $(element).find('link').text().endsWith(`/${event.slug}/`));
      expect(item.find('guid').text(), event.slug).toBe(`foralle:${event._id}:avlyst`);
      expect(Date.parse(item.find('pubDate').text()), event.slug).toBe(Date.parse(event._updatedAt));
    }
  });

  it('gives its own address (atom:link rel="self"), as feed validators ask', () => {
    const $ = feed();
    expect($('rss').attr('xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
    const self = $('channel > atom\\:link[rel="self"]');
    expect(new URL(self.attr('href')!).pathname).toBe('/rss.xml');
    expect(self.attr('type')).toBe('application/rss+xml');
  });
});
