import { describe, expect, it } from 'vitest';
import { pillarInDefinite } from '../../src/lib/content/stories';

describe('pillarInDefinite', () => {
  it('puts a pillar’s plural title in the definite form a reader expects after «Historier fra»', () => {
    expect(pillarInDefinite('Samarbeidsprosjekter')).toBe('samarbeidsprosjektene');
    expect(pillarInDefinite('Enkeltstående inkluderingsprosjekter')).toBe('enkeltstående inkluderingsprosjektene');
    expect(pillarInDefinite('Forskning')).toBe('forskning');
  });
});
