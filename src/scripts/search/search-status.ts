// What /sok shows about the search around its results: the count in the status line, the tab's title, the invitation
// before any search, the suggestions when nothing is found, the failure notice with «Prøv igjen», and the skip link to
// the count. The status line changes at once; screen readers are told the same words by a hidden live region
// (role="status"), while the visitor types only once they pause, and again on Enter. The words come from search-text.ts.
import { required } from './required-element';
import type { SearchOutcome } from './run-search';
import { hasFilters, type SearchState } from './search-state';
import {
  clearFiltersLabel,
  filterNames,
  filtersLimitSentence,
  groupDigits,
  hasMissingWords,
  missingWordsSentence,
  otherWordsSentence,
  pageTitle,
  pendingSentence,
  statusSentence,
} from './search-text';

/**
 * How long the count waits after the last key before it is said. Results are drawn 250 ms after a key, but a screen
 * reader user typing with key echo pauses longer between letters: a count per pause was five announcements for
 * «utstyr», each queued behind the echo of the keys.
 */
export const announceDelayMs = 1000;

/**
 * How long a told sentence stays in the live region. Left there, a screen reader in browse mode reads the count twice,
 * from the status line and from the hidden region; emptying the region is not read out. React Aria's announcer
 * waits as long.
 */
export const toldForMs = 7000;

export function createSearchStatus(root: HTMLElement) {
  const status = required<HTMLElement>(root, '[data-status]');
  const announcer = required<HTMLElement>(root, '[data-announcer]');
  const intro = required<HTMLElement>(root, '[data-intro]');
  const empty = required<HTMLElement>(root, '[data-empty]');
  const emptyFilterHint = required<HTMLElement>(root, '[data-empty-filters]');
  const emptyWordsHint = required<HTMLElement>(root, '[data-empty-words]');
  const spellingHint = required<HTMLElement>(root, '[data-empty-spelling]');
  const clearFilters = required<HTMLButtonElement>(emptyFilterHint, '[data-clear-filters]');
  const filtersLead = required<HTMLElement>(emptyFilterHint, '[data-empty-filters-lead]');
  const otherWordsHint = required<HTMLElement>(root, '[data-empty-other-words]');
  const failure = required<HTMLElement>(root, '[data-failure]');
  const skip = required<HTMLAnchorElement>(root, '[data-skip]');
  const baseTitle = document.title;
  // What «Prøv igjen» does after a failure: the failed search again, or loading the page again.
  let retryFailed = () => location.reload();
  // The count of a search made while typing, until the visitor pauses (`data-unsaid` on the live region marks it, for
  // tests).
  let unsaid: string | null = null;
  let lastKey = 0;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  // The last sentence told, for Enter to say again once the live region has been emptied.
  let told = '';
  let emptyTimer: ReturnType<typeof setTimeout> | undefined;

  /** Tells screen readers `sentence`: they say the live region's text when it changes. */
  function tell(sentence: string) {
    clearTimeout(announceTimer);
    clearTimeout(emptyTimer);
    unsaid = null;
    delete announcer.dataset.unsaid;
    told = sentence;
    announcer.textContent = sentence;
    emptyTimer = setTimeout(() => (announcer.textContent = ''), toldForMs);
  }

  /** Shows `sentence` in the status line and tells it at once. */
  function say(sentence: string) {
    status.textContent = sentence;
    tell(sentence);
  }

  function sayAfterPause() {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => unsaid !== null && tell(unsaid), lastKey + announceDelayMs - performance.now());
  }

  required<HTMLButtonElement>(root, '[data-retry]').addEventListener('click', () => retryFailed());

  // Focus, not only the view, moves to the count, so the next Tabs are the order menu and the first result. Handled
  // here rather than by following the link, which would add a history entry (and a popstate) for #search-status.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    status.focus();
  });

  /** The tab's title for `state`, with the count once it is known. */
  function title(state: SearchState, count?: number, respelled?: string) {
    document.title = pageTitle(baseTitle, state, count, respelled);
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
      say(pendingSentence(state));
    },

    /** A key in the search field: a count not yet said waits for the next pause. */
    typing() {
      lastKey = performance.now();
      if (unsaid !== null) sayAfterPause();
    },

    /**
     * Enter: the count is said now, or said again if it was (the visitor may have missed it while typing). A screen
     * reader does not repeat a live region set to the text it has, so it is emptied for a frame first.
     */
    announce() {
      if (unsaid !== null) return tell(unsaid);
      const sentence = told;
      if (!sentence) return;
      clearTimeout(emptyTimer);
      announcer.textContent = '';
      requestAnimationFrame(() => {
        // Unless something else was told in the meantime.
        if (announcer.textContent === '' && told === sentence) tell(sentence);
      });
    },

    /** Nothing typed and nothing chosen: the invitation to search, and nothing to announce. */
    invitation() {
      const hadFocus = hideFailure();
      intro.hidden = false;
      say('');
      if (hadFocus) status.focus();
    },

    /**
     * The results are in: `unfiltered` is how many the words find without the filters, when the filters leave none.
     * `typed`: found while typing, so the count is said once the visitor pauses.
     */
    outcome(outcome: SearchOutcome, state: SearchState, unfiltered: number, typed = false) {
      const count = outcome.results.length;
      const hadFocus = hideFailure();
      intro.hidden = true;
      empty.hidden = count > 0;
      emptyFilterHint.hidden = !hasFilters(state) || outcome.missing.length > 0;
      const filterCount = filterNames(state).length;
      filtersLead.textContent = filtersLimitSentence(filterCount);
      clearFilters.textContent = clearFiltersLabel(unfiltered, filterCount);
      otherWordsHint.textContent = otherWordsSentence(state);
      otherWordsHint.hidden = !otherWordsHint.textContent;
      emptyWordsHint.textContent = missingWordsSentence(outcome, state);
      emptyWordsHint.hidden = !emptyWordsHint.textContent;
      // Words the site has are spelled as it spells them: then the filters are why nothing was found.
      spellingHint.hidden = !hasMissingWords(outcome);
      const sentence = statusSentence(outcome, state, unfiltered);
      status.textContent = sentence;
      if (typed) {
        unsaid = sentence;
        announcer.dataset.unsaid = '';
        sayAfterPause();
      } else tell(sentence);
      title(state, count, outcome.respelled);
      // Nothing to skip to without results: the suggestions follow the count, which is said.
      skip.textContent = `Gå til treffene (${groupDigits(count)})`;
      skip.hidden = count === 0;
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
      say(message);
    },

    /** No results on show: no suggestions and no skip link. */
    clear() {
      empty.hidden = true;
      skip.hidden = true;
    },
  };
}
