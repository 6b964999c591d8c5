import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { maxListedWords, wordList, wordListFile, writeWordList } from '../../src/lib/search/word-list';

// Distinct words of letters alone: a number written in the letters a–z.
const letters = (index: number) =>
  [...index.toString(26)].map((digit) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(digit, 26)]).join('');

describe('wordList', () => {
  it('lists each word in lower case with its «å», most pages first, without short words and numbers', () => {
    expect(
      wordList(['Kontingent og støtte i 2025.', 'Støtte til kontingent, kontingent!', 'Åsgårdstrand: støtte']),
    ).toEqual(['støtte', 'kontingent', 'åsgårdstrand']);
  });

  it('keeps the most common words of a large vocabulary', () => {
    const texts = Array.from({ length: maxListedWords + 10 }, (_, index) => `ord${letters(index)} felles`);
    const list = wordList(texts);
    expect(list).toHaveLength(maxListedWords);
    expect(list[0]).toBe('felles');
  });
});

describe('writeWordList', () => {
  it('reads a large index in workers and lists the same words as one pass over its fragments', async () => {
    // Enough fragments for the work to be shared out. A word of its own in each fragment, so that a share left out
    // loses words; «felles» in all of them and «annenhver» in every other one, so that a share counted twice or
    // counts not added up change the order (both alphabetically after the words they must come before).
    const texts = Array.from(
      { length: 2600 },
      (_, index) => `ord${letters(index)} ${index % 2 === 1 ? 'annenhver' : ''} zfelles.`,
    );
    const bundleDir = mkdtempSync(join(tmpdir(), 'word-list-'));
    try {
      mkdirSync(join(bundleDir, 'fragment'));
      texts.forEach((content, index) =>
        writeFileSync(
          join(bundleDir, 'fragment', `nb_${String(index).padStart(5, '0')}.pf_fragment`),
          gzipSync(`pagefind_dcd${JSON.stringify({ url: `/side-${index}/`, content })}`),
        ),
      );
      expect(await writeWordList(bundleDir)).toBeGreaterThan(4);
      const written = JSON.parse(readFileSync(wordListFile(bundleDir), 'utf8')) as string[];
      expect(written).toEqual(wordList(texts));
      expect(written.slice(0, 2)).toEqual(['zfelles', 'annenhver']);
      expect(written).toHaveLength(2602);
    } finally {
      rmSync(bundleDir, { recursive: true, force: true });
    }
  });
});
