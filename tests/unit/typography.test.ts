import { describe, expect, test } from 'vitest';
import { keepTogether } from '../../src/lib/typography';

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
