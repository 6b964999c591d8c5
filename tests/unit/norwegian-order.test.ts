import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { norwegianOrder } from '../../src/scripts/search/norwegian-order';

const norwegian = (values: string[]) => [...values].sort((a, b) => a.localeCompare(b, 'nb'));

describe('norwegianOrder', () => {
  it('orders as the Norwegian collator does: æ, ø, å after z, «aa» as «å», accents and case after the letters', () => {
    const values = [
      'Aalesund',
      'Ål',
      'Åsgårdstrand',
      'Ørsta',
      'Æra',
      'Zeta',
      'Bergen',
      'bergen',
      'Évje',
      'Evje',
      'Øvre Eiker',
      'Ostre',
      'Sandnes',
      'Sand',
      'Sør-Varanger',
      'Sørum',
      'Sor',
      'Stavanger og omegn',
      'Stavanger',
      'Nærbø',
      'Nærland',
      'naer',
      'Tromsø',
      'Tromøy',
    ];
    expect([...values].sort(norwegianOrder)).toEqual(norwegian(values));
  });

  it('orders the places and satsingsområder of the dataset as the Norwegian collator does', () => {
    const documents = readFileSync('studio/seed/production/data.ndjson', 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { _type: string; name?: string; title?: string });
    const names = documents.flatMap((document) =>
      document._type === 'place' && document.name
        ? [document.name]
        : document._type === 'pillar' && document.title
          ? [document.title]
          : [],
    );
    expect(names.length).toBeGreaterThan(10);
    expect([...names].reverse().sort(norwegianOrder)).toEqual(norwegian(names));
  });
});
