import { describe, expect, it } from 'vitest';
import { quote, quoteList } from '../../src/scripts/search/quote';

describe('quote', () => {
  it('quotes the visitor’s words in «», with their own «» made the inner ‘’', () => {
    expect(quote('utstyr')).toBe('«utstyr»');
    expect(quote('«Prøv alt»-uka')).toBe('«‘Prøv alt’-uka»');
  });

  it('lists words as Norwegian does', () => {
    expect(quoteList(['slides'])).toBe('«slides»');
    expect(quoteList(['a', 'b'])).toBe('«a» og «b»');
    expect(quoteList(['a', 'b', 'c'])).toBe('«a», «b» og «c»');
  });
});
