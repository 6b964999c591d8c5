// The behaviour of /sok, wired from its parts: reads the search from the URL, loads Pagefind, builds the filter
// groups from the index, searches as the visitor types or ticks filters, and lets the parts show it: the history
// (search-history.ts), the filter panel (filter-panel.ts), the order menu (sort-menu.ts), the results
// (result-list.ts) and what is said about them (search-status.ts).
import { createFilterPanel } from './filter-panel';
import { indexReachable, loadPagefind, type FilterCounts, type PagefindApi } from './pagefind-api';
import { foldWord, writtenQueryWords } from './query-words';
import { required } from './required-element';
import { createResultList, pageSize } from './result-list';
import { runSearch, wordIndex, type WordIndex } from './run-search';
import { createSearchHistory, placeIn, returnTo, type HistoryMode, type Place } from './search-history';
import { emptyFilters, hasFilters, isBlank, readState, writeState, type SearchState } from './search-state';
import { createSearchStatus } from './search-status';
import { createSortMenu } from './sort-menu';

const typingDelayMs = 250;
/** Live search waits for a second letter: one letter matches almost every page («a» found 66 of 66). */
const liveSearchMinLength = 2;

export function startSearchPage(root: HTMLElement): void {
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');

  let pagefind: PagefindApi | null = null;
  let words: WordIndex | null = null;
  let totals: FilterCounts = {};
  /** Counts the searches started: a search whose number is no longer the latest stops where it is. */
  let sequence = 0;
  /** Whether a search (or the invitation) is on show: before that there is no place to remember for Back. */
  let searchShown = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const status = createSearchStatus(root);
  const results = createResultList(root, () => sequence);
  const sort = createSortMenu(root, searchNow);
  const filters = createFilterPanel(root, searchNow, status.focus, input);
  const searchHistory = createSearchHistory(
    root,
    () => (searchShown ? results.count : null),
    (state, place) => {
      clearTimeout(typingTimer);
      showState(state);
      void search(state, 'none', place);
    },
  );

  function formState(): SearchState {
    const query = input.value.trim();
    return { query, filters: filters.chosen(), sort: query ? sort.chosen : null };
  }

  function showState(state: SearchState) {
    input.value = state.query;
    sort.chosen = state.sort;
    filters.tick(state.filters);
  }

  /** A search the visitor made: a filter, the order, Enter. */
  function searchNow() {
    clearTimeout(typingTimer);
    void search(formState(), 'push');
  }

  /** No results on show: the list, «Vis flere», the order menu, the skip link and the empty state are gone. */
  function clearResults() {
    results.clear();
    status.clear();
    sort.hide();
  }

  /**
   * The search could not be done. The word checks made meanwhile are dropped, since a word in an index chunk that
   * never arrived looked missing.
   */
  function showFailure(message: string, again: () => void) {
    if (pagefind) words = wordIndex(pagefind);
    clearResults();
    status.failure(message, again);
  }

  /** `place`: how many results to show at once and where to scroll, when the visitor comes back to the search. */
  async function search(state: SearchState, mode: HistoryMode, place: Place | null = null) {
    // The search already on show, finished: run again, it would empty the list and fill it anew. That happened when
    // the visitor typed while Pagefind loaded (the typed search, then the first search, both for the same words).
    // Enter on it still answers: the count is said again.
    if (pagefind && root.dataset.searchDone === writeState(state)) {
      if (mode === 'push') status.announce();
      return;
    }
    const mine = ++sequence;
    // Set again when this search is on show: until then the page shows another search, or none.
    delete root.dataset.searchDone;
    searchHistory.follow(state, mode);
    status.title(state);
    filters.showChosen(state);
    sort.show(state);
    if (!pagefind) return;

    if (isBlank(state)) {
      searchShown = true;
      clearResults();
      status.invitation();
      filters.showCounts(totals);
      returnTo(place, root);
      root.dataset.searchDone = writeState(state);
      return;
    }

    results.setBusy(true);
    try {
      const outcome = await runSearch(pagefind, state, words ?? undefined);
      if (mine !== sequence) return;
      if (outcome.results.length === 0 && !(await indexReachable())) throw new Error('Søkeindeksen kan ikke hentes');
      // Filters that leave nothing: how many the words find without them (from chunks already loaded), so the
      // visitor sees that the filters are the cause and can drop them.
      const unfiltered =
        state.query && outcome.results.length === 0 && hasFilters(state) && outcome.missing.length === 0
          ? (await runSearch(pagefind, { ...state, filters: emptyFilters() }, words ?? undefined)).results.length
          : 0;
      if (mine !== sequence) return;
      filters.showCounts(outcome.counts);
      results.show(
        outcome.results,
        Boolean(state.query),
        writtenQueryWords(outcome.respelled ?? state.query).map(foldWord),
      );
      searchShown = true;
      await results.append(mine, false, Math.max(pageSize, place?.shown ?? 0), () => {
        status.outcome(outcome, state, unfiltered, mode === 'typing');
        sort.showFor(state, outcome.results.length);
      });
      if (mine !== sequence) return;
      returnTo(place, root);
      // Which search the page shows, for tests and anyone scripting the page: the query string it was made from.
      root.dataset.searchDone = writeState(state);
    } catch (error) {
      if (mine !== sequence) return;
      console.error(error);
      showFailure(
        'Søket kunne ikke gjøres ferdig, fordi nettstedet ikke svarte. Sjekk nettforbindelsen og prøv igjen.',
        () => search(state, 'none'),
      );
    } finally {
      if (mine === sequence) results.setBusy(false);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // On a touch screen the keyboard would stay open over the count and the first results; the count is announced.
    if (window.matchMedia('(pointer: coarse)').matches) input.blur();
    searchNow();
  });

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    status.typing();
    const term = input.value.trim();
    // An emptied field still searches (back to the filters alone, or the invitation); Enter searches any length.
    if (term.length > 0 && [...term].length < liveSearchMinLength) return;
    if (pagefind && term) void pagefind.preload(term);
    typingTimer = setTimeout(() => void search(formState(), 'typing'), typingDelayMs);
  });

  // First visit, a reload, or Back from another page: the search in the URL, shown as soon as Pagefind is ready,
  // and said to be on its way before that.
  const initial = readState(location.search);
  input.value = initial.query;
  sort.chosen = initial.sort;
  status.title(initial);
  filters.showChosen(initial);
  sort.show(initial);
  if (!isBlank(initial)) {
    results.setBusy(true);
    status.pending(initial);
  }
  void (async () => {
    try {
      pagefind = await loadPagefind();
      words = wordIndex(pagefind);
      // The index chunks for the words in the URL load while the filter values do, not after them.
      if (initial.query) void pagefind.preload(initial.query);
      totals = await pagefind.filters();
      filters.build(totals, initial);
      // The field may have been typed in while Pagefind loaded; then that is the search, and the URL follows it.
      const state = formState();
      const typed = state.query !== initial.query;
      await search(state, typed ? 'typing' : 'none', typed ? null : placeIn(history.state));
    } catch (error) {
      console.error(error);
      filters.hide();
      showFailure('Søket kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.', () => location.reload());
    }
  })();
}
