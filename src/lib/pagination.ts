/** How many cards a listing page holds: small enough for the 40 KB page budget with thousands of stories. */
export const pageSize = 24;

export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
  /** Site path of each page, index 0 = page 1. */
  paths: string[];
}

/** The path of page n of a listing: the listing itself for page 1, then `<base>side/<n>/` (`base` ends in «/»). */
function listingPath(base: string, number: number): string {
  return number === 1 ? base : `${base}side/${number}/`;
}

/** Splits a listing into pages with stable, readable paths, and always yields at least one page (maybe empty). */
export function paginateListing<T>(items: T[], base: string, size = pageSize): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const paths = Array.from({ length: total }, (_, index) => listingPath(base, index + 1));
  return paths.map((_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    total,
    paths,
  }));
}

/** The `[...page]` route parameter for page n: undefined for the first page, `side/<n>` after. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `side/${number}`;
}

/**
 * The page numbers a pagination bar shows for page `current` of `total`: the first and last, the current one and
 * one on each side, with `null` where pages are left out (shown as an ellipsis). A gap of a single page is shown
 * as that page instead. `pageWindow(6, 12)` → `[1, null, 5, 6, 7, null, 12]`.
 */
export function pageWindow(current: number, total: number): (number | null)[] {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total));
  const pages = [...wanted].sort((a, b) => a - b);
  const shown: (number | null)[] = [];
  for (const page of pages) {
    const previous = shown[shown.length - 1];
    if (typeof previous === 'number' && page - previous === 2) shown.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) shown.push(null);
    shown.push(page);
  }
  return shown;
}
