// @vitest-environment jsdom
// What /sok's status line shows and its live region (role="status") tells screen readers, with fake timers: the line
// shows each count at once; the live region has a count found while typing only after a pause, Enter says it at once or says it again, and «Prøv igjen» that works hands the focus to the
// count. The browser tests (tests/e2e/search-announcements.test.ts, search-page.test.ts) check it over the real page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchOutcome } from '../../src/scripts/search/run-search';
import { emptyFilters, type SearchState } from '../../src/scripts/search/search-state';
import { announceDelayMs, createSearchStatus, toldForMs } from '../../src/scripts/search/search-status';

const markup = `<div>
  <a data-skip hidden></a>
  <p data-status tabindex="-1"></p>
  <p role="status" data-announcer></p>
  <div data-intro></div>
  <div data-empty hidden><ul>
    <li data-empty-words hidden></li><li data-empty-spelling></li><li data-empty-other-words></li>
    <li data-empty-filters><span data-empty-filters-lead></span><button data-clear-filters></button></li>
  </ul></div>
  <div data-failure hidden><button data-retry>Prøv igjen</button></div>
</div>`;

const state: SearchState = { query: 'utstyr', filters: emptyFilters(), sort: null };
const found = (count: number): SearchOutcome => ({
  results: Array.from({ length: count }, (_, index) => ({
    id: `${index}`,
    score: 1,
    words: [],
    data: async () => ({}) as never,
  })),
  counts: {},
  missing: [],
  dropped: [],
});

describe('createSearchStatus', () => {
  let root: HTMLElement;
  let status: HTMLElement;
  let live: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = markup;
    root = document.body.firstElementChild as HTMLElement;
    status = root.querySelector('[data-status]')!;
    live = root.querySelector('[data-announcer]')!;
  });
  afterEach(() => vi.useRealTimers());

  it('shows the count of a search made while typing at once, and says it only once the keys have paused', () => {
    const search = createSearchStatus(root);
    search.typing();
    search.outcome(found(20), state, 0, true);
    expect(status.textContent).toBe('20 treff for «utstyr».');
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(announceDelayMs - 100);
    search.typing();
    search.outcome(found(12), state, 0, true);
    expect(status.textContent).toBe('12 treff for «utstyr».');
    vi.advanceTimersByTime(announceDelayMs - 1);
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(1);
    expect(live.textContent).toBe('12 treff for «utstyr».');
  });

  it('says it at once on Enter, or for a search not made by typing', () => {
    const search = createSearchStatus(root);
    search.typing();
    search.outcome(found(12), state, 0, true);
    search.announce();
    expect(live.textContent).toBe('12 treff for «utstyr».');
    search.outcome(found(3), { ...state, query: 'bergen' }, 0);
    expect(live.textContent).toBe('3 treff for «bergen».');
    expect(status.textContent).toBe('3 treff for «bergen».');
  });

  it('says it again on Enter when it was said: empty for a frame, then the same words, the line shown throughout', () => {
    const search = createSearchStatus(root);
    search.outcome(found(12), state, 0);
    search.announce();
    expect(live.textContent).toBe('');
    expect(status.textContent).toBe('12 treff for «utstyr».');
    vi.advanceTimersToNextFrame();
    expect(live.textContent).toBe('12 treff for «utstyr».');
  });

  it('empties the live region once the count has been said, so browse mode reads it once; Enter still says it again', () => {
    const search = createSearchStatus(root);
    search.outcome(found(12), state, 0);
    vi.advanceTimersByTime(toldForMs - 1);
    expect(live.textContent).toBe('12 treff for «utstyr».');
    vi.advanceTimersByTime(1);
    expect(live.textContent).toBe('');
    expect(status.textContent).toBe('12 treff for «utstyr».');
    search.announce();
    vi.advanceTimersToNextFrame();
    expect(live.textContent).toBe('12 treff for «utstyr».');
    // And emptied again after that.
    vi.advanceTimersByTime(toldForMs);
    expect(live.textContent).toBe('');
  });

  it('does not say an old count again when the page was emptied while Enter waited for a frame', () => {
    const search = createSearchStatus(root);
    search.outcome(found(12), state, 0);
    search.announce();
    search.invitation();
    vi.advanceTimersToNextFrame();
    expect(live.textContent).toBe('');
  });

  it('moves the focus to the count when «Prøv igjen» worked, since the button is hidden', () => {
    const search = createSearchStatus(root);
    search.failure('Søket kunne ikke gjøres ferdig.', () => {});
    root.querySelector<HTMLButtonElement>('[data-retry]')!.focus();
    search.outcome(found(12), state, 0);
    expect(document.activeElement).toBe(status);
  });

  it('offers «Gå til treffene» only when there are results', () => {
    const search = createSearchStatus(root);
    const skip = root.querySelector<HTMLAnchorElement>('[data-skip]')!;
    search.outcome(found(2), state, 0);
    expect([skip.hidden, skip.textContent]).toEqual([false, 'Gå til treffene (2)']);
    search.outcome(found(0), state, 0);
    expect(skip.hidden).toBe(true);
  });

  it('words the suggestions after the words and the filters chosen', () => {
    const search = createSearchStatus(root);
    const text = (selector: string) => root.querySelector(selector)!.textContent;
    search.outcome(found(0), { ...state, filters: { ...emptyFilters(), sted: ['Bergen'] } }, 1);
    expect([text('[data-empty-filters-lead]'), text('[data-clear-filters]'), text('[data-empty-other-words]')]).toEqual(
      ['Filteret begrenser søket.', 'Vis treffet uten filteret', 'Prøv et annet ord for det samme.'],
    );
  });
});
