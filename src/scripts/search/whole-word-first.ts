// A page that has the words searched for comes before one that only has longer words beginning like them. Pagefind
// matches the start of a word's stem, so «nora» (a speaker's name) also matched «Norge» and «Norden», and «tor» the
// «torsdag» of every programme: the pages where they spoke came after pages that never named them. Only the first
// page of results moves, as in heading-first.ts: its fragments are fetched to show it anyway.
import { isFunctionWord } from './function-words';
import { headingCheckedResults } from './heading-first';
import type { PagefindResult, PagefindResultData } from './pagefind-api';
import { isQuestionWord } from './question-words';
import { foldWord, norwegianStem } from './query-words';
import { wordsAt } from './render-result';

/** The stems of a page word as Pagefind indexes it: the whole word, and each part of a hyphenated one. */
function pageWordStems(pageWord: string): string[] {
  const parts = foldWord(pageWord)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length > 0);
  return parts.map(norwegianStem);
}

/** Whether each searched word (folded) is among the page's matches as itself: the same stem, not a longer word. */
function hasWholeWords(data: Pick<PagefindResultData, 'raw_content' | 'locations'>, words: string[]): boolean {
  const stems = new Set(wordsAt(data, data.locations).flatMap(pageWordStems));
  return words.every((word) => stems.has(norwegianStem(word)));
}

/**
 * The results with those among the first ten that match every searched word as itself moved to the front, each group
 * in Pagefind's order; the rest keep theirs. Unchanged when none or all of them do: a word being typed («utst») is
 * whole on no page. Question words and small words do not count: /aktivitetsstotte answers «hvor mye kan vi få»
 * with «Hvor mye kan dere få?», and «vi» only begins its «vil».
 */
export async function wholeWordFirst(results: PagefindResult[], searched: string[]): Promise<PagefindResult[]> {
  const words = searched.filter((word) => !isQuestionWord(word) && !isFunctionWord(word));
  if (words.length === 0) return results;
  const first = results.slice(0, headingCheckedResults);
  const whole = await Promise.all(first.map(async (result) => hasWholeWords(await result.data(), words)));
  if (!whole.includes(true) || !whole.includes(false)) return results;
  return [
    ...first.filter((_, index) => whole[index]),
    ...first.filter((_, index) => !whole[index]),
    ...results.slice(headingCheckedResults),
  ];
}
