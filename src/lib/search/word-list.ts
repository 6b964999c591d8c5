// The words of the search index, for spelling suggestions on /sok («kontigent» → «kontingent»): every word of the
// indexed text in lower case (with its «å», to be shown as written), most common first, written next to the index as
// `words.json`. Read from Pagefind's own fragments, so it holds exactly the text the index was made from (pages and
// PDF records alike). Imports only the search contract, which imports nothing, so Node runs it as it is.
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { splitWords } from './contract.ts';

export const wordListFile = (bundleDir: string) => join(bundleDir, 'words.json');

/** Enough for a large site's vocabulary, at about 60 kB gzipped; rarer words beyond it are left out. */
export const maxListedWords = 20_000;
// Shorter words are not worth correcting: one changed letter makes another common word.
const shortestListedWord = 4;

/** How many texts (fragments) each word appears in. */
export type WordCounts = Map<string, number>;

/** Adds the words of each text to `counts`, each word counted once per text. */
export function countWords(texts: Iterable<string>, counts: WordCounts = new Map()): WordCounts {
  // Lower case a whole text at once, and judge each distinct word once at the end (an empty one fails the letters
  // test): at 10,000 pages, folding and testing every word as it came took seconds of the index step.
  for (const text of texts) {
    // Headings carry soft hyphens (hyphenateHeadings in typography.ts); Pagefind matches the plain word, and so must
    // a suggestion.
    const plain = text.replaceAll('\u00ad', '').toLocaleLowerCase('nb');
    for (const word of new Set(splitWords(plain))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

// One collator for the whole sort: localeCompare with a locale builds one on every call.
const norwegianOrder = new Intl.Collator('nb');

/** The counted words worth suggesting, the most common first (ties alphabetical). */
function rankWords(counts: WordCounts): string[] {
  return [...counts.entries()]
    .filter(([word]) => [...word].length >= shortestListedWord && /^\p{L}+$/u.test(word))
    .sort(([a, countA], [b, countB]) => countB - countA || norwegianOrder.compare(a, b))
    .slice(0, maxListedWords)
    .map(([word]) => word);
}

/** The indexed text of one of Pagefind's fragment files: gzipped JSON behind a short signature. */
export function fragmentContent(file: string): string {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { content: string }).content;
}

// Below this many fragments a worker's start-up (some 50 ms) costs more than it saves.
const fragmentsPerWorker = 1000;

/** Writes `words.json` beside the index Pagefind wrote to `bundleDir`; returns the number of words. */
export async function writeWordList(bundleDir: string): Promise<number> {
  const fragmentDir = join(bundleDir, 'fragment');
  // Sorted, so that each worker gets the same share on every run.
  const files = (await readdir(fragmentDir)).sort().map((file) => join(fragmentDir, file));
  // Unzipping, parsing and splitting 10,000 fragments took 2–6 s on one core, after Pagefind has finished with
  // both: so the fragments are shared out between workers, one per core, and their counts added up.
  const workers = Math.max(1, Math.min(availableParallelism(), Math.floor(files.length / fragmentsPerWorker)));
  let counts: WordCounts;
  if (workers === 1) counts = countWords(files.map(fragmentContent));
  else {
    const shares = Array.from({ length: workers }, (_, worker) =>
      files.filter((_, index) => index % workers === worker),
    );
    counts = new Map();
    for (const share of await Promise.all(shares.map(countInWorker)))
      for (const [word, count] of share) counts.set(word, (counts.get(word) ?? 0) + count);
  }
  const words = rankWords(counts);
  await writeFile(wordListFile(bundleDir), JSON.stringify(words));
  return words.length;
}

function countInWorker(files: string[]): Promise<WordCounts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./word-count-worker.ts', import.meta.url), { workerData: files });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the word-list worker stopped (exit code ${code})`)));
  });
}
