// /sok's searches in the browser's history: the URL is the search (?q=…&sted=…, written by search-state.ts), each
// search the visitor makes is an entry of its own while words being typed rewrite theirs, and Back or Forward brings
// back the search of that entry with as many results shown, and scrolled as far, as when the visitor left it.
import { readState, writeState, type SearchState } from './search-state';

/** `push`: a search the visitor made; `typing`: words still being typed; `none`: the URL already holds the search. */
export type HistoryMode = 'push' | 'typing' | 'none';

/**
 * Where the visitor was in a search's results: how many were shown, how far down the page, and the link they
 * followed (its address). Kept in the history entry's state, not the URL, so that a shared link stays the search alone.
 */
export interface Place {
  shown: number;
  scrollY: number;
  opened?: string;
}

export function placeIn(historyState: unknown): Place | null {
  const { shown, scrollY, opened } = (historyState ?? {}) as Partial<Place>;
  if (typeof shown !== 'number' || typeof scrollY !== 'number') return null;
  return typeof opened === 'string' ? { shown, scrollY, opened } : { shown, scrollY };
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

/**
 * Scrolls back to where the visitor was, once the results they had are drawn again, and puts the focus on the link
 * they followed: a keyboard user's next Tab then goes on from that result, not from the top of the page. (A page the
 * browser restores from its back/forward cache keeps its focus and never gets here.)
 */
export function returnTo(place: Place | null, root: HTMLElement): void {
  if (!place) return;
  window.scrollTo(0, place.scrollY);
  if (place.opened === undefined) return;
  const link = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].find(
    (candidate) => candidate.getAttribute('href') === place.opened,
  );
  link?.focus({ preventScroll: true });
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

  /**
   * Saves how many results are shown and the scroll position in the current history entry, and the address of the
   * link that takes the visitor away (`opened`), if one does.
   */
  function rememberPlace(opened?: string) {
    const shown = shownCount();
    if (shown === null) return;
    const kept: Record<string, unknown> = { ...(history.state as object | null) };
    delete kept.opened;
    const place: Place = { shown, scrollY: Math.round(window.scrollY), ...(opened === undefined ? {} : { opened }) };
    history.replaceState({ ...kept, ...place }, '');
  }

  // Before a result (or any link) takes the visitor away, and when the page is left some other way: for Back.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[href]');
    if (link) rememberPlace(link.getAttribute('href')!);
  });
  window.addEventListener('pagehide', () => {
    // The link just followed stays in the entry: pagehide comes after the click that left the page.
    rememberPlace((history.state as Partial<Place> | null)?.opened);
  });

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
