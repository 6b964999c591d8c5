// Spelling suggestions from the index's own words («kontigent» → «kontingent», «Nerland» → «Nærland»), and the
// compound a word ends («kassen» → «fritidskassen»): the word list
// the index step writes next to the index (src/lib/search/word-list.ts), fetched only when a word is still
// missing after every other check, once per page view.
import { foldWord, inflectionEndings } from './query-words';

const wordListUrl = '/pagefind/words.json';

/**
 * Letters that may differ: none below seven letters, one up to nine («Nerland», «kontigent»), two from ten. A shorter
 * word is too often a name one letter from a common word: «Mandal» is not «mandag», nor «Tromsø» «Tromøy».
 */
function allowedDistance(word: string): number {
  const length = [...word].length;
  return length < 7 ? 0 : length < 10 ? 1 : 2;
}

/**
 * The edit distance between two words, counting a swap of two neighbouring letters as one edit (optimal string
 * alignment); stops early and answers `limit + 1` once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The listed word closest to a (folded) word, within the allowed distance; of equally close words the most common
 * (the list comes most common first). Null when none is close enough, or the word itself is listed.
 */
export function closestWord(word: string, words: readonly string[]): string | null {
  const limit = allowedDistance(word);
  if (limit === 0) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of words) {
    const folded = foldWord(candidate);
    if (word === folded) return null;
    // A word the site has only inflected is compared in its shorter forms too: «evalurering» is three edits from
    // «evalueringen», the only form on the site, and one from «evaluering». Half an edit more than the word itself, so
    // a listed word as close is preferred: «kommunnen» is «kommunen», not «kommunene» without its «e».
    const shorter = shorterForms(folded).map((form) => editDistance(word, form, limit) + 0.5);
    const distance = Math.min(editDistance(word, folded, limit), ...shorter);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The word without each inflected ending it has: «evalueringen» → «evaluering», «evaluer». */
function shorterForms(word: string): string[] {
  return inflectionEndings.filter((ending) => word.endsWith(ending)).map((ending) => word.slice(0, -ending.length));
}

/** Letters a word must have to be looked for as the end of a compound: «kassen», not «bank» (in «SR-Bank» already). */
const shortestCompoundEnd = 5;

/** The list's words folded, made once per list. */
const foldedLists = new WeakMap<readonly string[], Set<string>>();

function foldedList(words: readonly string[]): Set<string> {
  let folded = foldedLists.get(words);
  if (!folded) foldedLists.set(words, (folded = new Set(words.map(foldWord))));
  return folded;
}

/**
 * The most common listed word that is a compound ending with a (folded) word the site lacks: «kassen» is on no page,
 * «Fritidskassen» is, and Pagefind finds only the beginnings of words. The part in front must be a listed word too,
 * with or without a linking «s» or «e» («fritid» + «s»), so «ringen» is not «evalueringen». Null for a short word,
 * whose ends are everywhere, or when no compound ends with it.
 */
export function compoundEndingIn(word: string, words: readonly string[]): string | null {
  if ([...word].length < shortestCompoundEnd) return null;
  const listed = foldedList(words);
  const isWord = (part: string) => [...part].length >= 4 && listed.has(part);
  return (
    words.find((candidate) => {
      const folded = foldWord(candidate);
      if (folded.length <= word.length || !folded.endsWith(word)) return false;
      const front = folded.slice(0, -word.length);
      return isWord(front) || (/[se]$/.test(front) && isWord(front.slice(0, -1)));
    }) ?? null
  );
}

/** Suggests a spelling for a word from the site's word list; an empty list when the list cannot be had. */
export function spellingSuggester(load: () => Promise<readonly string[]> = fetchWordList) {
  let words: Promise<readonly string[]> | null = null;
  return async (word: string): Promise<string | null> => {
    words ??= load().catch(() => {
      // Asked again next time: a failed fetch is not the site's vocabulary.
      words = null;
      return [];
    });
    const list = await words;
    return closestWord(word, list) ?? compoundEndingIn(word, list);
  };
}

async function fetchWordList(): Promise<readonly string[]> {
  const response = await fetch(wordListUrl);
  if (!response.ok) throw new Error(`${wordListUrl}: ${response.status}`);
  return (await response.json()) as string[];
}
