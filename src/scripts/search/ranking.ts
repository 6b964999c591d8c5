// How Pagefind orders results on /sok: its `ranking` options (https://pagefind.app/docs/ranking/, Pagefind 1.6).
// Measured with the visitors' questions in tests/e2e/search-ranking.test.ts; docs/search.md, «Rangering», has the
// table before and after.

/**
 * - `pageLength` 0.3 (Pagefind's default 0.75): the pages that answer the questions are the long ones (a pillar with
 *   its application guide is 1,200 words), and at 0.75 any short page saying the same words came first: «søknad
 *   samarbeidsprosjekt» put /kontakt, /steder and two place pages (70–140 words) above /samarbeidsprosjekter.
 * - `termSimilarity` 3 (default 1): Pagefind matches the start of words, so «lag» (from «laget») also matched
 *   «lagres» and «søk» matched «søknader», and those two words in headings of /personvern outranked «Hvem kan
 *   søke?» on /aktivitetsstotte. A higher value counts a long extension of a query word for less.
 */
export const ranking = { pageLength: 0.3, termSimilarity: 3 } as const;
