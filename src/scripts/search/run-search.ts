// Runs one search state against Pagefind: the results in the chosen order and honest counts for every filter value,
// and no results for words the site does not contain (see `WordIndex`).
import type { FilterCounts, PagefindApi, PagefindResult } from './pagefind-api';
import { wordsAt } from './render-result';
import { continuesQueryWord, foldWord, letterVariants, writtenQueryWords } from './query-words';
import {
  disjunctiveCounts,
  effectiveSort,
  filterGroups,
  pagefindFilters,
  type FilterKey,
  type SearchState,
} from './search-state';

export interface SearchOutcome {
  results: PagefindResult[];
  counts: FilterCounts;
  /** Words of the query the site does not contain, as written; when there are any, there are no results. */
  missing: string[];
  /**
   * The query searched instead, when a word of the visitor's is missing and it is found with «ø», «æ» or «å»
   * (soknad → søknad). Set even when the filters then leave no result.
   */
  respelled?: string;
}

/**
 * Whether the index holds a query word. Pagefind never says «not found» for a word: when no indexed word starts with
 * the word's stem, it searches for the longest indexed word the stem starts with instead («vitamin» lists every page
 * with «vi»), and no option turns that off (Pagefind PR #315, issues #599 and #793). So each word is checked on its
 * own first, once per page view (the index does not change).
 */
export interface WordIndex {
  /** The word, or a word that starts with it or its stem («søknad» in «søknadsfrist», «utst» while typing). */
  holds(word: string): Promise<boolean>;
  /** The word's stem itself is indexed: a quoted search, which Pagefind runs without extending or shortening. */
  holdsStem(word: string): Promise<boolean>;
}

export function wordIndex(pagefind: PagefindApi): WordIndex {
  const memo = (check: (word: string) => Promise<boolean>) => {
    const answers = new Map<string, Promise<boolean>>();
    return (word: string) => {
      if (!answers.has(word)) {
        const answer = check(word);
        // A failed fetch is asked again next time, not remembered as the answer.
        answer.catch(() => answers.delete(word));
        answers.set(word, answer);
      }
      return answers.get(word)!;
    };
  };
  const holdsStem = memo(async (word) => (await pagefind.search(`"${word}"`)).results.length > 0);
  const holds = memo(async (word) => {
    if (await holdsStem(word)) return true;
    // Every location of a one-word search is a match for that word: a few pages show which words Pagefind took.
    const { results } = await pagefind.search(word);
    const pages = await Promise.all(results.slice(0, 3).map((result) => result.data()));
    return pages.some((page) => wordsAt(page, page.locations).some((pageWord) => continuesQueryWord(pageWord, word)));
  });
  return { holds, holdsStem };
}

/**
 * One search. With words, `search(term)`; without, `search(null)` browses by filters alone. Counts need one more
 * search per group with choices (see `disjunctiveCounts`); Pagefind answers them from chunks already loaded.
 * Sorting by date drops pages Pagefind has no date for (generic pages), so those follow the dated ones.
 * A query with a word the site does not contain finds nothing, unless «ø», «æ» or «å» in that word finds it.
 */
export async function runSearch(
  pagefind: PagefindApi,
  state: SearchState,
  words: WordIndex = wordIndex(pagefind),
): Promise<SearchOutcome> {
  // Pagefind is asked with the folded words; the visitor is told about the words as written («Åsgårdstrand»).
  const written = writtenQueryWords(state.query);
  const typed = written.map(foldWord);
  const [found, held] = await Promise.all([searchPagefind(pagefind, state), Promise.all(typed.map(words.holds))]);
  const missingAt = typed.flatMap((_, index) => (held[index] ? [] : [index]));
  const missing = missingAt.map((index) => written[index]!);
  if (missing.length === 0) return { ...found, missing };

  const replacements = await respell(
    missingAt.map((index) => typed[index]!),
    words,
  );
  if (replacements) {
    const retried = await searchPagefind(pagefind, {
      ...state,
      query: typed.map((word) => replacements.get(word) ?? word).join(' '),
    });
    const respelled = written.map((word, index) => replacements.get(typed[index]!) ?? word).join(' ');
    // Shown even when the filters leave nothing, so the visitor sees that the filters, not the word, are the cause.
    return { ...retried, missing: [], respelled };
  }
  return { results: [], counts: {}, missing };
}

/** Each missing word's first variant whose stem is indexed; null if one of them has none. */
async function respell(missing: string[], words: WordIndex): Promise<Map<string, string> | null> {
  const replacements = new Map<string, string>();
  for (const word of missing) {
    let found: string | undefined;
    for (const variant of letterVariants(word)) {
      if (await words.holdsStem(variant)) {
        found = variant;
        break;
      }
    }
    if (!found) return null;
    replacements.set(word, found);
  }
  return replacements;
}

async function searchPagefind(
  pagefind: PagefindApi,
  state: SearchState,
): Promise<Pick<SearchOutcome, 'results' | 'counts'>> {
  const term = state.query.trim() || null;
  const filters = pagefindFilters(state.filters);
  const byDate = effectiveSort(state) === 'nyeste';

  const chosenGroups = filterGroups.map(({ key }) => key).filter((key) => state.filters[key].length > 0);
  const [unsorted, sorted, ...without] = await Promise.all([
    pagefind.search(term, { filters }),
    byDate ? pagefind.search(term, { filters, sort: { date: 'desc' } }) : null,
    ...chosenGroups.map((key) => pagefind.search(term, { filters: pagefindFilters(state.filters, key) })),
  ]);

  let results = unsorted.results;
  if (sorted) {
    const dated = new Set(sorted.results.map((result) => result.id));
    results = [...sorted.results, ...unsorted.results.filter((result) => !dated.has(result.id))];
  }

  const countsWithout: Partial<Record<FilterKey, FilterCounts>> = {};
  chosenGroups.forEach((key, index) => (countsWithout[key] = without[index]!.filters));
  return { results, counts: disjunctiveCounts(state.filters, unsorted.filters, countsWithout) };
}
