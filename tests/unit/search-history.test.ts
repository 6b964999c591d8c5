// @vitest-environment jsdom
// /sok's searches in the browser's history: which search makes a new entry and which rewrites its own, where the
// visitor was kept in the entry they leave, and Back handing over the search and place of the entry it lands on.
// The browser tests (tests/e2e/search-page.test.ts, tests/e2e/search.test.ts) check Back over the real page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSearchHistory,
  historyStep,
  placeIn,
  returnTo,
  type Place,
} from '../../src/scripts/search/search-history';
import { emptyFilters, readState, type SearchState } from '../../src/scripts/search/search-state';

const search = (query: string, sted: string[] = []): SearchState => ({
  query,
  filters: { ...emptyFilters(), sted },
  sort: null,
});

describe('placeIn', () => {
  it.each<[string, unknown, Place | null]>([
    [
      'reads the results shown and the scroll position',
      { search: 'q=a', shown: 20, scrollY: 840 },
      { shown: 20, scrollY: 840 },
    ],
    ['finds none in an entry the page has not written to', null, null],
    ['finds none in a search without a place yet', { search: 'q=a' }, null],
    ['finds none when a number is missing', { shown: 20 }, null],
    ['finds none in a place written as text', { shown: '20', scrollY: '0' }, null],
    [
      'reads the link the visitor followed',
      { shown: 20, scrollY: 840, opened: { href: '/historier/a/', nth: 1 } },
      { shown: 20, scrollY: 840, opened: { href: '/historier/a/', nth: 1 } },
    ],
  ])('%s', (_, state, place) => {
    expect(placeIn(state)).toEqual(place);
  });
});

describe('historyStep', () => {
  it.each<[string, 'push' | 'typing', boolean, boolean, ReturnType<typeof historyStep>]>([
    ['a search the visitor made is an entry of its own', 'push', true, false, 'pushState'],
    ['a search made after typing is one too', 'push', true, true, 'pushState'],
    ['the first words typed after a search made start an entry', 'typing', true, false, 'pushState'],
    ['words typed on rewrite the typed entry, so Back skips half-typed words', 'typing', true, true, 'replaceState'],
    ['a search already in the URL leaves the history alone', 'push', false, false, null],
    ['words typed back to the URL leave it alone too', 'typing', false, true, null],
  ])('%s', (_, mode, changed, entryFromTyping, step) => {
    expect(historyStep(mode, changed, entryFromTyping)).toBe(step);
  });
});

