import { describe, expect, it } from 'vitest';
import { venueLine } from '../../src/lib/content/venue';

describe('venueLine', () => {
  it('names the town once, even when the venue or the address already says it', () => {
    expect(venueLine({ name: 'Frivillighetens hus', address: 'Eksempelgata 10, Bergen' }, 'Bergen')).toBe(
      'Frivillighetens hus, Eksempelgata 10, Bergen',
    );
    expect(venueLine({ name: 'Frivillighetens hus, Bergen' }, 'Bergen', { withAddress: false })).toBe(
      'Frivillighetens hus, Bergen',
    );
  });

  it('adds the town when nothing else says it, and leaves out what is missing', () => {
    expect(venueLine({ name: 'Kurssted på Jæren', address: 'Eksempelvegen 5' }, 'Bryne')).toBe(
      'Kurssted på Jæren, Eksempelvegen 5, Bryne',
    );
    expect(venueLine({ name: 'Rådhuset', address: 'Torget 1' }, null, { withAddress: false })).toBe('Rådhuset');
    expect(venueLine(null, 'Oslo')).toBe('Oslo');
    expect(venueLine({ name: '  ', address: null }, null)).toBe('');
  });
});
