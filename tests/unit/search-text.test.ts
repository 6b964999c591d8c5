// What /sok says about a search: the status line (while searching and once done), the words no page holds, the tab's
// title, the filter names and the labels that count something, from hand-made search outcomes. The browser tests
// (tests/e2e/search*.test.ts) check that the page shows them.
import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../../src/scripts/search/pagefind-api';
import type { SearchOutcome } from '../../src/scripts/search/run-search';
import { emptyFilters, type SearchState } from '../../src/scripts/search/search-state';
import {
  chosenCountLabel,
  clearFiltersLabel,
  filterNames,
  filtersLimitSentence,
  hasMissingWords,
  missingWordsSentence,
  otherWordsSentence,
  groupDigits,
  pageTitle,
  pendingSentence,
  statusSentence,
} from '../../src/scripts/search/search-text';
import { formatCount } from '../../src/lib/format';

type StateInput = Omit<Partial<SearchState>, 'filters'> & { filters?: Partial<SearchState['filters']> };
const state = (partial: StateInput = {}): SearchState => ({
  query: partial.query ?? '',
  filters: { ...emptyFilters(), ...partial.filters },
  sort: partial.sort ?? null,
});

/** An outcome with `found` results; only their number matters to the text. */
const outcome = (found: number, partial: Partial<Omit<SearchOutcome, 'results'>> = {}): SearchOutcome => ({
  results: Array.from({ length: found }, (_, index): PagefindResult => {
    const id = `side-${index}`;
    return { id, score: 1, words: [], data: () => Promise.reject(new Error(`${id} is not read for the text`)) };
  }),
  counts: {},
  missing: [],
  dropped: [],
  ...partial,
});

describe('filterNames', () => {
  it.each([
    ['no filters', state(), []],
    ['a content type by its plural label', state({ filters: { type: ['konferanse'] } }), ['Konferanser']],
    ['the PDF format by its label', state({ filters: { format: ['pdf'] } }), ['Dokumenter (PDF)']],
    ['a place and a year as written', state({ filters: { sted: ['Bergen'], år: ['2025'] } }), ['Bergen', '2025']],
    ['a value the page has no label for as written', state({ filters: { type: ['ukjent'] } }), ['ukjent']],
    [
      'the groups in the order the panel shows them, not the order of the link',
      state({ filters: { år: ['2025'], sted: ['Oslo'], type: ['historie', 'arrangement'] } }),
      ['Historier', 'Arrangementer', 'Oslo', '2025'],
    ],
  ])('names %s', (_, search, names) => {
    expect(filterNames(search)).toEqual(names);
  });
});