describe('createSearchHistory', () => {
  let root: HTMLElement;
  let shown: number | null;
  let returns: [SearchState, Place | null][];

  beforeEach(() => {
    history.replaceState(null, '', '/sok/');
    root = document.createElement('div');
    root.innerHTML = '<a href="/historier/a">Et treff</a>';
    document.body.replaceChildren(root);
    shown = null;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  // Each test's history gets its own list: the window's listeners of the tests before it stay on.
  const start = () => {
    const mine: typeof returns = (returns = []);
    return createSearchHistory(
      root,
      () => shown,
      (state, place) => mine.push([state, place]),
    );
  };

  it('writes each search into the URL, a typed one as one entry however many letters follow', () => {
    const searchHistory = start();
    const before = history.length;
    searchHistory.follow(search('ut'), 'typing');
    searchHistory.follow(search('utstyr'), 'typing');
    expect([location.search, history.length]).toEqual(['?q=utstyr', before + 1]);
    searchHistory.follow(search('utstyr', ['Bergen']), 'push');
    expect([location.search, history.length]).toEqual(['?q=utstyr&sted=Bergen', before + 2]);
    searchHistory.follow(search('', []), 'push');
    expect([location.pathname + location.search, history.length]).toEqual(['/sok/', before + 3]);
  });

  it('leaves the URL alone for a search it already holds', () => {
    const searchHistory = start();
    history.replaceState(null, '', '/sok/?q=utstyr');
    const before = history.length;
    searchHistory.follow(search('utstyr'), 'push');
    searchHistory.follow(search('bergen'), 'none');
    expect([location.search, history.length]).toEqual(['?q=utstyr', before]);
  });

  it('keeps the results shown and the scroll position in the entry being left, once a search is on show', () => {
    const searchHistory = start();
    const replace = vi.spyOn(history, 'replaceState');
    searchHistory.follow(search('utstyr'), 'push');
    expect(replace).not.toHaveBeenCalled();
    shown = 20;
    searchHistory.follow(search('utstyr', ['Bergen']), 'push');
    expect(replace).toHaveBeenCalledExactlyOnceWith({ search: 'q=utstyr', shown: 20, scrollY: 0 }, '');
    expect(history.state).toEqual({ search: 'q=utstyr&sted=Bergen' });
  });

  const click = (link: Element, init: MouseEventInit = {}) =>
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));

  it('keeps the place, and the link followed, when a link takes the visitor away', () => {
    start();
    shown = 14;
    click(root.querySelector('a')!);
    expect(placeIn(history.state)).toEqual({ shown: 14, scrollY: 0, opened: { href: '/historier/a', nth: 0 } });
    // Leaving the page after the click keeps the link.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(placeIn(history.state)).toEqual({ shown: 14, scrollY: 0, opened: { href: '/historier/a', nth: 0 } });
  });

  it('tells apart two links to one address, and keeps no link that leaves the visitor here', () => {
    root.innerHTML =
      '<a href="/konferanse/2025/#s">PDF</a><a href="/konferanse/2025/#s">Konferansen</a>' +
      '<a href="#search-status">Gå til treffene</a><a href="/a.pdf" download>Last ned</a>';
    start();
    shown = 4;
    const [, second, inPage, download] = root.querySelectorAll('a');
    click(second!);
    expect(placeIn(history.state)?.opened).toEqual({ href: '/konferanse/2025/#s', nth: 1 });
    for (const [link, init] of [
      [second, { ctrlKey: true }],
      [second, { metaKey: true }],
      [inPage, {}],
      [download, {}],
    ])
      click(link as Element, init as MouseEventInit);
    // Each of those kept the visitor here (a new tab, the results' count, a download): no link is kept.
    expect(placeIn(history.state)?.opened).toBeUndefined();
  });

  it('does not keep an older link when the page is left another way (the address bar, a header link)', () => {
    start();
    history.replaceState({ shown: 14, scrollY: 0, opened: { href: '/historier/a', nth: 0 } }, '', '/sok/?q=utstyr');
    shown = 14;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(placeIn(history.state)).toEqual({ shown: 14, scrollY: 0 });
  });

  it('forgets the link followed once the visitor searches again from that entry', async () => {
    const searchHistory = start();
    history.replaceState({ search: 'q=utstyr' }, '', '/sok/?q=utstyr');
    shown = 14;
    click(root.querySelector('a')!);
    searchHistory.follow(search('bergen'), 'push');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    expect(location.search).toBe('?q=utstyr');
    expect(placeIn(history.state)).toEqual({ shown: 14, scrollY: 0 });
  });

  it('hands Back the search in the URL and the place kept with it', () => {
    start();
    history.replaceState({ shown: 30, scrollY: 1200 }, '', '/sok/?q=utstyr&sted=Bergen');
    window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    expect(returns).toEqual([[readState('?q=utstyr&sted=Bergen'), { shown: 30, scrollY: 1200 }]]);
  });
});

describe('returnTo', () => {
  afterEach(() => document.body.replaceChildren());

  it('puts the focus back on the result the visitor followed, and on nothing when it is gone', () => {
    const root = document.createElement('div');
    root.innerHTML = '<a href="/historier/a/">A</a><a href="/historier/b/">B</a><a href="/historier/b/">B2</a>';
    document.body.replaceChildren(root);
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    returnTo({ shown: 2, scrollY: 0, opened: { href: '/historier/b/', nth: 1 } }, root);
    expect(document.activeElement?.textContent).toBe('B2');
    // Fewer links with that address than before: the first of them.
    returnTo({ shown: 2, scrollY: 0, opened: { href: '/historier/b/', nth: 5 } }, root);
    expect(document.activeElement?.textContent).toBe('B');
    (document.activeElement as HTMLElement).blur();
    returnTo({ shown: 2, scrollY: 0, opened: { href: '/historier/c/', nth: 0 } }, root);
    expect(document.activeElement).toBe(document.body);
  });
});
