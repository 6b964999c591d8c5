import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/scripts/search/query-words';
import { synonymsOf } from '../../src/scripts/search/synonyms';

const of = (word: string) => synonymsOf(foldWord(word));

describe('synonymsOf', () => {
  it('answers a listed word and its other forms', () => {
    expect(of('tilskudd')).toEqual(['støtte']);
    expect(of('tilskuddet')).toEqual(['støtte']);
    expect(of('Foredragene')).toEqual(['innlegg']);
    expect(of('speakers')).toEqual(['innlegg']);
  });

  it('answers a word with a short stem only as listed: «biler» is no form of «billig», though both stem to «bil»', () => {
    expect(of('billig')).toEqual(['rimelig']);
    expect(of('biler')).toEqual([]);
    expect(of('bil')).toEqual([]);
    expect(of('kva')).toEqual(['hva']);
    expect(of('kvalitet')).toEqual([]);
  });

  it('has nothing for a word the list does not know', () => {
    expect(of('fotball')).toEqual([]);
  });
});