describe('statusSentence', () => {
  it.each<[string, SearchOutcome, SearchState, number, string]>([
    ['the count and the words', outcome(12), state({ query: 'utstyr' }), 0, '12 treff for «utstyr».'],
    ['one result as «1 treff»', outcome(1), state({ query: 'utstyr' }), 0, '1 treff for «utstyr».'],
    [
      'one filter as «filteret»',
      outcome(3),
      state({ query: 'utstyr', filters: { sted: ['Bergen'] } }),
      0,
      '3 treff for «utstyr» med filteret Bergen.',
    ],
    [
      'two filters or more as «filtrene», by their labels',
      outcome(2),
      state({ query: 'utstyr', filters: { type: ['historie'], år: ['2025'] } }),
      0,
      '2 treff for «utstyr» med filtrene Historier, 2025.',
    ],
    [
      'filters without words',
      outcome(5),
      state({ filters: { type: ['konferanse'] } }),
      0,
      '5 treff med filteret Konferanser.',
    ],
    ['no result for the words', outcome(0), state({ query: 'utstyr' }), 0, 'Ingen treff for «utstyr».'],
    [
      'how many the words find without the filters that leave none',
      outcome(0),
      state({ query: 'utstyr', filters: { sted: ['Bergen'] } }),
      4,
      'Ingen treff for «utstyr» med filteret Bergen. Uten filteret: 4 treff.',
    ],
    [
      'the same for two filters, as «filtrene»',
      outcome(0),
      state({ query: 'utstyr', filters: { sted: ['Bergen'], år: ['2025'] } }),
      4,
      'Ingen treff for «utstyr» med filtrene Bergen, 2025. Uten filtrene: 4 treff.',
    ],
    [
      'missing words without blaming the filters',
      outcome(0, { missing: ['vitamin'] }),
      state({ query: 'vitamin', filters: { sted: ['Bergen'] } }),
      0,
      'Ingen treff for «vitamin».',
    ],
    [
      'a respelled query, quoted whole after the words as typed',
      outcome(4, { respelled: 'søknad' }),
      state({ query: 'soknad' }),
      0,
      'Ingen treff for «soknad». Viser 4 treff for «søknad».',
    ],
    [
      'words left out by name',
      outcome(1, { respelled: 'konferansen 2025', dropped: ['vitamin'] }),
      state({ query: 'konferansen 2025 vitamin' }),
      0,
      'Ingen sider inneholder «vitamin». Viser 1 treff for «konferansen 2025».',
    ],
    [
      'two words left out, joined with «og»',
      outcome(1, { respelled: 'konferansen', dropped: ['vitamin', 'zqxj'] }),
      state({ query: 'konferansen vitamin zqxj' }),
      0,
      'Ingen sider inneholder «vitamin» og «zqxj». Viser 1 treff for «konferansen».',
    ],
    [
      'two words never on one page, and the one searched instead',
      outcome(10, { respelled: 'støtte', apart: ['økonomisk', 'støtte'] }),
      state({ query: 'økonomisk støtte' }),
      0,
      'Ingen sider har både «økonomisk» og «støtte». Viser 10 treff for «støtte».',
    ],
    [
      'three words never on one page, and the two searched instead',
      outcome(9, { respelled: 'støtte til', apart: ['støtte', 'til', 'fotball'] }),
      state({ query: 'støtte til fotball' }),
      0,
      'Ingen sider har alle ordene «støtte», «til» og «fotball». Viser 9 treff for «støtte til».',
    ],
    [
      'a word left out and words never together, each said once',
      outcome(0, { respelled: 'støtte', dropped: ['vitamin'], apart: ['økonomisk', 'støtte'] }),
      state({ query: 'økonomisk støtte vitamin', filters: { sted: ['Egersund'] } }),
      10,
      'Ingen sider inneholder «vitamin». Ingen sider har både «økonomisk» og «støtte». Heller ingen for «støtte» med filteret Egersund. Uten filteret: 10 treff.',
    ],
    [
      'what the query as typed finds, when only pronouns were left out',
      outcome(20, { respelled: 'kan søke', typedCount: 1 }),
      state({ query: 'kan jeg søke' }),
      0,
      '1 treff for «kan jeg søke». Viser 20 treff for «kan søke».',
    ],
    [
      'a respelled query the filters leave nothing of, and what it finds without them',
      outcome(0, { respelled: 'søknad' }),
      state({ query: 'soknad', filters: { sted: ['Bergen'] } }),
      2,
      'Ingen treff for «soknad». Heller ingen for «søknad» med filteret Bergen. Uten filteret: 2 treff.',
    ],
    [
      'quotation marks in the words as the inner kind',
      outcome(1),
      state({ query: '«Prøv alt»-uka' }),
      0,
      '1 treff for «‘Prøv alt’-uka».',
    ],
    [
      'the order when newest first, so that changing it is heard',
      outcome(12),
      state({ query: 'utstyr', sort: 'nyeste' }),
      0,
      '12 treff for «utstyr», nyeste først.',
    ],
    [
      'the order after the filters and after a respelled query',
      outcome(4, { respelled: 'søknad', typedCount: 0 }),
      state({ query: 'soknad', sort: 'nyeste', filters: { sted: ['Bergen'] } }),
      0,
      'Ingen treff for «soknad». Viser 4 treff for «søknad» med filteret Bergen, nyeste først.',
    ],
    ['no order for one result', outcome(1), state({ query: 'utstyr', sort: 'nyeste' }), 0, '1 treff for «utstyr».'],
  ])('says %s', (_, found, search, unfiltered, sentence) => {
    expect(statusSentence(found, search, unfiltered)).toBe(sentence);
  });
});

describe('missingWordsSentence', () => {
  it.each<[string, SearchOutcome, SearchState, string]>([
    [
      'names the missing words of a query of several',
      outcome(0, { missing: ['vitamin', 'zqxj'] }),
      state({ query: 'vitamin zqxj' }),
      'Ingen sider inneholder «vitamin» og «zqxj».',
    ],
    [
      'names one missing word of two',
      outcome(0, { missing: ['zqxj'] }),
      state({ query: 'utstyr zqxj' }),
      'Ingen sider inneholder «zqxj».',
    ],
    [
      'says nothing for a query of one word, which the status line names',
      outcome(0, { missing: ['vitamin'] }),
      state({ query: 'vitamin' }),
      '',
    ],
    ['says nothing when every word is on some page', outcome(3), state({ query: 'utstyr bergen' }), ''],
  ])('%s', (_, found, search, sentence) => {
    expect(missingWordsSentence(found, search)).toBe(sentence);
  });
});

