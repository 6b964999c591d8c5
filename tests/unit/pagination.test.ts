import { describe, expect, it } from 'vitest';
import { pageWindow, paginateListing } from '../../src/lib/pagination';

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [2, 5, [1, 2, 3, 4, 5]],
    [4, 5, [1, 2, 3, 4, 5]],
    [2, 9, [1, 2, 3, null, 9]],
    [6, 12, [1, null, 5, 6, 7, null, 12]],
    [3, 12, [1, 2, 3, 4, null, 12]],
    [12, 12, [1, null, 11, 12]],
    [200, 417, [1, null, 199, 200, 201, null, 417]],
  ])('shows page %i of %i as %j', (current, total, expected) => {
    expect(pageWindow(current, total)).toEqual(expected);
  });

  it('keeps the bar short however long the listing is', () => {
    for (const total of [10, 100, 1000]) {
      for (let current = 1; current <= total; current += 7)
        expect(pageWindow(current, total).length).toBeLessThanOrEqual(7);
    }
  });
});

describe('paginateListing', () => {
  it('splits items into pages with readable paths', () => {
    const pages = paginateListing(
      Array.from({ length: 50 }, (_, index) => index),
      '/historier/',
      24,
    );
    expect(pages.map((page) => page.items.length)).toEqual([24, 24, 2]);
    expect(pages[0].paths).toEqual(['/historier/', '/historier/side/2/', '/historier/side/3/']);
  });
});
