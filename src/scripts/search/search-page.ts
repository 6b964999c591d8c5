// The behaviour of /sok: reads the search from the URL, loads Pagefind, builds the filter groups from the index,
// searches as the visitor types or ticks filters, keeps the URL in step (pushState for each search the visitor
// makes, replaceState while the words are still being typed) and restores earlier searches on Back, with as many
// results shown and scrolled as far as when the visitor left them.
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResult } from './pagefind-api';
import { renderResult } from './render-result';
import { runSearch, wordIndex, type WordIndex } from './run-search';
import { foldWord, writtenQueryWords } from './query-words';
import { missingWordsSentence, pageTitle, statusSentence } from './search-text';
import {
  effectiveSort,
  emptyFilters,
  filterGroups,
  hasFilters,
  isBlank,
  orderedValues,
  readState,
  valueLabel,
  writeState,
  type FilterKey,
  type SearchState,
} from './search-state';

const pageSize = 10;
/** Results drawn in one task: a slow phone draws one in 5–10 ms, so a batch stays well under 50 ms. */
const renderBatch = 4;
const typingDelayMs = 250;
/** Live search waits for a second letter: one letter matches almost every page («a» found 66 of 66). */
const liveSearchMinLength = 2;

type HistoryMode = 'push' | 'typing' | 'none';

/**
 * Where the visitor was in a search's results: how many were shown and how far down the page. Kept in the history
 * entry's state, not the URL, so that a shared link stays the search alone.
 */
interface Place {
  shown: number;
  scrollY: number;
}

function placeIn(historyState: unknown): Place | null {
  const { shown, scrollY } = (historyState ?? {}) as Partial<Place>;
  return typeof shown === 'number' && typeof scrollY === 'number' ? { shown, scrollY } : null;
}

/**
 * Whether the search index can be fetched. Pagefind only logs a failed index download (in its worker) and then answers
 * as if no page held the word, so an empty answer is believed only when the index is within reach.
 */