describe('hasMissingWords', () => {
  it.each<[string, SearchOutcome, boolean]>([
    ['no word found', outcome(0, { missing: ['vitamin'] }), true],
    ['a word left out of the others', outcome(0, { respelled: 'støtte', dropped: ['vitamin'] }), true],
    [
      'words never together, each on the site',
      outcome(0, { respelled: 'støtte', apart: ['økonomisk', 'støtte'] }),
      false,
    ],
    ['words the filters leave nothing of', outcome(0), false],
  ])('is %s: %s', (_, found, missing) => {
    expect(hasMissingWords(found)).toBe(missing);
  });
});

describe('pageTitle', () => {
  const base = 'Søk – For Alle';
  it.each<[string, SearchState, number | undefined, string]>([
    ['is the page’s own title without words', state(), undefined, base],
    [
      'names the filters chosen without words',
      state({ filters: { sted: ['Bergen'] } }),
      7,
      `Bergen (7 treff) – ${base}`,
    ],
    [
      'names every filter chosen without words',
      state({ filters: { type: ['konferanse'], år: ['2026'] } }),
      3,
      `Konferanser, 2026 (3 treff) – ${base}`,
    ],
    ['leads with the words while the count is unknown', state({ query: 'utstyr' }), undefined, `«utstyr» – ${base}`],
    ['adds the count once known', state({ query: 'utstyr' }), 3, `«utstyr» (3 treff) – ${base}`],
    ['says «ingen treff» for none', state({ query: 'utstyr' }), 0, `«utstyr» (ingen treff) – ${base}`],
  ])('%s', (_, search, count, title) => {
    expect(pageTitle(base, search, count)).toBe(title);
  });

  it('names the words searched instead of the typed ones, which found nothing', () => {
    const typed = state({ query: 'helsesøster' });
    expect(pageTitle(base, typed, 9, 'helsesykepleier')).toBe(`«helsesykepleier» (9 treff) – ${base}`);
    expect(pageTitle(base, typed, 0, 'helsesykepleier')).toBe(`«helsesøster» (ingen treff) – ${base}`);
  });
});

describe('pendingSentence', () => {
  it.each<[string, SearchState, string]>([
    ['names the words being searched for', state({ query: 'utstyr' }), 'Søker etter «utstyr» …'],
    ['says results are on their way for filters alone', state({ filters: { sted: ['Bergen'] } }), 'Henter treff …'],
  ])('%s', (_, search, sentence) => {
    expect(pendingSentence(search)).toBe(sentence);
  });
});

describe('clearFiltersLabel', () => {
  it.each([
    ['offers the results the words find without the filters', 4, 2, 'Vis de 4 treffene uten filtrene'],
    ['names one filter in the singular', 4, 1, 'Vis de 4 treffene uten filteret'],
    ['offers one result in the singular', 1, 1, 'Vis treffet uten filteret'],
    ['offers one result without several filters', 1, 3, 'Vis treffet uten filtrene'],
    ['only drops the filters when the words find nothing without them either', 0, 2, 'Fjern alle filtre'],
    ['only drops the one filter', 0, 1, 'Fjern filteret'],
  ])('%s', (_, unfiltered, filters, label) => {
    expect(clearFiltersLabel(unfiltered, filters)).toBe(label);
  });
});

describe('filtersLimitSentence', () => {
  it('says «Filteret» for one filter and «Filtrene» for several', () => {
    expect([filtersLimitSentence(1), filtersLimitSentence(2)]).toEqual([
      'Filteret begrenser søket.',
      'Filtrene begrenser søket.',
    ]);
  });
});

describe('otherWordsSentence', () => {
  it.each<[string, SearchState, string]>([
    [
      'suggests fewer words only for several',
      state({ query: 'utstyr bergen' }),
      'Prøv færre ord, eller et annet ord for det samme.',
    ],
    ['suggests another word for one', state({ query: 'utstyr' }), 'Prøv et annet ord for det samme.'],
    ['says nothing without words', state({ filters: { sted: ['Bergen'], år: ['2020'] } }), ''],
  ])('%s', (_, search, sentence) => {
    expect(otherWordsSentence(search)).toBe(sentence);
  });
});

describe('chosenCountLabel', () => {
  it.each([
    ['counts the chosen values after «Filtrer treffene»', 2, ' (2 valgt)'],
    ['says nothing when none is chosen', 0, ''],
  ])('%s', (_, total, label) => {
    expect(chosenCountLabel(total)).toBe(label);
  });
});

describe('groupDigits', () => {
  // /sok writes counts as the built pages do («10 000 historier»), without Intl, which would slow its first search.
  it('writes every count as formatCount does, thousands apart', () => {
    for (const count of [0, 7, 999, 1_000, 3_729, 10_000, 99_999, 123_456, 1_000_000])
      expect(groupDigits(count), String(count)).toBe(formatCount(count));
  });
});
