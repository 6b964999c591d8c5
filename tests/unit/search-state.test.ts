import { describe, expect, it } from 'vitest';
import {
  disjunctiveCounts,
  effectiveSort,
  emptyFilters,
  isBlank,
  orderedValues,
  pagefindFilters,
  readState,
  valueLabel,
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

  it('reads the document format, so «presentasjoner fra 2025» is one link: type=konferanse&år=2025&format=pdf', () => {
    const presentations = state({ filters: { type: ['konferanse'], format: ['pdf'], år: ['2025'] } });
    expect(readState('?type=konferanse&%C3%A5r=2025&format=pdf')).toEqual(presentations);
    expect(writeState(presentations)).toBe('type=konferanse&format=pdf&%C3%A5r=2025');
    expect(pagefindFilters(presentations.filters)).toEqual({
      type: { any: ['konferanse'] },
      format: { any: ['pdf'] },
      år: { any: ['2025'] },
    });
    expect(valueLabel('format', 'pdf')).toBe('Dokumenter (PDF)');
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
      format: {},
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
