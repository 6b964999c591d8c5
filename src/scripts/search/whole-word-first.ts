// A page that has a short searched word itself comes before one that only has longer words beginning like it.
// Pagefind matches the start of a word's stem, so «nora» (a speaker's name) also matched «Norge» and «Norden», and
// «tor» the «torsdag» of every programme: the pages where they spoke came after pages that never named them. Only
// words of up to five letters are judged: a longer word's longer matches are its own inflections and compounds
// («fotball» in «fotballklubber», «trener» in «trenerne»), which answer it as well. Only the first page of results
// moves, as in heading-first.ts: its fragments are fetched to show it anyway.
import { subjectWords } from './function-words';
import { headingCheckedResults } from './heading-first';
import type { PagefindResult, PagefindResultData } from './pagefind-api';
import { foldWord, norwegianStem } from './query-words';
import { wordsAt } from './render-result';

/** The longest searched word that is judged; longer ones match their own inflections and compounds. */
const longestJudgedWord = 5;

/** The parts of a page word as Pagefind indexes it: the whole word, and each part of a hyphenated one. */
function pageWordParts(pageWord: string): string[] {
  // Soft hyphens in long headings are no break between words: Pagefind indexes the word whole.
  return foldWord(pageWord.replaceAll('\u00ad', ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length > 0);
}

/** A page word is the searched word itself: its stem, or a longer word the whole of a four-letter word begins. */
function isTheWord(part: string, word: string): boolean {
  return norwegianStem(part) === norwegianStem(word) || (word.length >= 4 && part.startsWith(word));
}

/** Whether each judged word is among the page's matches as itself. */
function hasWholeWords(data: Pick<PagefindResultData, 'raw_content' | 'locations'>, words: string[]): boolean {
  const parts = wordsAt(data, data.locations).flatMap(pageWordParts);
  return words.every((word) => parts.some((part) => isTheWord(part, word)));
}

/**
 * The results with those among the first ten that match every short subject word (function-words.ts) as itself moved
 * to the front, each group in Pagefind's order; the rest keep theirs. Unchanged when none or all of them do: a word
 * being typed («utst») is whole on no page.
 */
export async function wholeWordFirst(results: PagefindResult[], searched: string[]): Promise<PagefindResult[]> {
  const words = subjectWords(searched).filter((word) => [...word].length <= longestJudgedWord);
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
