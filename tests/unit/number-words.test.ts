import { describe, expect, it } from 'vitest';
import { countInWords, numberInWords } from '../../src/lib/number-words';
import { numberOfWord, numberWord, numberWordsFrom } from '@for-alle/shared/number-words';

describe('countInWords', () => {
  it('writes small counts as words, with the singular for one', () => {
    expect(countInWords(1, 'ett område', 'områder')).toBe('ett område');
    expect(countInWords(2, 'ett område', 'områder')).toBe('to områder');
    expect(countInWords(5, 'ett område', 'områder')).toBe('fem områder');
    expect(countInWords(7, 'én by', 'byer')).toBe('sju byer');
    expect(countInWords(12, 'ett område', 'områder')).toBe('tolv områder');
  });

  it('writes larger counts as digits', () => {
    expect(countInWords(13, 'ett område', 'områder')).toBe('13 områder');
  });
});

describe('numberInWords', () => {
  it('writes the number alone, with the word for one the noun needs', () => {
    expect(numberInWords(1, 'ett')).toBe('ett');
    expect(numberInWords(1, 'én')).toBe('én');
    expect(numberInWords(8, 'ett')).toBe('åtte');
    expect(numberInWords(14, 'ett')).toBe('14');
  });
});

describe('the shared table of number words', () => {
  it('reads back every word it writes, and «syv» as well as «sju», in any case', () => {
    const written = Array.from({ length: 13 }, (_, number) => numberWord(number));
    expect(written).toEqual([
      'null',
      'en',
      'to',
      'tre',
      'fire',
      'fem',
      'seks',
      'sju',
      'åtte',
      'ni',
      'ti',
      'elleve',
      'tolv',
    ]);
    written.forEach((word, number) => expect(numberOfWord(word!)).toBe(number));
    expect(numberOfWord('Syv')).toBe(7);
    expect(numberOfWord('SJU')).toBe(7);
    expect(numberOfWord('byer')).toBeUndefined();
  });

  it('writes no word outside 0–12 or for a fraction', () => {
    expect(numberWord(13)).toBeNull();
    expect(numberWord(-1)).toBeNull();
    expect(numberWord(2.5)).toBeNull();
  });

  it('offers the words from a number up, for finding typed counts', () => {
    expect(numberWordsFrom(2).sort()).toEqual(
      ['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti', 'elleve', 'tolv'].sort(),
    );
  });
});
