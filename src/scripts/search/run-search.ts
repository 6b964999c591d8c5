// Runs one search state against Pagefind: the results in the chosen order and honest counts for every filter value,
// and no results for words the site does not contain (see `WordIndex`).
import type { FilterCounts, PagefindApi, PagefindResult } from './pagefind-api';
import { wordsAt } from './render-result';
import { baseForms, continuesQueryWord, foldWord, letterVariants, writtenQueryWords } from './query-words';
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
   * The query searched instead, as shown to the visitor, when a word of the visitor's is missing and it is found with
   * «ø», «æ» or «å» (soknad → søknad). Set even when the filters then leave no result.
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

/** How one word of the query is searched: `searched` is given to Pagefind, `shown` quoted back to the visitor. */
interface WordPlan {
  searched: string;
  shown: string;
  /** Another word than the visitor's, which the page says («Viser treff for …»). */
  replaced: boolean;
}

/**
 * One search. With words, `search(term)`; without, `search(null)` browses by filters alone. Counts need one more
 * search per group with choices (see `disjunctiveCounts`); Pagefind answers them from chunks already loaded.
 * Sorting by date drops pages Pagefind has no date for (generic pages), so those follow the dated ones.
 * Each word is searched in its shortest base form the index holds. A query with a word the site does not contain
 * finds nothing, unless «ø», «æ» or «å» in that word finds it.
 */
export async function runSearch(
  pagefind: PagefindApi,
  state: SearchState,
  words: WordIndex = wordIndex(pagefind),
): Promise<SearchOutcome> {
  // Pagefind is asked with the folded words; the visitor is told about the words as written («Åsgårdstrand»).
  const written = writtenQueryWords(state.query);
  const plans = await Promise.all(written.map((word) => planWord(word, words)));
  const missing = written.filter((_, index) => plans[index] === null);
  if (missing.length > 0) return { results: [], counts: {}, missing };
  const kept = plans as WordPlan[];
  const unchanged = kept.every((plan, index) => plan.searched === foldWord(written[index]!));

  // The words as read here («09.20» is «09 20»), unless an unchanged query uses Pagefind's «"…"» for exact words.
  const query = unchanged && state.query.includes('"') ? state.query : kept.map((plan) => plan.searched).join(' ');
  const found = await searchPagefind(pagefind, { ...state, query });
  const outcome: SearchOutcome = { ...found, missing: [] };
  // Shown even when the filters leave nothing, so the visitor sees that the filters, not the word, are the cause.
  if (kept.some((plan) => plan.replaced)) outcome.respelled = kept.map((plan) => plan.shown).join(' ');
  return outcome;
}

/** How to search one word of the query as written, or null when the site has nothing for it. */
async function planWord(written: string, words: WordIndex): Promise<WordPlan | null> {
  const typed = foldWord(written);
  const plan = (searched: string, replaced: boolean): WordPlan => ({
    searched,
    shown: replaced ? searched : written,
    replaced,
  });
  // Pagefind matches a stem's beginning: the base form finds the pages with every form of the word.
  for (const base of baseForms(typed)) if (await words.holdsStem(base)) return plan(base, false);
  if (await words.holds(typed)) return plan(typed, false);
  for (const variant of letterVariants(typed)) if (await words.holdsStem(variant)) return plan(variant, true);
  return null;
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
