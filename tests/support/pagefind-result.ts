import type { PagefindResult } from '../../src/scripts/search/pagefind-api';

/**
 * A Pagefind result for a page whose indexed text is `text`, with matches at the word positions `locations` (words
 * split at spaces, as Pagefind counts them), at the address `/<id>`.
 */
export function pagefindResult(id: string, text: string, locations: number[]): PagefindResult {
  return {
    id,
    score: 1,
    words: locations,
    data: async () => ({
      url: `/${id}`,
      excerpt: text,
      raw_content: text,
      word_count: text.split(' ').length,
      meta: {},
      filters: {},
      sub_results: [],
      anchors: [],
      locations,
    }),
  };
}
