import { describe, expect, it } from 'vitest';
import {
  baseForms,
  compoundSplits,
  continuesQueryWord,
  letterVariants,
  norwegianStem,
  queryWords,
  writtenQueryWords,
} from '../../src/scripts/search/query-words';

describe('queryWords', () => {
  it('reads the words as Pagefind does: lower case, punctuation dropped, «å» folded, «ø» and «æ» kept', () => {
    expect(queryWords('  «Tromsø»  Sæbø, På-melding!  ')).toEqual(['tromsø', 'sæbø', 'pamelding']);
    expect(queryWords('')).toEqual([]);
  });

  it('reads a time or a decimal as the numbers Pagefind indexes, not as one number no page has', () => {
    expect(writtenQueryWords('kl. 09.20')).toEqual(['kl', '09', '20']);
    expect(queryWords('2,5 millioner')).toEqual(['2', '5', 'millioner']);
    expect(queryWords('09:20')).toEqual(['09', '20']);
  });
});

describe('norwegianStem', () => {
  it.each([
    ['søknaden', 'søknad'],
    ['søknader', 'søknad'],
    ['huset', 'hus'],
    ['bergen', 'berg'],
    ['jentene', 'jent'],
    ['organisasjonene', 'organisasjon'],
    ['mandal', 'mandal'],
    ['herøy', 'herøy'],
    ['video', 'video'],
  ])('stems «%s» to «%s», as Pagefind indexes it', (word, stem) => {
    expect(norwegianStem(word)).toBe(stem);
  });
});

describe('continuesQueryWord', () => {
  it('accepts the word, longer words that start with it, and inflections of it', () => {
    expect(continuesQueryWord('søknad.', 'søknad')).toBe(true);
    expect(continuesQueryWord('Søknadsrunder', 'søknad')).toBe(true);
    expect(continuesQueryWord('utstyrsbanken', 'utst')).toBe(true);
    expect(continuesQueryWord('søknadsfrist', 'søknaden')).toBe(true);
    expect(continuesQueryWord('Bergen-prosjektet', 'prosjekt')).toBe(true);
    expect(continuesQueryWord('På', 'pa')).toBe(true);
  });

  it('rejects the shorter word Pagefind falls back to when nothing starts with the query word', () => {
    expect(continuesQueryWord('Vi', 'video')).toBe(false);
    expect(continuesQueryWord('tro', 'tromsø')).toBe(false);
    expect(continuesQueryWord('troen', 'tromsø')).toBe(false);
    expect(continuesQueryWord('så', 'saebø')).toBe(false);
    expect(continuesQueryWord('fotball', 'fotballkamp')).toBe(false);
    // Place names: Pagefind falls back to a common short word, which shares only the name's first letters.
    expect(continuesQueryWord('man', 'mandal')).toBe(false);
    expect(continuesQueryWord('her', 'herøy')).toBe(false);
    expect(continuesQueryWord('kan', 'kanin')).toBe(false);
    expect(continuesQueryWord('ber', 'bergen')).toBe(false);
  });
});

describe('letterVariants', () => {
  it('tries «ø», «æ» and «å» where they are often typed without, one change before two', () => {
    expect(letterVariants('soknad')).toEqual(['søknad', 'soknæd', 'søknæd']);
    expect(letterVariants('saebo')[0]).toBe('sæbo');
    expect(letterVariants('saebo')).toContain('sæbø');
    expect(letterVariants('paa')).toContain('på');
    expect(letterVariants('hus')).toEqual([]);
  });

  it('stops at a dozen', () => {
    expect(letterVariants('aaaaaaaaaaaa')).toHaveLength(12);
  });
});

describe('baseForms', () => {
  it.each([
    ['trenerne', 'trener'],
    ['treneren', 'trener'],
    ['trenere', 'trener'],
    ['ungdommer', 'ungdom'],
    ['ungdommen', 'ungdom'],
    ['programmet', 'program'],
    ['helsesykepleieren', 'helsesykepleier'],
    // A plural without the singular's «e»: «foreldre» alone missed the pages saying «Er du forelder eller ungdom?».
    ['foreldre', 'forelder'],
    ['foreldrene', 'forelder'],
    ['søstre', 'søster'],
  ])('offers «%s» the base form «%s», whose stem starts the stem of the inflected form', (word, base) => {
    expect(baseForms(word)[0]).toBe(base);
    expect(norwegianStem(word).startsWith(norwegianStem(base))).toBe(true);
    expect(norwegianStem(base).length).toBeLessThan(norwegianStem(word).length);
  });

  it('leaves alone words the stemmer already takes to their base, and short words', () => {
    // «huset», «søknaden», «jentene»: the stemmer reaches «hus», «søknad», «jent» by itself.
    for (const word of ['huset', 'søknaden', 'jentene', 'bergen', 'ungdom', 'sommer', 'kommer', 'venner', 'video'])
      expect(baseForms(word), word).toEqual([]);
  });
});

describe('compoundSplits', () => {
  it('reads a compound as its two words, without the linking «s» or «e», the most even split first', () => {
    const splits = compoundSplits('forskningsrapport');
    expect(splits).toContainEqual(['forskning', 'rapport']);
    expect(splits.findIndex(([first]) => first === 'forskning')).toBeLessThan(
      splits.findIndex(([first]) => first === 'forsknings'),
    );
    expect(compoundSplits('barnefattigdom')).toContainEqual(['barn', 'fattigdom']);
    expect(compoundSplits('søknadsfrist')).toContainEqual(['søknad', 'frist']);
    expect(compoundSplits('søknadsfrist')[0]![0].length).toBeGreaterThanOrEqual(5);
  });

  it('keeps both parts at four letters or more: shorter ones are too often a name’s stem («vit» + «amin»)', () => {
    expect(compoundSplits('vitamin')).toEqual([]);
    expect(compoundSplits('fotballkamp')).toContainEqual(['fotball', 'kamp']);
    for (const [first, second] of compoundSplits('kontingentstøtte')) {
      expect(first.length).toBeGreaterThanOrEqual(4);
      expect(second.length).toBeGreaterThanOrEqual(4);
    }
  });
});
