// A page whose title or a heading says the visitor's words as typed comes first, over a small fake of Pagefind's
// results.
import { describe, expect, it } from 'vitest';
import type { PagefindResult, PagefindResultData } from '../../src/scripts/search/pagefind-api';
import { headingCheckedResults, headingFirst, headingSays } from '../../src/scripts/search/heading-first';

function dataOf(title: string, headings: string[] = []): PagefindResultData {
  return {
    url: `/${title}`,
    excerpt: '',
    raw_content: '',
    word_count: 1,
    meta: { title },
    filters: {},
    sub_results: headings.map((heading) => ({ title: heading, url: '', excerpt: '', locations: [] })),
    anchors: [],
    locations: [],
  };
}

function results(pages: [string, string[]?][]): { results: PagefindResult[]; loaded: string[] } {
  const loaded: string[] = [];
  return {
    loaded,
    results: pages.map(([title, headings], index) => ({
      id: title,
      score: 10 - index,
      words: [],
      data: async () => (loaded.push(title), dataOf(title, headings)),
    })),
  };
}

describe('headingSays', () => {
  it.each([
    ['Om For Alle', ['Hva er For Alle?'], 'hva er for alle', true],
    ['Om For Alle', ['Hva er For Alle?'], 'Hva er For Alle?', true],
    ['Om For Alle', ['Hva er For Alle?'], '  hva er  for alle?', true],
    ['Om For Alle', ['Hva er For Alle?'], 'for alle hva er', false],
    ['Om For Alle', ['Hvorfor For Alle?'], 'hva er for alle', false],
    ['Når er fristen?', [], 'når er fristen', true],
    ['Søknadsfrister', [], 'sok', false],
  ])('%s %j says «%s»: %s', (title, headings, query, expected) => {
    expect(headingSays(dataOf(title, headings), query)).toBe(expected);
  });
});

describe('headingFirst', () => {
  it('moves the pages among the first ten whose headings say the query to the front, keeping the rest in order', async () => {
    const { results: found } = results([
      ['Samarbeidsprosjekter', ['Hvem kan søke?']],
      ['Aktivitetsstøtte'],
      ['Om For Alle', ['Hva er For Alle?']],
      ['Konferanse'],
    ]);
    const ordered = await headingFirst(found, 'hva er for alle');
    expect(ordered.map((result) => result.id)).toEqual([
      'Om For Alle',
      'Samarbeidsprosjekter',
      'Aktivitetsstøtte',
      'Konferanse',
    ]);
  });

  it('reads no page beyond the first ten, and leaves a later match where it is', async () => {
    const pages: [string, string[]?][] = Array.from({ length: 12 }, (_, index) => [`Side ${index + 1}`]);
    pages[11] = ['Om For Alle', ['Hva er For Alle?']];
    const { results: found, loaded } = results(pages);
    const ordered = await headingFirst(found, 'hva er for alle');
    expect(ordered).toEqual(found);
    expect(loaded).toHaveLength(headingCheckedResults);
    expect(loaded).not.toContain('Om For Alle');
  });

  it('leaves a one-word query to Pagefind, without reading any page', async () => {
    const { results: found, loaded } = results([['Utstyr'], ['Utstyrsbanken'], ['Om utstyr', ['Utstyr']]]);
    expect(await headingFirst(found, 'utstyr')).toEqual(found);
    expect(loaded).toEqual([]);
  });
});
