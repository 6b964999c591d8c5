import { describe, expect, it } from 'vitest';
import { closestWord, compoundEndingIn, editDistance, spellingSuggester } from '../../src/scripts/search/spelling';

describe('editDistance', () => {
  it('counts inserted, removed, changed and swapped letters', () => {
    expect(editDistance('kontigent', 'kontingent', 2)).toBe(1);
    expect(editDistance('nerland', 'nærland', 2)).toBe(1);
    expect(editDistance('sökand', 'søknad', 2)).toBe(2);
    expect(editDistance('søkn', 'søkn', 2)).toBe(0);
    expect(editDistance('søknda', 'søknad', 2)).toBe(1);
  });

  it('gives up past the limit', () => {
    expect(editDistance('vitamin', 'samarbeid', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('compoundEndingIn', () => {
  it('finds the most common compound of listed words that ends with a word the site lacks', () => {
    const words = ['kontingent', 'fritidskassen', 'fritid', 'matkassen', 'mat', 'fritidskortet', 'evalueringen'];
    expect(compoundEndingIn('kassen', words)).toBe('fritidskassen');
    expect(compoundEndingIn('kortet', words)).toBe('fritidskortet');
  });

  it('leaves a short word alone, and an ending whose front is no word of the site («ringen» in «evalueringen»)', () => {
    expect(compoundEndingIn('bank', ['utstyrsbank', 'utstyr'])).toBeNull();
    expect(compoundEndingIn('ringen', ['evalueringen', 'evaluering'])).toBeNull();
    // «mat» is too short to be told from the start of another word.
    expect(compoundEndingIn('kassen', ['matkassen', 'mat'])).toBeNull();
    expect(compoundEndingIn('kassen', ['kontingent'])).toBeNull();
  });
});

describe('closestWord', () => {
  const words = ['kontingent', 'nærland', 'konferanse', 'kontakt'];

  it('finds the site’s word one or two letters away, as the site writes it', () => {
    expect(closestWord('kontigent', words)).toBe('kontingent');
    expect(closestWord('nerland', words)).toBe('nærland');
    expect(closestWord('konferense', words)).toBe('konferanse');
  });

  it('prefers the closest word, then the most common one (earlier in the list)', () => {
    expect(closestWord('kontaktre', ['kontakten', 'kontakter'])).toBe('kontakter');
    expect(closestWord('samarbied', ['samarbeid', 'samarbeide'])).toBe('samarbeid');
    expect(closestWord('kommunnen', ['kommunene', 'kommunen'])).toBe('kommunen');
    expect(closestWord('kontakte', ['kontakter', 'kontakten'])).toBe('kontakter');
    expect(closestWord('kontakte', ['kontakten', 'kontakter'])).toBe('kontakten');
  });

  it('finds a word the site has only inflected from a misspelling of its shorter form («evalueringen» for «evalurering»)', () => {
    for (const typed of ['evalurering', 'evaluring', 'evalueing'])
      expect(closestWord(typed, ['evalueringen'])).toBe('evalueringen');
  });

  it('leaves short words alone, allows one letter up to nine and two from ten, and finds nothing far away', () => {
    expect(closestWord('mandal', ['mandag'])).toBeNull();
    expect(closestWord('tromsø', ['tromøy'])).toBeNull();
    expect(closestWord('konferannse', ['konferanse'])).toBe('konferanse');
    expect(closestWord('kontignet', ['kontingent'])).toBeNull();
    expect(closestWord('kontingnet', ['kontingent'])).toBe('kontingent');
    expect(closestWord('kontnigtn', ['kontingent'])).toBeNull();
    expect(closestWord('vitamin', words)).toBeNull();
  });
});

describe('spellingSuggester', () => {
  it('loads the word list once, and again after a failure', async () => {
    let loads = 0;
    let fail = true;
    const suggest = spellingSuggester(async () => {
      loads += 1;
      if (fail) throw new Error('offline');
      return ['kontingent'];
    });
    expect(await suggest('kontigent')).toBeNull();
    fail = false;
    expect(await suggest('kontigent')).toBe('kontingent');
    expect(await suggest('kontingnet')).toBe('kontingent');
    expect(loads).toBe(2);
  });
});
