// runSearch over a small fake of Pagefind that matches as Pagefind does: each query word's stem against the start of
// the stems of a page's words (a quoted word: the whole stem), every word on the same page. No fallback to shorter
// words, so what the page's own checks add (base forms, respelling) is all
// that differs from the query as typed.
import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResult } from '../../src/scripts/search/pagefind-api';
import { foldWord, norwegianStem, queryWords } from '../../src/scripts/search/query-words';
import { runSearch } from '../../src/scripts/search/run-search';
import { emptyFilters, type SearchState } from '../../src/scripts/search/search-state';

const pages: Record<string, string> = {
  trener: 'Trener for laget',
  trenere: 'Nye trenere i klubben',
  trenerne: 'Trenerne fikk kurs',
  ungdom: 'Ungdom på tur',
  ungdommer: 'Ungdommer i Bergen',
  rapport: 'Forskning på fritid: rapport fra prosjektet',
  søknad: 'Søknad om støtte, frist i mars',
  helse: 'Helsesykepleier på skolen',
  sæbø: 'Ingrid Sæbø snakket om lavinntekt',
  presentasjon: 'Presentasjon fra konferansen 2025',
};

function fakePagefind(): PagefindApi & { terms: (string | null)[] } {
  const terms: (string | null)[] = [];
  const stemsOf = (text: string) => queryWords(text).map(norwegianStem);
  const search: PagefindApi['search'] = async (term) => {
    terms.push(term);
    const exact = term?.startsWith('"') ?? false;
    const wanted = term === null ? [] : stemsOf(term);
    const results: PagefindResult[] = Object.entries(pages)
      .filter(([, text]) => {
        const stems = stemsOf(text);
        return wanted.every((stem) => stems.some((page) => (exact ? page === stem : page.startsWith(stem))));
      })
      .map(([id, text]) => {
        const words = text.split(' ');
        const locations = words.flatMap((word, index) =>
          wanted.some((stem) => norwegianStem(foldWord(word.replace(/\p{P}/gu, ''))).startsWith(stem)) ? [index] : [],
        );
        return {
          id,
          score: 1,
          data: async () => ({
            url: `/${id}`,
            excerpt: text,
            raw_content: text,
            meta: {},
            filters: {},
            sub_results: [],
            anchors: [],
            locations,
          }),
        };
      });
    return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
  };
  return {
    terms,
    search,
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    filters: async () => ({}),
  };
}

const state = (query: string): SearchState => ({ query, filters: emptyFilters(), sort: null });
const ids = (outcome: { results: PagefindResult[] }) => outcome.results.map((result) => result.id).sort();

describe('runSearch', () => {
  it('searches an inflected word in its base form, so it finds at least what the base form finds', async () => {
    const pagefind = fakePagefind();
    const base = await runSearch(pagefind, state('trener'));
    const inflected = await runSearch(pagefind, state('trenerne'));
    expect(ids(inflected)).toEqual(expect.arrayContaining(ids(base)));
    expect(ids(inflected)).toContain('trenerne');
    // The visitor is told about the word as typed: nothing was replaced.
    expect(inflected.respelled).toBeUndefined();
    expect(ids(await runSearch(pagefind, state('ungdommer')))).toEqual(['ungdom', 'ungdommer']);
  });

  it('passes the query as typed when nothing is changed, so Pagefind’s own syntax keeps working', async () => {
    const pagefind = fakePagefind();
    await runSearch(pagefind, state('"søknad"'));
    expect(pagefind.terms).toContain('"søknad"');
  });

  it('finds nothing, and names the words, when no word of the query is on any page', async () => {
    const outcome = await runSearch(fakePagefind(), state('vitamin zqxj'));
    expect(outcome.results).toEqual([]);
    expect(outcome.missing).toEqual(['vitamin', 'zqxj']);
  });

  it('respells with «æ», «ø» and «å» before anything else, and quotes the rest as written', async () => {
    const outcome = await runSearch(fakePagefind(), state('Saebo Ingrid'));
    expect(outcome.respelled).toBe('sæbø Ingrid');
    expect(ids(outcome)).toEqual(['sæbø']);
  });

  it('searches a time as its two numbers', async () => {
    const pagefind = fakePagefind();
    pages.tid = 'Åpning kl. 09.20';
    try {
      const outcome = await runSearch(pagefind, state('kl. 09.20'));
      expect(ids(outcome)).toEqual(['tid']);
    } finally {
      delete pages.tid;
    }
  });
});
