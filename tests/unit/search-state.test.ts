import { describe, expect, it } from 'vitest';
import {
  continuesQueryWord,
  disjunctiveCounts,
  effectiveSort,
  emptyFilters,
  isBlank,
  letterVariants,
  norwegianStem,
  orderedValues,
  pagefindFilters,
  queryWords,
  readState,
  writeState,
  type SearchState,
} from '../../src/scripts/search/search-state';

type StateInput = Omit<Partial<SearchState>, 'filters'> & { filters?: Partial<SearchState['filters']> };
const state = (partial: StateInput): SearchState => ({
  query: partial.query ?? '',
  filters: { ...emptyFilters(), ...partial.filters },
  sort: partial.sort ?? null,
});

describe('readState', () => {
  it('reads the words, every value of each filter and the order from the query string', () => {
    expect(readState('?q=+utstyr+&sted=Bergen&sted=Stavanger&type=historie&%C3%A5r=2025&sorter=nyeste')).toEqual(
      state({
        query: 'utstyr',
        filters: { sted: ['Bergen', 'Stavanger'], type: ['historie'], år: ['2025'] },
        sort: 'nyeste',
      }),
    );
  });

  it('ignores unknown parameters, empty and repeated values, and unknown orders', () => {
    expect(readState('utm_source=x&sted=&sted=Bergen&sted=Bergen&sorter=tilfeldig')).toEqual(
      state({ filters: { sted: ['Bergen'] } }),
    );
  });
});

describe('writeState', () => {
  it('writes a search as a shareable query string that reads back the same', () => {
    const search = state({ query: 'huset', filters: { sted: ['Bergen', 'Stavanger'], år: ['2024'] }, sort: 'nyeste' });
    const written = writeState(search);
    expect(written).toBe('q=huset&sted=Bergen&sted=Stavanger&%C3%A5r=2024&sorter=nyeste');
    expect(readState(written)).toEqual(search);
  });

  it('writes nothing for an empty search', () => {
    expect(writeState(state({}))).toBe('');
  });
});

describe('isBlank and effectiveSort', () => {
  it('treats a search with neither words nor filters as blank', () => {
    expect(isBlank(state({ query: '  ' }))).toBe(true);
    expect(isBlank(state({ filters: { type: ['historie'] } }))).toBe(false);
  });

  it('orders by relevance with words and newest first without, unless chosen', () => {
    expect(effectiveSort(state({ query: 'utstyr' }))).toBe('relevans');
    expect(effectiveSort(state({ filters: { sted: ['Bergen'] } }))).toBe('nyeste');
    expect(effectiveSort(state({ query: 'utstyr', sort: 'nyeste' }))).toBe('nyeste');
  });
});

describe('pagefindFilters', () => {
  it('combines values of one group with any (OR) and groups side by side (AND)', () => {
    expect(pagefindFilters(state({ filters: { sted: ['Bergen', 'Stavanger'], type: ['historie'] } }).filters)).toEqual({
      type: { any: ['historie'] },
      sted: { any: ['Bergen', 'Stavanger'] },
    });
  });

  it('leaves out the group it is asked to count without', () => {
    expect(pagefindFilters(state({ filters: { sted: ['Bergen'], type: ['historie'] } }).filters, 'sted')).toEqual({
      type: { any: ['historie'] },
    });
  });
});

describe('disjunctiveCounts', () => {
  it('counts a group with choices from the search without that group, other groups from the current search', () => {
    const filters = state({ filters: { sted: ['Bergen'] } }).filters;
    const current = { sted: { Bergen: 3, Stavanger: 0 }, type: { historie: 2, arrangement: 1 } };
    const withoutSted = { sted: { Bergen: 3, Stavanger: 5 }, type: { historie: 6, arrangement: 4 } };
    expect(disjunctiveCounts(filters, current, { sted: withoutSted })).toEqual({
      type: { historie: 2, arrangement: 1 },
      sted: { Bergen: 3, Stavanger: 5 },
      satsing: {},
      år: {},
    });
  });
});

describe('orderedValues', () => {
  it('lists content types in their fixed order, years newest first and places alphabetically in Norwegian', () => {
    expect(orderedValues('type', ['side', 'historie', 'ukjent', 'konferanse'])).toEqual([
      'historie',
      'konferanse',
      'side',
      'ukjent',
    ]);
    expect(orderedValues('år', ['2024', '2026', '2025'])).toEqual(['2026', '2025', '2024']);
    expect(orderedValues('sted', ['Østre Toten', 'Arendal', 'Ål', 'Bergen'])).toEqual([
      'Arendal',
      'Bergen',
      'Østre Toten',
      'Ål',
    ]);
  });
});

describe('queryWords', () => {
  it('reads the words as Pagefind does: lower case, punctuation dropped, «å» folded, «ø» and «æ» kept', () => {
    expect(queryWords('  «Tromsø»  Sæbø, På-melding!  ')).toEqual(['tromsø', 'sæbø', 'pamelding']);
    expect(queryWords('')).toEqual([]);
  });
});

describe('norwegianStem', () => {
  it.each([
    ['søknaden', 'søknad'],
    ['søknader', 'søknad'],
    ['huset', 'hus'],
    ['bergen', 'berg'],
    ['jentene', 'jent'],
    ['organisasjonene', 'organisasjon'],
    ['mandal', 'mandal'],
    ['herøy', 'herøy'],
    ['video', 'video'],
  ])('stems «%s» to «%s», as Pagefind indexes it', (word, stem) => {
    expect(norwegianStem(word)).toBe(stem);
  });
});

describe('continuesQueryWord', () => {
  it('accepts the word, longer words that start with it, and inflections of it', () => {
    expect(continuesQueryWord('søknad.', 'søknad')).toBe(true);
    expect(continuesQueryWord('Søknadsrunder', 'søknad')).toBe(true);
    expect(continuesQueryWord('utstyrsbanken', 'utst')).toBe(true);
    expect(continuesQueryWord('søknadsfrist', 'søknaden')).toBe(true);
    expect(continuesQueryWord('Bergen-prosjektet', 'prosjekt')).toBe(true);
    expect(continuesQueryWord('På', 'pa')).toBe(true);
  });

  it('rejects the shorter word Pagefind falls back to when nothing starts with the query word', () => {
    expect(continuesQueryWord('Vi', 'video')).toBe(false);
    expect(continuesQueryWord('tro', 'tromsø')).toBe(false);
    expect(continuesQueryWord('troen', 'tromsø')).toBe(false);
    expect(continuesQueryWord('så', 'saebø')).toBe(false);
    expect(continuesQueryWord('fotball', 'fotballkamp')).toBe(false);
    // Place names: Pagefind falls back to a common short word, which shares only the name's first letters.
    expect(continuesQueryWord('man', 'mandal')).toBe(false);
    expect(continuesQueryWord('her', 'herøy')).toBe(false);
    expect(continuesQueryWord('kan', 'kanin')).toBe(false);
    expect(continuesQueryWord('ber', 'bergen')).toBe(false);
  });
});

describe('letterVariants', () => {
  it('tries «ø», «æ» and «å» where they are often typed without, one change before two', () => {
    expect(letterVariants('soknad')).toEqual(['søknad', 'soknæd', 'søknæd']);
    expect(letterVariants('saebo')[0]).toBe('sæbo');
    expect(letterVariants('saebo')).toContain('sæbø');
    expect(letterVariants('paa')).toContain('på');
    expect(letterVariants('hus')).toEqual([]);
  });

  it('stops at a dozen', () => {
    expect(letterVariants('aaaaaaaaaaaa')).toHaveLength(12);
  });
});
