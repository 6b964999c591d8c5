// A page with a heading that says what the visitor typed, word for word, answers it: /om's «Hva er For Alle?» for
// «hva er for alle». Pagefind scores words, not phrases, and its score for those four words, which every page says,
// put /om fifth (docs/search.md, «Rangering»). Only the first page of results moves: its fragments are fetched to
// show it anyway.
import type { PagefindResult, PagefindResultData } from './pagefind-api';
import { queryWords } from './query-words';

/** The results shown first (result-list.ts shows ten at a time), the only ones whose headings are read. */
export const headingCheckedResults = 10;

/** Whether `words` occur in `text` one after another (both folded, punctuation ignored). */
export function saysInOrder(text: string, words: string[]): boolean {
  const textWords = queryWords(text);
  return textWords.some((_, start) => words.every((word, offset) => textWords[start + offset] === word));
}

/**
 * Whether the page's title or one of its headings (Pagefind's sub-results: the headings with an id) says the query's
 * words in the order typed.
 */
export function headingSays(data: Pick<PagefindResultData, 'meta' | 'sub_results'>, query: string): boolean {
  const words = queryWords(query);
  return [data.meta.title ?? '', ...data.sub_results.map((sub) => sub.title)].some((heading) =>
    saysInOrder(heading, words),
  );
}

/**
 * The results with those among the first ten whose title or a heading says the query (two words or more, in the
 * order typed) moved to the front, in the order Pagefind gave them; the rest keep theirs. A single word is left to
 * Pagefind: it is in many titles, and a page is not the better answer for having it in one.
 */
export async function headingFirst(results: PagefindResult[], query: string): Promise<PagefindResult[]> {
  if (queryWords(query).length < 2) return results;
  const first = results.slice(0, headingCheckedResults);
  const says = await Promise.all(first.map(async (result) => headingSays(await result.data(), query)));
  if (!says.includes(true)) return results;
  return [
    ...first.filter((_, index) => says[index]),
    ...first.filter((_, index) => !says[index]),
    ...results.slice(headingCheckedResults),
  ];
}
