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

/** The path of page n of a listing: the listing itself for page 1, then `<base>/side/<n>`. */
export function listingPath(base: string, number: number): string {
  return number === 1 ? base : `${base}/side/${number}`;
}

/** Splits a listing into pages with stable, readable paths, and always yields at least one page (maybe empty). */
export function paginateListing<T>(items: T[], base: string, size = pageSize): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const paths = Array.from({ length: total }, (_, index) => listingPath(base, index + 1));
  return paths.map((_, index) => ({ items: items.slice(index * size, (index + 1) * size), number: index + 1, total, paths }));
}

/** The `[...page]` route parameter for page n: undefined for the first page, `side/<n>` after. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `side/${number}`;
}
