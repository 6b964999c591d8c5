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

  it('answers the forms visitors type: plural, definite, comparative and superlative, a doubled last consonant', () => {
    expect(of('fattigere')).toEqual(of('fattig'));
    expect(of('fattigste')).toEqual(of('fattig'));
    expect(of('billigste')).toEqual(['rimelig']);
    expect(of('helsesøstrene')).toEqual(['helsesykepleier']);
    expect(of('fattigdommen')).toEqual(of('fattigdom'));
    expect(of('events')).toEqual(['arrangement']);
  });

  // Snowball stems «fattig», «fattet» and «fått» alike («fatt»): a stem would send «vedtak fattet» to «lavinntekt».
  it('answers no word that merely shares a stem with a listed one', () => {
    expect(of('fattet')).toEqual([]);
    expect(of('fatter')).toEqual([]);
    expect(of('fått')).toEqual([]);
    expect(of('fattigdomsgrense')).toEqual([]);
  });

  it('answers a word with a short stem only as listed: «biler» is no form of «billig», though both stem to «bil»', () => {
    expect(of('billig')).toEqual(['rimelig']);
    expect(of('biler')).toEqual([]);
    expect(of('bil')).toEqual([]);
    expect(of('kva')).toEqual(['hva']);
    expect(of('kvalitet')).toEqual([]);
    expect(of('kvar')).toEqual([]);
  });

  it('has nothing for a word the list does not know', () => {
    expect(of('fotball')).toEqual([]);
  });
});
