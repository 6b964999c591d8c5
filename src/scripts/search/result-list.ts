// /sok's list of results: drawn a few at a time so that a phone can paint and answer between them, ten more for each
// «Vis flere treff», marked busy (aria-busy) while it is being filled, and emptied and hidden when no results are on
// show.
import type { PagefindResult } from './pagefind-api';
import { renderResult } from './render-result';
import { required } from './required-element';
import { groupDigits } from './search-text';

/** Results shown at first, and added by each «Vis flere treff». */
export const pageSize = 10;
/** Results drawn in one task: a slow phone draws one in 5–10 ms, so a batch stays well under 50 ms. */
const renderBatch = 4;

/** Waits for a task of its own, so that the browser can paint and handle input before the work goes on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `currentSearch`: a number that changes with each search the page starts; drawing stops once it has changed, since
 * the results being drawn are then no longer the search on show.
 */
export function createResultList(root: HTMLElement, currentSearch: () => number) {
  const list = required<HTMLOListElement>(root, '[data-results]');
  const more = required<HTMLButtonElement>(root, '[data-more]');
  let results: PagefindResult[] = [];
  let withWords = false;
  /** The words the results were found by, folded («søknad frist» for «søknadsfrist»): they choose a section to link. */
  let queryWords: string[] = [];

  function setBusy(busy: boolean) {
    if (busy) list.setAttribute('aria-busy', 'true');
    else list.removeAttribute('aria-busy');
  }

  /**
   * Draws the next `count` results for the search numbered `search`. `beforeFirst`: what the results are drawn under
   * (the count, the order menu), changed in the same task as the first of them are drawn, so that nothing above them
   * moves once they are on screen.
   */
  async function append(search: number, focusFirst: boolean, count = pageSize, beforeFirst?: () => void) {
    const start = list.children.length;
    const page = results.slice(start, start + count);
    const data = await Promise.all(page.map((result) => result.data()));
    if (search !== currentSearch()) return;
    beforeFirst?.();
    for (let at = 0; at < data.length; at += renderBatch) {
      // The browser may paint the first results and answer the visitor between batches: ten results drawn in one
      // go held a phone's main thread for 70–110 ms (docs/performance.md).
      if (at > 0) {
        await nextTask();
        if (search !== currentSearch()) return;
      }
      const items = data.slice(at, at + renderBatch).map((entry) => renderResult(entry, withWords, queryWords));
      list.append(...items);
      list.hidden = false;
      if (focusFirst && at === 0) items[0]?.querySelector('a')?.focus();
    }
    const left = results.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = `Vis flere treff (${groupDigits(left)} til)`;
  }

  more.addEventListener('click', async () => {
    // One «Vis flere treff» at a time: results are drawn in batches, and a second click while the first is drawn
    // (a double click) started from the same place and drew those results twice.
    if (list.getAttribute('aria-busy') === 'true') return;
    const search = currentSearch();
    setBusy(true);
    try {
      await append(search, true);
    } finally {
      if (search === currentSearch()) setBusy(false);
    }
  });

  return {
    /** How many results are drawn. */
    get count() {
      return list.children.length;
    },
    setBusy,
    append,

    /** A search's results, none drawn yet: `append` draws them. `queryWords`: folded, as searched. */
    show(found: PagefindResult[], words: boolean, foldedWords: string[]) {
      results = found;
      withWords = words;
      queryWords = foldedWords;
      // Hidden until its first result is drawn, and for good when there is none: an empty list is still heard as one.
      list.replaceChildren();
      list.hidden = true;
    },

    /** No results on show: the list and «Vis flere treff» are gone. */
    clear() {
      results = [];
      list.replaceChildren();
      list.hidden = true;
      setBusy(false);
      more.hidden = true;
    },
  };
}
