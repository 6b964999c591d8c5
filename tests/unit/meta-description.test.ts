// A page's description for search engines: whole sentences within the limit, so a snippet ends where a thought does.
import { describe, expect, it } from 'vitest';
import { metaDescription, metaDescriptionLimit } from '../../src/lib/meta-description';

const sentence = (words: number) => `Ord${' ord'.repeat(words - 1)}.`;

describe('a meta description', () => {
  it('is the text itself when it fits', () => {
    expect(metaDescription('Kort tekst.  Med  mellomrom.')).toBe('Kort tekst. Med mellomrom.');
  });

  it('keeps the whole sentences from the start that fit, and drops the rest', () => {
    const first = `I Bergen jobber For Alle for at alle barn og unge kan være med på fritidsaktiviteter.`;
    const second = 'Etter For Alle-konferansen er det workshop i Bergen.';
    const third = 'Organisasjoner og det offentlige jobber sammen i et For Alle-samarbeidsprosjekt.';
    expect(metaDescription(`${first} ${second} ${third}`)).toBe(`${first} ${second}`);
  });

  it('does not end a sentence at a date or a time («20. januar», «kl. 12.00»)', () => {
    const text = `Konferansen er 20. januar 2027 kl. 09.00 i Stavanger. ${sentence(40)}`;
    expect(metaDescription(text)).toBe('Konferansen er 20. januar 2027 kl. 09.00 i Stavanger.');
  });

  it('cuts a first sentence that is too long after a word, with «…», never past the limit', () => {
    const long = sentence(60);
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(metaDescriptionLimit);
    expect(cut).toMatch(/^Ord( ord)+ …$/);
  });
});
