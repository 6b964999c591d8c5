// The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the indexer at build time) that /sok uses,
// and whether its index can be fetched. Pagefind publishes no types for it; these follow https://pagefind.app/docs/api/
// and the 1.6 bundle.

import type { ResultMeta } from '../../lib/search/contract';
import { ranking } from './ranking';

/** `{ sted: { any: ['Bergen', 'Stavanger'] } }`: see https://pagefind.app/docs/js-api-filtering/ */
type PagefindFilter =
  | string
  | string[]
  | {
      any?: PagefindFilter[] | PagefindFilter;
      all?: PagefindFilter[];
      none?: PagefindFilter[];
      not?: PagefindFilter[];
    };
export type PagefindFilters = Record<string, PagefindFilter>;
/** Number of results per value of each filter. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  locations: number[];
  /** Each hit with the weight of the element it is in (`data-pagefind-weight`, a heading's own weight). */
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  /** Safe HTML: entities encoded, matches in `<mark>`. */
  excerpt: string;
  /** The page's indexed text with `<` and `>` encoded; `locations` count its words split at white space. */
  raw_content: string;
  /** Words in the page's indexed text. */
  word_count: number;
  /** Raw strings, to be escaped (set as text). */
  meta: ResultMeta;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  anchors: PagefindAnchor[];
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /**
   * Where the page's text matches, known before its fragment is loaded: empty when only its metadata matched (a
   * picture's or a download's file name).
   */
  words: number[];
  data(): Promise<PagefindResultData>;
}

interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Results there would be with each value added to the current filters (AND). */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** Where the indexer writes the bundle; a string Vite leaves alone, so the file is fetched at run time. */
const bundleUrl = '/pagefind/pagefind.js';

/**
 * Loads Pagefind and its Norwegian index. Pagefind 1.6 compiles its WebAssembly and searches in a web worker (its
 * default), so a phone's main thread stays free for typing while it works: 12 kB more over the wire than searching
 * on the main thread, which blocked it for 130–300 ms on Lighthouse's slow phone (docs/search.md).
 */
export async function loadPagefind(): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as PagefindApi;
  await pagefind.options({ excerptLength: 26, excerptEllipsis: '…', ranking });
  await pagefind.init();
  return pagefind;
}

/**
 * Whether the search index can be fetched. Pagefind only logs a failed index download (in its worker) and then answers
 * as if no page held the word, so an empty answer is believed only when the index is within reach.
 */
export async function indexReachable(): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    // HEAD: a body left unread kept the request open, so the page never went idle after finding nothing.
    const response = await fetch('/pagefind/pagefind-entry.json', { method: 'HEAD', cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}
