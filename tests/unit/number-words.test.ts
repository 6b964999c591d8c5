import { describe, expect, it } from 'vitest';
import { countInWords, numberInWords } from '../../src/lib/number-words';

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
