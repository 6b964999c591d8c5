// The words of the search index, for spelling suggestions on /sok («kontigent» → «kontingent»): every word of the
// indexed text in lower case (with its «å», to be shown as written), most common first, written next to the index as
// `words.json`. Read from Pagefind's own fragments, so it holds exactly the text the index was made from (pages and
// PDF records alike). Imports only the query-word functions, which import nothing, so Node runs it as it is.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitWords } from '../../scripts/search/query-words.ts';

export const wordListFile = (bundleDir: string) => join(bundleDir, 'words.json');

/** Enough for a large site's vocabulary, at about 60 kB gzipped; rarer words beyond it are left out. */
export const maxListedWords = 20_000;
// Shorter words are not worth correcting: one changed letter makes another common word.
const shortestListedWord = 4;

/** The words of the given texts, each counted once per text, the most common first (ties alphabetical). */
export function wordList(texts: Iterable<string>): string[] {
  const textsWith = new Map<string, number>();
  // Lower case a whole text at once, and judge each distinct word once at the end (an empty one fails the letters
  // test): at 10,000 pages, folding and testing every word as it came took seconds of the index step.
  for (const text of texts) {
    for (const word of new Set(splitWords(text.toLocaleLowerCase('nb')))) {
      textsWith.set(word, (textsWith.get(word) ?? 0) + 1);
    }
  }
  return [...textsWith.entries()]
    .filter(([word]) => [...word].length >= shortestListedWord && /^\p{L}+$/u.test(word))
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'nb'))
    .slice(0, maxListedWords)
    .map(([word]) => word);
}

/** Writes `words.json` beside the index Pagefind wrote to `bundleDir`; returns the number of words. */
export async function writeWordList(bundleDir: string): Promise<number> {
  const fragmentDir = join(bundleDir, 'fragment');
  const texts = await Promise.all(
    (await readdir(fragmentDir)).map(async (file) => {
      // A fragment is gzipped JSON behind a short signature.
      const text = gunzipSync(await readFile(join(fragmentDir, file))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { content: string }).content;
    }),
  );
  const words = wordList(texts);
  await writeFile(wordListFile(bundleDir), JSON.stringify(words));
  return words.length;
}
