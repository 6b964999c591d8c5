import { describe, expect, test } from 'vitest';
import { hyphenateHeadings, hyphenateLongWords, keepTogether, shortestHyphenatedWord } from '../../src/lib/typography';

const nbsp = '\u00a0';
const shown = (text: string) => keepTogether(text).replaceAll(nbsp, '~');

describe('keepTogether', () => {
  test.each([
    ['Dere kan søke om inntil kr 50 000.', 'Dere kan søke om inntil kr~50~000.'],
    ['Over 1 100 utlån det første året', 'Over 1~100 utlån det første året'],
    ['Tilskudd på 1 250 000 kroner', 'Tilskudd på 1~250~000~kroner'],
    ['NOK 300 per barn', 'NOK~300 per barn'],
    ['Opptil 40 % av kostnadene', 'Opptil 40~% av kostnadene'],
    ['Støtte på 5 000 kr.', 'Støtte på 5~000~kr.'],
  ])('keeps the amount in «%s» on one line', (text, expected) => {
    expect(shown(text)).toBe(expected);
  });

  test.each([
    ['For Alle er Sparebankstiftelsen SR-Banks satsing', 'For~Alle er Sparebankstiftelsen SR-Banks satsing'],
    ['Neste konferanse: For Alle-konferansen 2027', 'Neste konferanse: For~Alle-konferansen 2027'],
  ])("keeps the programme's name in «%s» on one line", (text, expected) => {
    expect(shown(text)).toBe(expected);
  });

  test.each([
    'Fra 2024 til 2026 deltok 12 lag.',
    'Et tilbud for alle barn.',
    'Bussen går 8 krysser før sentrum.',
    'Vi var 300 deltakere og 12 foredragsholdere.',
  ])('leaves ordinary words and years alone in «%s»', (text) => {
    expect(keepTogether(text)).toBe(text);
  });

  test('passes empty values through', () => {
    expect(keepTogether(null)).toBeNull();
    expect(keepTogether('')).toBe('');
  });
});

describe('hyphenateLongWords', () => {
  const shown = (text: string) => hyphenateLongWords(text).replaceAll('\u00ad', '|');

  test.each([
    ['Samarbeidsprosjekter', 'Sam|ar|beids|pro|sjek|ter'],
    ['Inkluderingsprosjekter', 'Inklu|de|rings|pro|sjek|ter'],
    ['Tilgjengelighetserklæring', 'Til|gjen|ge|lig|hets|er|klæ|ring'],
    ['Rapporter og forskningssammendrag', 'Rapporter og forsk|nings|sam|men|drag'],
  ])('breaks «%s» only at its syllables, never within three letters of an end', (text, expected) => {
    expect(shown(text)).toBe(expected);
  });

  test("leaves words that fit a phone's heading whole", () => {
    const fits = 'Samarbeidsprosjekt';
    expect(fits.length).toBeLessThan(shortestHyphenatedWord);
    expect(hyphenateLongWords(`Tidligere ${fits}`)).toBe(`Tidligere ${fits}`);
  });

  test('changes nothing but the soft hyphens', () => {
    const text = 'Neste konferanse: For Alle-konferansen 2027 og forskningssammendrag';
    expect(hyphenateLongWords(text).replaceAll('\u00ad', '')).toBe(text);
  });
});

describe('hyphenateHeadings', () => {
  test('hyphenates the text of h1–h4 only, not their attributes, the title or other elements', () => {
    const html =
      '<title>Samarbeidsprosjekter – For Alle</title><h1 data-x="Samarbeidsprosjekter">Samarbeidsprosjekter</h1>' +
      '<h3><a href="/samarbeidsprosjekter/" title="Inkluderingsprosjekter">Inkluderingsprosjekter</a></h3>' +
      '<p>Samarbeidsprosjekter</p><h5>Samarbeidsprosjekter</h5>';
    expect(hyphenateHeadings(html).replaceAll('\u00ad', '|')).toBe(
      '<title>Samarbeidsprosjekter – For Alle</title><h1 data-x="Samarbeidsprosjekter">Sam|ar|beids|pro|sjek|ter</h1>' +
        '<h3><a href="/samarbeidsprosjekter/" title="Inkluderingsprosjekter">Inklu|de|rings|pro|sjek|ter</a></h3>' +
        '<p>Samarbeidsprosjekter</p><h5>Samarbeidsprosjekter</h5>',
    );
  });

  // Astro leaves «>» unescaped in attribute values, where an editor's text can put it.
  test('reads a «>» inside a quoted attribute as part of the attribute, in the heading and in a tag inside it', () => {
    const html =
      '<h2 aria-label="Før > etter: Samarbeidsprosjekter">Samarbeidsprosjekter</h2>' +
      "<h3><a href='/x/' title='A > Inkluderingsprosjekter'>Inkluderingsprosjekter</a></h3>";
    expect(hyphenateHeadings(html).replaceAll('\u00ad', '|')).toBe(
      '<h2 aria-label="Før > etter: Samarbeidsprosjekter">Sam|ar|beids|pro|sjek|ter</h2>' +
        "<h3><a href='/x/' title='A > Inkluderingsprosjekter'>Inklu|de|rings|pro|sjek|ter</a></h3>",
    );
  });
});
