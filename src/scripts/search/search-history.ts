// /sok's searches in the browser's history: the URL is the search (?q=…&sted=…, written by search-state.ts), each
// search the visitor makes is an entry of its own while words being typed rewrite theirs, and Back or Forward brings
// back the search of that entry with as many results shown, and scrolled as far, as when the visitor left it.
import { readState, writeState, type SearchState } from './search-state';

/** `push`: a search the visitor made; `typing`: words still being typed; `none`: the URL already holds the search. */
export type HistoryMode = 'push' | 'typing' | 'none';

/**
 * Where the visitor was in a search's results: how many were shown and how far down the page. Kept in the history
 * entry's state, not the URL, so that a shared link stays the search alone.
 */
export interface Place {
  shown: number;
  scrollY: number;
}

export function placeIn(historyState: unknown): Place | null {
  const { shown, scrollY } = (historyState ?? {}) as Partial<Place>;
  return typeof shown === 'number' && typeof scrollY === 'number' ? { shown, scrollY } : null;
}

/**
 * How the history follows a search whose URL `changed`: a new entry for a search the visitor made, and for the first
 * letters typed after one; the entry of a search being typed is rewritten as the words change, so Back skips the
 * half-typed words.
 */
export function historyStep(
  mode: Exclude<HistoryMode, 'none'>,
  changed: boolean,
  entryFromTyping: boolean,
): 'pushState' | 'replaceState' | null {
  if (!changed) return null;
  return mode === 'push' || !entryFromTyping ? 'pushState' : 'replaceState';
}

/** Scrolls back to where the visitor was, once the results they had are drawn again. */
export function returnTo(place: Place | null): void {
  if (place) window.scrollTo(0, place.scrollY);
}

/**
 * Keeps the history in step with the searches on `root`. `shownCount`: how many results are drawn, null before any
 * search is on show (nothing to remember then). `onReturn`: Back or Forward to another search of this page.
 */
export function createSearchHistory(
  root: HTMLElement,
  shownCount: () => number | null,
  onReturn: (state: SearchState, place: Place | null) => void,
) {
  let entryFromTyping = false;

  // The page restores the scroll position itself, once the results it had are back (placeIn); the browser's own
  // restoring came before they were, and landed near the top.
  history.scrollRestoration = 'manual';

  /** Saves how many results are shown and the scroll position in the current history entry. */
  function rememberPlace() {
    const shown = shownCount();
    if (shown === null) return;
    const place: Place = { shown, scrollY: Math.round(window.scrollY) };
    history.replaceState({ ...(history.state as object | null), ...place }, '');
  }

  // Before a result (or any link) takes the visitor away, and when the page is left some other way: for Back.
  root.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]')) rememberPlace();
  });
  window.addEventListener('pagehide', rememberPlace);

  window.addEventListener('popstate', (event) => {
    entryFromTyping = false;
    onReturn(readState(location.search), placeIn(event.state));
  });

  return {
    /** Writes the search into the URL, as `mode` says. */
    follow(state: SearchState, mode: HistoryMode) {
      if (mode === 'none') return;
      const query = writeState(state);
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      const step = historyStep(mode, url !== `${location.pathname}${location.search}`, entryFromTyping);
      // The entry being left keeps its place, for Back.
      if (step === 'pushState') rememberPlace();
      if (step) history[step]({ search: query }, '', url);
      entryFromTyping = mode === 'typing';
    },
  };
}