async function indexReachable(): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    return (await fetch('/pagefind/pagefind-entry.json', { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/** Waits for a task of its own, so that the browser can paint and handle input before the work goes on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Søkesiden mangler ${selector}`);
  return found;
}

export function startSearchPage(root: HTMLElement): void {
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const panel = required<HTMLDetailsElement>(root, '[data-filters]');
  const groups = required<HTMLElement>(root, '[data-filter-groups]');
  const chosenCount = required<HTMLElement>(root, '[data-chosen-count]');
  const chips = required<HTMLUListElement>(root, '[data-chosen-filters]');
  const sortSelect = required<HTMLSelectElement>(root, 'select[name="sorter"]');
  const sortLabel = required<HTMLElement>(root, '.search-sort');
  const status = required<HTMLElement>(root, '[data-status]');
  const list = required<HTMLOListElement>(root, '[data-results]');
  const more = required<HTMLButtonElement>(root, '[data-more]');
  const intro = required<HTMLElement>(root, '[data-intro]');
  const empty = required<HTMLElement>(root, '[data-empty]');
  const emptyFilterHint = required<HTMLElement>(root, '[data-empty-filters]');
  const emptyWordsHint = required<HTMLElement>(root, '[data-empty-words]');
  const clearFilters = required<HTMLButtonElement>(emptyFilterHint, '[data-clear-filters]');
  const failure = required<HTMLElement>(root, '[data-failure]');
  const retry = required<HTMLButtonElement>(root, '[data-retry]');
  const showResults = required<HTMLButtonElement>(root, '[data-show-results]');
  const skip = required<HTMLAnchorElement>(root, '[data-skip]');
  const baseTitle = document.title;

  let pagefind: PagefindApi | null = null;
  let words: WordIndex | null = null;
  let totals: FilterCounts = {};
  let sequence = 0;
  let results: PagefindResult[] = [];
  /** The words the results were found by, folded («søknad frist» for «søknadsfrist»): they choose a section to link. */
  let resultWords: string[] = [];
  let shownState: SearchState | null = null;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let entryFromTyping = false;
  // The order the visitor chose; null for the default (best match with words, newest without), which the select
  // shows but which is not written into the URL.
  let chosenSort: SearchState['sort'] = null;
  // What «Prøv igjen» does after a failure: the failed search again, or loading the page again.
  let retryFailed = () => location.reload();

  // The page restores the scroll position itself, once the results it had are back (placeIn); the browser's own
  // restoring came before they were, and landed near the top.
  history.scrollRestoration = 'manual';

  // Wide screens show the filters beside the results; narrow ones fold them away until asked for.
  const wide = window.matchMedia('(min-width: 56rem)');
  const syncPanel = () => {
    if (wide.matches) panel.open = true;
  };
  wide.addEventListener('change', syncPanel);
  syncPanel();

  const checkboxes = () => [...groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  function formState(): SearchState {
    const filters = emptyFilters();
    for (const box of checkboxes()) if (box.checked) filters[box.name as FilterKey].push(box.value);
    const query = input.value.trim();
    return { query, filters, sort: query ? chosenSort : null };
  }

  function showState(state: SearchState) {
    input.value = state.query;
    chosenSort = state.sort;
    for (const box of checkboxes()) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  }

  function buildGroups(all: FilterCounts, state: SearchState) {
    groups.replaceChildren();
    for (const { key, legend } of filterGroups) {
      const values = orderedValues(key, [...Object.keys(all[key] ?? {}), ...state.filters[key]]);
      if (values.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'filter-group';
      const legendElement = document.createElement('legend');
      legendElement.textContent = legend;
      const options = document.createElement('ul');
      for (const value of values) {
        const item = document.createElement('li');
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = state.filters[key].includes(value);
        const text = document.createElement('span');
        text.className = 'filter-option__label';
        text.textContent = valueLabel(key, value);
        const count = document.createElement('span');
        count.className = 'filter-option__count';
        label.className = 'filter-option';
        label.append(box, ' ', text, ' ', count);
        item.append(label);
        options.append(item);
      }
      fieldset.append(legendElement, options);
      groups.append(fieldset);
    }
  }

  function showCounts(counts: FilterCounts) {
    for (const box of checkboxes()) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const label = box.closest('label');
      const countElement = label?.querySelector('.filter-option__count');
      if (countElement) {
        countElement.textContent = String(count);
        const unit = document.createElement('span');
        unit.className = 'visually-hidden';
        unit.textContent = ' treff';
        countElement.append(unit);
      }
      // A value that would give nothing stays visible (the list does not jump) but cannot be ticked.
      box.disabled = count === 0 && !box.checked;
      label?.classList.toggle('filter-option--empty', count === 0);
    }
  }

  function showChosen(state: SearchState) {
    chips.replaceChildren();
    let total = 0;
    for (const { key, legend } of filterGroups) {
      for (const value of state.filters[key]) {
        total += 1;
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chosen-filter';
        button.dataset.filter = key;
        button.dataset.value = value;
        button.setAttribute('aria-label', `Fjern filteret ${legend}: ${valueLabel(key, value)}`);
        button.textContent = `${valueLabel(key, value)} `;
        const cross = document.createElement('span');
        cross.setAttribute('aria-hidden', 'true');
        cross.textContent = '×';
        button.append(cross);
        item.append(button);
        chips.append(item);
      }
    }
    if (total > 1) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chosen-filter chosen-filter--all';
      button.dataset.clearFilters = '';
      button.textContent = 'Fjern alle filtre';
      item.append(button);
      chips.append(item);
    }
    chips.hidden = total === 0;
    chosenCount.textContent = total > 0 ? ` (${total} valgt)` : '';
  }

  function showSort(state: SearchState) {
    sortSelect.value = effectiveSort(state);
  }

  /** The order matters with words and two results or more; without words they always come newest first. */
  function showSortFor(state: SearchState, count: number) {
    sortLabel.hidden = !state.query || count < 2;
  }

  /** Saves how many results are shown and the scroll position in the current history entry. */
  function rememberPlace() {
    if (!shownState) return;
    const place: Place = { shown: list.children.length, scrollY: Math.round(window.scrollY) };
    history.replaceState({ ...(history.state as object | null), ...place }, '');
  }

  /** Until the first results are in: the page is searching, not inviting the visitor to type. */
  function showPending(state: SearchState) {
    intro.hidden = true;
    list.setAttribute('aria-busy', 'true');
    status.textContent = state.query ? `Søker etter «${state.query}» …` : 'Henter treff …';
  }

  /**
   * The search could not be done. Nothing is shown as found or missing: the answer came without the index. The word
   * checks made meanwhile are dropped, since a word in an index chunk that never arrived looked missing.
   */
  function showFailure(message: string, again: () => void) {
    if (pagefind) words = wordIndex(pagefind);
    retryFailed = again;
    clearResults();
    intro.hidden = true;
    failure.hidden = false;
    status.textContent = message;
  }

  /** No results on show: the list, «Vis flere», the order menu, the skip link and the empty state are gone. */
  function clearResults() {
    results = [];
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    more.hidden = true;
    empty.hidden = true;
    sortLabel.hidden = true;
    skip.hidden = true;
  }

  function updateUrl(state: SearchState, mode: HistoryMode) {
    if (mode === 'none') return;
    const query = writeState(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    const changed = url !== `${location.pathname}${location.search}`;
    const push = mode === 'push' || !entryFromTyping;
    // The entry being left keeps its place, for Back.
    if (changed && push) rememberPlace();
    if (changed) history[push ? 'pushState' : 'replaceState']({ search: query }, '', url);
    entryFromTyping = mode === 'typing';
  }

  /**
   * `beforeFirst`: what the results are drawn under (the count, the order menu), changed in the same task as the first
   * of them are drawn, so that nothing above them moves once they are on screen.
   */
  async function appendResults(
    state: SearchState,
    mine: number,
    focusFirst: boolean,
    count = pageSize,
    beforeFirst?: () => void,
  ) {
    const start = list.children.length;
    const page = results.slice(start, start + count);
    const data = await Promise.all(page.map((result) => result.data()));
    if (mine !== sequence) return;
    beforeFirst?.();
    for (let at = 0; at < data.length; at += renderBatch) {
      // The browser may paint the first results and answer the visitor between batches: ten results drawn in one
      // go held a phone's main thread for 70–110 ms (docs/performance.md).
      if (at > 0) {
        await nextTask();
        if (mine !== sequence) return;
      }
      const items = data
        .slice(at, at + renderBatch)
        .map((entry) => renderResult(entry, Boolean(state.query), resultWords));
      list.append(...items);
      if (focusFirst && at === 0) items[0]?.querySelector('a')?.focus();
    }
    const left = results.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = `Vis flere treff (${left} til)`;
  }

  /** `place`: how many results to show at once and where to scroll, when the visitor comes back to the search. */
  async function search(state: SearchState, mode: HistoryMode, place: Place | null = null) {
    // The search already on show, finished: run again, it would empty the list and fill it anew. That happened when
    // the visitor typed while Pagefind loaded (the typed search, then the first search, both for the same words).
    if (pagefind && root.dataset.searchDone === writeState(state)) return;
    const mine = ++sequence;
    // Set again when this search is on show: until then the page shows another search, or none.
    delete root.dataset.searchDone;
    updateUrl(state, mode);
    document.title = pageTitle(baseTitle, state);
    showChosen(state);
    showSort(state);
    if (!pagefind) return;

    if (isBlank(state)) {
      shownState = state;
      clearResults();
      failure.hidden = true;
      intro.hidden = false;
      status.textContent = '';
      showCounts(totals);
      if (place) window.scrollTo(0, place.scrollY);
      root.dataset.searchDone = writeState(state);
      return;
    }

    list.setAttribute('aria-busy', 'true');
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
      showCounts(outcome.counts);
      results = outcome.results;
      resultWords = writtenQueryWords(outcome.respelled ?? state.query).map(foldWord);
      shownState = state;
      list.replaceChildren();
      await appendResults(state, mine, false, Math.max(pageSize, place?.shown ?? 0), () => {
        failure.hidden = true;
        intro.hidden = true;
        empty.hidden = results.length > 0;
        emptyFilterHint.hidden = !hasFilters(state) || outcome.missing.length > 0;
        clearFilters.textContent = unfiltered > 0 ? `Vis de ${unfiltered} treffene uten filtre` : 'Fjern alle filtre';
        emptyWordsHint.textContent = missingWordsSentence(outcome, state);
        emptyWordsHint.hidden = !emptyWordsHint.textContent;
        status.textContent = statusSentence(outcome, state, unfiltered);
        showSortFor(state, results.length);
        document.title = pageTitle(baseTitle, state, results.length);
        skip.textContent = `Gå til treffene (${results.length})`;
        skip.hidden = false;
      });
      if (mine !== sequence) return;
      if (place) window.scrollTo(0, place.scrollY);
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
      if (mine === sequence) list.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    // On a touch screen the keyboard would stay open over the count and the first results; the count is announced.
    if (window.matchMedia('(pointer: coarse)').matches) input.blur();
    void search(formState(), 'push');
  });

  retry.addEventListener('click', () => retryFailed());

  // Before a result (or any link) takes the visitor away, and when the page is left some other way: for Back.
  root.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]')) rememberPlace();
  });
  window.addEventListener('pagehide', rememberPlace);

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    const term = input.value.trim();
    // An emptied field still searches (back to the filters alone, or the invitation); Enter searches any length.
    if (term.length > 0 && [...term].length < liveSearchMinLength) return;
    if (pagefind && term) void pagefind.preload(term);
    typingTimer = setTimeout(() => void search(formState(), 'typing'), typingDelayMs);
  });

  groups.addEventListener('change', () => {
    clearTimeout(typingTimer);
    void search(formState(), 'push');
  });

  // On narrow screens the filters cover the results: this folds them away and takes the visitor to the count.
  showResults.addEventListener('click', () => {
    panel.open = false;
    status.focus();
  });

  // Focus, not only the view, moves to the count, so the next Tabs are the order menu and the first result. Handled
  // here rather than by following the link, which would add a history entry (and a popstate) for #search-status.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    status.focus();
  });

  sortSelect.addEventListener('change', () => {
    chosenSort = sortSelect.value === 'nyeste' ? 'nyeste' : null;
    void search(formState(), 'push');
  });

  more.addEventListener('click', async () => {
    // One «Vis flere treff» at a time: results are drawn in batches, and a second click while the first is drawn
    // (a double click) started from the same place and drew those results twice.
    if (!shownState || list.getAttribute('aria-busy') === 'true') return;
    const mine = sequence;
    list.setAttribute('aria-busy', 'true');
    try {
      await appendResults(shownState, mine, true);
    } finally {
      if (mine === sequence) list.removeAttribute('aria-busy');
    }
  });

  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>(
      'button[data-filter], button[data-clear-filters]',
    );
    if (!target) return;
    // Focus moves to the next chosen filter (the previous one after the last), or back to the search field when
    // none is left. search() draws the chips anew before it waits for Pagefind, so the button to focus is found
    // again by its filter and value once it returns.
    let next: HTMLButtonElement | null | undefined = null;
    if (target.dataset.clearFilters !== undefined) {
      for (const box of checkboxes()) box.checked = false;
    } else {
      const box = checkboxes().find(
        (candidate) => candidate.name === target.dataset.filter && candidate.value === target.dataset.value,
      );
      if (box) box.checked = false;
      next =
        target.closest('li')?.nextElementSibling?.querySelector<HTMLButtonElement>('button[data-filter]') ??
        target.closest('li')?.previousElementSibling?.querySelector<HTMLButtonElement>('button[data-filter]');
    }
    const focusKey = next ? { filter: next.dataset.filter, value: next.dataset.value } : null;
    void search(formState(), 'push');
    const chip =
      focusKey &&
      [...chips.querySelectorAll<HTMLButtonElement>('button[data-filter]')].find(
        (button) => button.dataset.filter === focusKey.filter && button.dataset.value === focusKey.value,
      );
    (chip || input).focus();
  });

  window.addEventListener('popstate', (event) => {
    clearTimeout(typingTimer);
    entryFromTyping = false;
    const state = readState(location.search);
    showState(state);
    void search(state, 'none', placeIn(event.state));
  });

  // First visit, a reload, or Back from another page: the search in the URL, shown as soon as Pagefind is ready,
  // and said to be on its way before that.
  const initial = readState(location.search);
  input.value = initial.query;
  chosenSort = initial.sort;
  document.title = pageTitle(baseTitle, initial);
  showChosen(initial);
  showSort(initial);
  if (!isBlank(initial)) showPending(initial);
  void (async () => {
    try {
      pagefind = await loadPagefind();
      words = wordIndex(pagefind);
      // The index chunks for the words in the URL load while the filter values do, not after them.
      if (initial.query) void pagefind.preload(initial.query);
      totals = await pagefind.filters();
      // Values in a shared link that the index no longer has still get a (0) checkbox, so they can be unticked.
      buildGroups(totals, initial);
      // The field may have been typed in while Pagefind loaded; then that is the search, and the URL follows it.
      const state = formState();
      const typed = state.query !== initial.query;
      await search(state, typed ? 'typing' : 'none', typed ? null : placeIn(history.state));
    } catch (error) {
      console.error(error);
      panel.hidden = true;
      showFailure('Søket kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.', () => location.reload());
    }
  })();
}
