// Runs one search state against Pagefind: the results in the chosen order and honest counts for every filter value.
import type { FilterCounts, PagefindApi, PagefindResult } from './pagefind-api';
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
}

/**
 * One search. With words, `search(term)`; without, `search(null)` browses by filters alone. Counts need one more
 * search per group with choices (see `disjunctiveCounts`); Pagefind answers them from chunks already loaded.
 * Sorting by date drops pages Pagefind has no date for (generic pages), so those follow the dated ones.
 */
export async function runSearch(pagefind: PagefindApi, state: SearchState): Promise<SearchOutcome> {
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
