// /sok's searches in the browser's history: the URL is the search (?q=…&sted=…, written by search-state.ts), each
// search the visitor makes is an entry of its own while words being typed rewrite theirs, and Back or Forward brings
// back the search of that entry with as many results shown, and scrolled as far, as when the visitor left it.
import { readState, writeState, type SearchState } from './search-state';

/** `push`: a search the visitor made; `typing`: words still being typed; `none`: the URL already holds the search. */
export type HistoryMode = 'push' | 'typing' | 'none';

/**
 * A link the visitor followed away from the page: its address, and which of the links with that address it was (a
 * PDF's result and its conference's result can both link to the same session).
 */
export interface FollowedLink {
  href: string;
  nth: number;
}

/**
 * Where the visitor was in a search's results: how many were shown, how far down the page, and the link they
 * followed, if they left by one. Kept in the history entry's state, not the URL, so that a shared link stays the
 * search alone.
 */
export interface Place {
  shown: number;
  scrollY: number;
  opened?: FollowedLink;
}

export function placeIn(historyState: unknown): Place | null {
  const { shown, scrollY, opened } = (historyState ?? {}) as Partial<Place>;
  if (typeof shown !== 'number' || typeof scrollY !== 'number') return null;
  const followed = typeof opened?.href === 'string' && typeof opened.nth === 'number';
  return followed ? { shown, scrollY, opened: { href: opened.href, nth: opened.nth } } : { shown, scrollY };
}

/** The links in `root` with the address `href`, in the page's order. */
const linksTo = (root: HTMLElement, href: string) =>
  [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => link.getAttribute('href') === href);

/**
 * The link a click follows away from the page, or null: a click with a modifier opens a new tab or window, a
 * download or a link within the page keeps the visitor here.
 */
function followedLink(event: MouseEvent, root: HTMLElement): FollowedLink | null {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
  const href = link?.getAttribute('href');
  if (!link || !href || href.startsWith('#') || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  return { href, nth: linksTo(root, href).indexOf(link) };
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
  const links = linksTo(root, place.opened.href);
  (links[place.opened.nth] ?? links[0])?.focus({ preventScroll: true });
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

  /** The link a click in `root` followed away from the page during this visit, if one did. */
  let followed: FollowedLink | null = null;

  /**
   * Saves how many results are shown and the scroll position in the current history entry, and the link that took
   * the visitor away, if one did: an older entry's link is dropped, or Back would focus a result they never followed.
   */
  function rememberPlace() {
    const shown = shownCount();
    if (shown === null) return;
    const kept: Record<string, unknown> = { ...(history.state as object | null) };
    delete kept.opened;
    const place: Place = { shown, scrollY: Math.round(window.scrollY), ...(followed ? { opened: followed } : {}) };
    history.replaceState({ ...kept, ...place }, '');
  }

  // Before a result (or any link) takes the visitor away, and when the page is left some other way: for Back.
  root.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('a[href]')) return;
    followed = followedLink(event, root);
    rememberPlace();
  });
  window.addEventListener('pagehide', rememberPlace);
  // Back on this page from the back/forward cache: the link followed is behind the visitor now.
  window.addEventListener('pageshow', () => {
    followed = null;
  });

  window.addEventListener('popstate', (event) => {
    entryFromTyping = false;
    followed = null;
    onReturn(readState(location.search), placeIn(event.state));
  });

  return {
    /** Writes the search into the URL, as `mode` says. */
    follow(state: SearchState, mode: HistoryMode) {
      if (mode === 'none') return;
      const query = writeState(state);
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      const step = historyStep(mode, url !== `${location.pathname}${location.search}`, entryFromTyping);
      // The entry being left keeps its place, for Back; it was left by a new search, not by a link.
      followed = null;
      if (step === 'pushState') rememberPlace();
      if (step) history[step]({ search: query }, '', url);
      entryFromTyping = mode === 'typing';
    },
  };
}
