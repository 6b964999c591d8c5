import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/regexp';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text literally, special characters included', () => {
    const text = 'C++ (v1.2) [utkast] *$^|?{}\\';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
