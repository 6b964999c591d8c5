// What /sok shows about the search around its results: the count in the status line (role="status", read out
// politely by screen readers), the tab's title, the invitation before any search, the suggestions when nothing is
// found, the failure notice with «Prøv igjen», and the skip link to the count. The words come from search-text.ts.
import { required } from './required-element';
import type { SearchOutcome } from './run-search';
import { hasFilters, type SearchState } from './search-state';
import {
  clearFiltersLabel,
  hasMissingWords,
  missingWordsSentence,
  pageTitle,
  pendingSentence,
  statusSentence,
} from './search-text';

export function createSearchStatus(root: HTMLElement) {
  const status = required<HTMLElement>(root, '[data-status]');
  const intro = required<HTMLElement>(root, '[data-intro]');
  const empty = required<HTMLElement>(root, '[data-empty]');
  const emptyFilterHint = required<HTMLElement>(root, '[data-empty-filters]');
  const emptyWordsHint = required<HTMLElement>(root, '[data-empty-words]');
  const spellingHint = required<HTMLElement>(root, '[data-empty-spelling]');
  const clearFilters = required<HTMLButtonElement>(emptyFilterHint, '[data-clear-filters]');
  const failure = required<HTMLElement>(root, '[data-failure]');
  const skip = required<HTMLAnchorElement>(root, '[data-skip]');
  const baseTitle = document.title;
  // What «Prøv igjen» does after a failure: the failed search again, or loading the page again.
  let retryFailed = () => location.reload();

  required<HTMLButtonElement>(root, '[data-retry]').addEventListener('click', () => retryFailed());

  // Focus, not only the view, moves to the count, so the next Tabs are the order menu and the first result. Handled
  // here rather than by following the link, which would add a history entry (and a popstate) for #search-status.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    status.focus();
  });

  /** The tab's title for `state`, with the count once it is known. */
  function title(state: SearchState, count?: number) {
    document.title = pageTitle(baseTitle, state, count);
  }

  /**
   * Hides the failure notice. Returns whether it held the focus («Prøv igjen»): hiding it would drop the focus to the
   * page, and the next Tab to the footer, so the caller moves it to the count instead.
   */
  function hideFailure(): boolean {
    const hadFocus = failure.contains(document.activeElement);
    failure.hidden = true;
    return hadFocus;
  }

  return {
    /** Takes the visitor to the count, just above the results. */
    focus() {
      status.focus();
    },

    title,

    /** Until the first results are in: the page is searching, not inviting the visitor to type. */
    pending(state: SearchState) {
      intro.hidden = true;
      status.textContent = pendingSentence(state);
    },

    /** Nothing typed and nothing chosen: the invitation to search, and nothing to announce. */
    invitation() {
      const hadFocus = hideFailure();
      intro.hidden = false;
      status.textContent = '';
      if (hadFocus) status.focus();
    },

    /** The results are in: `unfiltered` is how many the words find without the filters, when the filters leave none. */
    outcome(outcome: SearchOutcome, state: SearchState, unfiltered: number) {
      const count = outcome.results.length;
      const hadFocus = hideFailure();
      intro.hidden = true;
      empty.hidden = count > 0;
      emptyFilterHint.hidden = !hasFilters(state) || outcome.missing.length > 0;
      clearFilters.textContent = clearFiltersLabel(unfiltered);
      emptyWordsHint.textContent = missingWordsSentence(outcome, state);
      emptyWordsHint.hidden = !emptyWordsHint.textContent;
      // Words the site has are spelled as it spells them: then the filters are why nothing was found.
      spellingHint.hidden = !hasMissingWords(outcome);
      status.textContent = statusSentence(outcome, state, unfiltered);
      title(state, count);
      skip.textContent = `Gå til treffene (${count})`;
      skip.hidden = false;
      if (hadFocus) status.focus();
    },

    /**
     * The search could not be done: `message` says why, and «Prøv igjen» runs `again`. Call `clear` first: nothing is
     * shown as found or missing, since the answer came without the index.
     */
    failure(message: string, again: () => void) {
      retryFailed = again;
      intro.hidden = true;
      failure.hidden = false;
      status.textContent = message;
    },

    /** No results on show: no suggestions and no skip link. */
    clear() {
      empty.hidden = true;
      skip.hidden = true;
    },
  };
}
