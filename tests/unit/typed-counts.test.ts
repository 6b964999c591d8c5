// Counts of cities and areas typed into running text are found, and the ones that no longer match are named.
import { describe, expect, it } from 'vitest';
import { blocksText, wrongTypedCounts } from '@for-alle/shared/typed-counts';

const counts = { activePlaces: 7, areasInProcess: 5, establishingPlaces: 2 };

describe('wrongTypedCounts', () => {
  it('passes counts that match, in words or digits', () => {
    expect(
      wrongTypedCounts('Samarbeidsprosjekter i sju byer. I fem områder til pågår det en prosess.', counts),
    ).toEqual([]);
    expect(wrongTypedCounts('7 byer og 5 områder', counts)).toEqual([]);
  });

  it('names a count that no longer matches, with what it should be', () => {
    expect(wrongTypedCounts('Samarbeidsprosjekter i sju byer.', { ...counts, activePlaces: 8 })).toEqual([
      { phrase: 'sju byer', noun: 'byer', expected: 8 },
    ]);
    expect(wrongTypedCounts('I Fem områder til', { ...counts, areasInProcess: 4 })).toEqual([
      { phrase: 'Fem områder', noun: 'områder', expected: 4 },
    ]);
    expect(wrongTypedCounts('i fem områder', { ...counts, areasInProcess: null, establishingPlaces: 0 })).toEqual([
      { phrase: 'fem områder', noun: 'områder', expected: 0 },
    ]);
  });

  // The map and the key facts never count fewer areas than the places «Under etablering» (areasInProcessCount): a
  // text that says what they say is right, even while the setting is too low (which has a warning of its own).
  it('compares areas with what the site shows, never fewer than the places «Under etablering»', () => {
    expect(wrongTypedCounts('to områder', { ...counts, areasInProcess: 1 })).toEqual([]);
    expect(wrongTypedCounts('ett område og fem områder', { ...counts, areasInProcess: null })).toEqual([
      { phrase: 'fem områder', noun: 'områder', expected: 2 },
    ]);
  });

  it('leaves other words alone: compounds, the definite form, and «en by»', () => {
    const text = 'Fem satsingsområder. De sju byene. I en by som Bergen. Ti bydeler. Tolv byerfaringer.';
    expect(wrongTypedCounts(text, counts)).toEqual([]);
  });
});

describe('blocksText', () => {
  it('joins the text of each block and skips images', () => {
    const blocks = [
      { _type: 'block', children: [{ text: 'Hvor: ' }, { text: 'sju byer' }] },
      { _type: 'figure', alt: 'sju byer' },
      { _type: 'block', children: [{ text: 'fem områder' }] },
    ];
    expect(blocksText(blocks)).toBe('Hvor: sju byer\nfem områder');
  });
});
