import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../../src/scripts/search/pagefind-api';
import { wholeWordFirst } from '../../src/scripts/search/whole-word-first';
import { pagefindResult } from '../support/pagefind-result';

/** A result whose matches are the words of `text` that begin with one of `prefixes`, as Pagefind marks them. */
function result(id: string, text: string, prefixes: string[]): PagefindResult {
  const locations = text
    .split(' ')
    .flatMap((word, index) => (prefixes.some((prefix) => word.toLowerCase().startsWith(prefix)) ? [index] : []));
  return pagefindResult(id, text, locations);
}

const order = async (results: PagefindResult[], words: string[]) =>
  (await wholeWordFirst(results, words)).map((found) => found.id);

describe('wholeWordFirst', () => {
  it('puts a page with the name before pages with longer words that begin like it, each group in its order', async () => {
    const results = [
      result('stotte', 'Støtte i Norge og Norden', ['nor']),
      result('om', 'Lag i hele Norge', ['nor']),
      result('konferanse', 'Nora Aasen, Oslo kommune', ['nor']),
      result('program', 'Innlegg ved Nora Aasen', ['nor']),
    ];
    expect(await order(results, ['nora'])).toEqual(['konferanse', 'program', 'stotte', 'om']);
  });

  it('counts an inflected form, a compound the word begins and a part of a hyphenated word as the word itself', async () => {
    const results = [
      result('norge', 'Lag i hele Norge', ['nor']),
      result('noras', 'Noras innlegg', ['nor']),
      result('norden', 'Turer i Norden', ['nor']),
      result('prosjekt', 'Nora-prosjektet i Oslo', ['nor']),
      result('noraklubben', 'Noraklubben', ['nor']),
    ];
    expect(await order(results, ['nora'])).toEqual(['noras', 'prosjekt', 'noraklubben', 'norge', 'norden']);
  });

  it('leaves a word of six letters or more alone: its longer matches are its own inflections and compounds', async () => {
    const results = [
      result('steder', 'Fotballklubber i Haugesund', ['fotball']),
      result('fotball', 'Fotball for alle', ['fotball']),
    ];
    expect(await order(results, ['fotball'])).toEqual(['steder', 'fotball']);
    const trainers = [result('kurs', 'Trenere og trenerne', ['trener']), result('kontakt', 'Ring trener', ['trener'])];
    expect(await order(trainers, ['trener'])).toEqual(['kurs', 'kontakt']);
  });

  it('asks every subject word, but no question word or small word, to be there as itself', async () => {
    const results = [
      result('aktivitetsstotte', 'Hvor mye kan dere få? Dere vil', ['hvor', 'mye', 'vi', 'få']),
      result('om', 'Vi viser hvor mye vi kan få til', ['hvor', 'mye', 'vi', 'få']),
    ];
    // «vi» only begins «vil» on the grant's page, which still answers the question first.
    expect(await order(results, ['hvor', 'mye', 'vi', 'fa'])).toEqual(['aktivitetsstotte', 'om']);
    // «få» (folded «fa», as searched) is a small word: a page need not have it, only begin «Far» with it.
    const equipment = [
      result('utstyrsbanken', 'Barn og Far henter gratis utstyr', ['kan', 'barn', 'fa', 'gratis', 'utstyr']),
      result('aktivitetsstotte', 'Barn kan få gratis utstyr', ['kan', 'barn', 'fa', 'gratis', 'utstyr']),
    ];
    expect(await order(equipment, ['kan', 'barn', 'fa', 'gratis', 'utstyr'])).toEqual([
      'utstyrsbanken',
      'aktivitetsstotte',
    ]);
    const tor = [
      result('stavanger', 'Programmet torsdag med Egil', ['tor', 'egil']),
      result('konferanse', 'Tor Egil Berg snakket torsdag', ['tor', 'egil']),
    ];
    expect(await order(tor, ['tor', 'egil'])).toEqual(['konferanse', 'stavanger']);
  });

  it('leaves the order alone when no page, or every page, has the words themselves (a word being typed)', async () => {
    const results = [result('a', 'Utstyrsbank i Bergen', ['utst']), result('b', 'Utstyr til laget', ['utst'])];
    expect(await order(results, ['utst'])).toEqual(['a', 'b']);
    expect(await order(results, [])).toEqual(['a', 'b']);
  });
});
