// The "år" filter and the date a search result shows come from SearchMeta, rendered through the real component.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SearchMeta from '../../src/components/SearchMeta.astro';
import { cancelledMeta } from '../../src/lib/search/contract';
import type { PagefindResultData } from '../../src/scripts/search/pagefind-api';
import { isUpcoming } from '../../src/scripts/search/upcoming-first';

async function render(date: string) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(SearchMeta, { props: { type: 'historie', title: 'Nyttår', date } });
  const pick = (attribute: string) => new RegExp(`<span ${attribute}[^>]*>([^<]*)</span>`).exec(html)?.[1];
  return {
    year: pick('data-pagefind-filter="år"'),
    date: pick('data-pagefind-meta="date"'),
    sort: pick('data-pagefind-sort="date"'),
  };
}

describe('SearchMeta', () => {
  it('files a story published half past midnight on New Year’s Day in Oslo under the new year', async () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Oslo (UTC+1 in winter).
    expect(await render('2025-12-31T23:30:00Z')).toEqual({ year: '2026', date: '2026-01-01', sort: '2026-01-01' });
  });

  it('keeps a plain date as it is', async () => {
    expect(await render('2025-06-14')).toEqual({ year: '2025', date: '2025-06-14', sort: '2025-06-14' });
  });
});

describe('SearchMeta places', () => {
  it("files a page under related places too (a conference's speakers' towns), naming only its own in the result", async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchMeta, {
      props: {
        type: 'konferanse',
        title: 'For Alle-konferansen 2025',
        places: ['Stavanger'],
        relatedPlaces: ['Haugesund', 'Stavanger', null],
      },
    });
    const all = (attribute: string) =>
      [...html.matchAll(new RegExp(`<span ${attribute}[^>]*>([^<]*)</span>`, 'g'))].map((match) => match[1]);
    expect(all('data-pagefind-filter="sted"')).toEqual(['Stavanger', 'Haugesund']);
    expect(all('data-pagefind-meta="places"')).toEqual(['Stavanger']);
  });

  it('writes no places meta when the filter holds only its own places', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchMeta, {
      props: { type: 'historie', title: 'X', places: ['Bergen'] },
    });
    expect(html).not.toContain('data-pagefind-meta="places"');
  });
});

describe('SearchMeta cancelled', () => {
  it('marks a cancelled event for its search result, and only a cancelled one', async () => {
    const container = await AstroContainer.create();
    const html = (cancelled: boolean) =>
      container.renderToString(SearchMeta, {
        props: { type: 'arrangement', title: 'Workshop i Haugesund', date: '2027-02-24T11:00:00Z', cancelled },
      });
    expect(await html(true)).toContain(`data-pagefind-meta="${cancelledMeta}"`);
    expect(await html(false)).not.toContain(`data-pagefind-meta="${cancelledMeta}"`);
  });
});

describe('SearchMeta end', () => {
  /** The meta and filters Pagefind would read from SearchMeta's markup, as a result's data. */
  async function indexed(props: Record<string, unknown>): Promise<PagefindResultData> {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchMeta, { props });
    const spans = (attribute: string) =>
      [...html.matchAll(new RegExp(`<span ${attribute}="([^"]*)"[^>]*>([^<]*)</span>`, 'g'))].map(
        (match) => [match[1]!, match[2]!] as const,
      );
    const filters: Record<string, string[]> = {};
    for (const [name, value] of spans('data-pagefind-filter')) (filters[name] ??= []).push(value);
    const data = { url: '/konferanse/2027/', excerpt: '', raw_content: '', word_count: 1, filters };
    return {
      ...data,
      meta: Object.fromEntries(spans('data-pagefind-meta')),
      sub_results: [],
      anchors: [],
      locations: [],
    };
  }

  // The January conference: the network day and the conference day, 09:00–16:00 Oslo time (UTC+1).
  const conference = {
    type: 'konferanse',
    title: 'For Alle-konferansen 2027',
    date: '2027-01-20T08:00:00Z',
    end: '2027-01-21T15:00:00Z',
  };

  it('lets /sok count a two-day conference as coming on its second day, and as past the day after', async () => {
    const data = await indexed(conference);
    expect(data.meta).toMatchObject({ date: '2027-01-20', end: '2027-01-21' });
    expect(isUpcoming(data, '2027-01-21')).toBe(true);
    expect(isUpcoming(data, '2027-01-22')).toBe(false);
  });

  it('writes the end as its day in Oslo, and only when it is after the first day', async () => {
    // 23:30 UTC is 00:30 the next day in Oslo.
    expect((await indexed({ ...conference, end: '2027-01-21T23:30:00Z' })).meta.end).toBe('2027-01-22');
    expect((await indexed({ ...conference, end: '2027-01-20T15:00:00Z' })).meta.end).toBeUndefined();
    expect((await indexed({ ...conference, end: null })).meta.end).toBeUndefined();
  });
});
