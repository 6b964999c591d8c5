import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { maxListedWords, wordListFile, writeWordList } from '../../src/lib/search/word-list';

// Distinct words of letters alone: a number written in 16 consonants, which no collation joins (Norwegian reads
// «aa» as «å»), so their alphabetical order is their code order.
const letters = (index: number) =>
  [...index.toString(16)].map((digit) => 'bcdfghjklmnprstv'[parseInt(digit, 16)]).join('');

/** The words.json writeWordList writes for an index whose fragments hold these texts, one fragment each. */
async function writtenWords(texts: string[]): Promise<string[]> {
  const bundleDir = mkdtempSync(join(tmpdir(), 'word-list-'));
  try {
    mkdirSync(join(bundleDir, 'fragment'));
    texts.forEach((content, index) =>
      writeFileSync(
        join(bundleDir, 'fragment', `nb_${String(index).padStart(5, '0')}.pf_fragment`),
        gzipSync(`pagefind_dcd${JSON.stringify({ url: `/side-${index}/`, content })}`),
      ),
    );
    const count = await writeWordList(bundleDir);
    const written = JSON.parse(readFileSync(wordListFile(bundleDir), 'utf8')) as string[];
    expect(count).toBe(written.length);
    return written;
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

describe('writeWordList', () => {
  it('lists each word in lower case with its «å», most pages first, without short words and numbers', async () => {
    expect(
      await writtenWords([
        'Kontingent og støtte i 2025.',
        'Støtte til kontingent, kontingent!',
        'Åsgårdstrand: støtte',
      ]),
    ).toEqual(['støtte', 'kontingent', 'åsgårdstrand']);
  });

  it("lists a heading's word as it is typed, without the soft hyphens the heading carries", async () => {
    // A word that only a heading has: Pagefind keeps the soft hyphens in the text it stores, and matches the plain word.
    expect(await writtenWords(['Sam\u00adar\u00adbeids\u00adpro\u00adsjek\u00adter. Mer tekst'])).toEqual([
      'samarbeidsprosjekter',
      'tekst',
    ]);
  });

  it('keeps the most common words of a large vocabulary', async () => {
    const vocabulary = Array.from({ length: maxListedWords + 10 }, (_, index) => `ord${letters(index)}`);
    const list = await writtenWords([`${vocabulary.join(' ')} felles`, 'felles']);
    expect(list).toHaveLength(maxListedWords);
    expect(list[0]).toBe('felles');
  });

  it('reads a large index in workers and counts every fragment once', async () => {
    // Enough fragments for the work to be shared out. A word of its own in each fragment, so that a share left out
    // loses words; «zfelles» in all of them and «annenhver» in every other one, so that a share counted twice or
    // counts not added up change the order (both alphabetically after the words they must come before).
    const own = Array.from({ length: 2600 }, (_, index) => `ord${letters(index)}`);
    const texts = own.map((word, index) => `${word} ${index % 2 === 1 ? 'annenhver' : ''} zfelles.`);
    // The words of one fragment each tie, and ties go alphabetically.
    expect(await writtenWords(texts)).toEqual(['zfelles', 'annenhver', ...own.sort()]);
  });
});
