import { describe, expect, it } from 'vitest';
import { maxListedWords, wordList } from '../../src/lib/search/word-list';

describe('wordList', () => {
  it('lists each word in lower case with its «å», most pages first, without short words and numbers', () => {
    expect(
      wordList(['Kontingent og støtte i 2025.', 'Støtte til kontingent, kontingent!', 'Åsgårdstrand: støtte']),
    ).toEqual(['støtte', 'kontingent', 'åsgårdstrand']);
  });

  it('keeps the most common words of a large vocabulary', () => {
    // Distinct words of letters alone: the index written in the letters a–z.
    const letters = (index: number) =>
      [...index.toString(26)].map((digit) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(digit, 26)]).join('');
    const texts = Array.from({ length: maxListedWords + 10 }, (_, index) => `ord${letters(index)} felles`);
    const list = wordList(texts);
    expect(list).toHaveLength(maxListedWords);
    expect(list[0]).toBe('felles');
  });
});
