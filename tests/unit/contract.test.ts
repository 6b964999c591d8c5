import { describe, expect, it } from 'vitest';
import {
  parseAlsoOffered,
  parseSessionMaterial,
  serialiseAlsoOffered,
  serialiseSessionMaterial,
} from '../../src/lib/search/contract';

describe('the structured meta of a search result', () => {
  it('reads back what the build writes', () => {
    const material = { 'sesjon-abc': 'PDF og videoopptak', 'sesjon-def': 'lenke' };
    expect(parseSessionMaterial(serialiseSessionMaterial(material))).toEqual(material);
    const also = [{ context: 'Materiell fra «Fritidskassen»', url: '/konferanse/2025/#sesjon-abc-fil-1' }];
    expect(parseAlsoOffered(serialiseAlsoOffered(also))).toEqual(also);
  });

  it('reads a missing, malformed or differently shaped value as nothing', () => {
    for (const value of [undefined, '', '{', 'null', '"tekst"', '[1]']) {
      expect(parseSessionMaterial(value), String(value)).toEqual({});
      expect(parseAlsoOffered(value), String(value)).toEqual([]);
    }
    expect(parseSessionMaterial('{"sesjon-a":"PDF","sesjon-b":3}')).toEqual({ 'sesjon-a': 'PDF' });
    expect(parseAlsoOffered('[{"context":"A","url":"/a"},{"context":"B"}]')).toEqual([{ context: 'A', url: '/a' }]);
  });
});
