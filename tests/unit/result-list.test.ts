// @vitest-environment jsdom
// /sok's result list over hand-made results: a page of ten drawn four at a time, «Vis flere treff» with what is left,
// one «Vis flere treff» at a time, and drawing that stops once another search has started. The browser tests
// (tests/e2e/search-page.test.ts) check the same over the real page and index.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PagefindResult, PagefindResultData } from '../../src/scripts/search/pagefind-api';
import { createResultList, pageSize } from '../../src/scripts/search/result-list';

function found(count: number): PagefindResult[] {
  return Array.from({ length: count }, (_, index) => {
    const url = `/side-${index + 1}`;
    const data: PagefindResultData = {
      url,
      excerpt: '',
      raw_content: '',
      word_count: 0,
      meta: { title: `Side ${index + 1}` },
      filters: {},
      sub_results: [],
      anchors: [],
      locations: [],
    };
    return { id: url, score: 1, words: [], data: async () => data };
  });
}

describe('createResultList', () => {
  let root: HTMLElement;
  let list: HTMLOListElement;
  let more: HTMLButtonElement;
  let current: number;

  beforeEach(() => {
    document.body.innerHTML = '<div><ol data-results></ol><button type="button" data-more hidden></button></div>';
    root = document.body.firstElementChild as HTMLElement;
    list = root.querySelector('ol')!;
    more = root.querySelector('button')!;
    current = 1;
  });
  afterEach(() => vi.restoreAllMocks());

  const titles = () => [...list.querySelectorAll('h3')].map((heading) => heading.textContent);
  const start = (count: number) => {
    const results = createResultList(root, () => current);
    results.show(found(count), false, []);
    return results;
  };

  it('draws the first page four results at a time, the count and the order menu before the first', async () => {
    const results = start(23);
    const append = vi.spyOn(list, 'append');
    const drawnBefore: number[] = [];
    await results.append(current, false, pageSize, () => drawnBefore.push(list.children.length));
    expect(append.mock.calls.map((items) => items.length)).toEqual([4, 4, 2]);
    expect(drawnBefore).toEqual([0]);
    expect(titles()).toEqual(found(10).map((_, index) => `Side ${index + 1}`));
    expect([more.hidden, more.textContent]).toEqual([false, 'Vis flere treff (13 til)']);
  });

  it('draws as many as were shown when the visitor comes back, and no «Vis flere treff» when all are', async () => {
    const results = start(23);
    await results.append(current, false, 23);
    expect([results.count, more.hidden]).toEqual([23, true]);
  });

  it('adds ten for «Vis flere treff», once for a double click, busy meanwhile, focus on the first added', async () => {
    const results = start(23);
    await results.append(current, false);
    more.click();
    expect(list.getAttribute('aria-busy')).toBe('true');
    more.click();
    await vi.waitUntil(() => !list.hasAttribute('aria-busy'));
    expect(titles()).toEqual(found(20).map((_, index) => `Side ${index + 1}`));
    expect(document.activeElement?.textContent).toBe('Side 11');
    expect(more.textContent).toBe('Vis flere treff (3 til)');
  });

  it('stops drawing once another search has started', async () => {
    const results = start(23);
    const drawing = results.append(current, false);
    await vi.waitUntil(() => list.children.length > 0, { interval: 0 });
    current += 1;
    await drawing;
    expect(results.count).toBe(4);
  });

  it('empties the list and takes away «Vis flere treff» and the busy mark', async () => {
    const results = start(23);
    await results.append(current, false);
    results.setBusy(true);
    results.clear();
    expect([results.count, more.hidden, list.hasAttribute('aria-busy')]).toEqual([0, true, false]);
  });

  it('leaves no empty list for screen readers: hidden until a result is drawn, and when none is', async () => {
    const results = start(3);
    expect(list.hidden).toBe(true);
    await results.append(current, false);
    expect(list.hidden).toBe(false);
    results.show(found(0), true, []);
    await results.append(current, false);
    expect(list.hidden).toBe(true);
    results.show(found(2), true, []);
    await results.append(current, false);
    results.clear();
    expect(list.hidden).toBe(true);
  });
});
