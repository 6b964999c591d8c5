// A listing of stories says how many there are as Norwegian writes numbers: at the benchmark's 10,000 stories the
// heading read «10000 historier» and the filter links «(1112)» (a newcomer's review, session 24).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import StoryListing from '../../src/components/StoryListing.astro';

describe('a story listing', () => {
  it('groups the thousands in its count and in its filter links, and gives «Alle historier» no count', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(StoryListing, {
      props: {
        page: { items: [], number: 1, total: 1, paths: ['/historier/'] },
        count: 10_000,
        places: [{ label: 'Bergen', href: '/historier/sted/bergen/', count: 1_112 }],
        pillars: [{ label: 'Samarbeidsprosjekter', href: '/historier/tema/samarbeidsprosjekter/', count: 9_000 }],
        current: '/historier/',
      },
    });
    const $ = load(html);
    const text = (selector: string) =>
      $(selector)
        .text()
        .replace(/[ \t\n]+/g, ' ')
        .trim();
    expect(text('#stories-heading')).toBe('10\u00a0000 historier');
    expect(text('a[href="/historier/sted/bergen/"]')).toBe('Bergen (1\u00a0112)');
    expect(text('a[href="/historier/tema/samarbeidsprosjekter/"]')).toBe('Samarbeidsprosjekter (9\u00a0000)');
    expect(text('a[href="/historier/"]')).toBe('Alle historier');
  });
});
