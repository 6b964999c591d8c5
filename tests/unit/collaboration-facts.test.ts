// The first key facts on /samarbeidsprosjekter are counted, so a city that joins changes them with the map.
import { describe, expect, it } from 'vitest';
import { collaborationFacts } from '../../src/lib/content/collaboration-facts';

const active = { status: 'active', isSample: false };
const establishing = { status: 'establishing', isSample: false };

describe('collaborationFacts', () => {
  it('counts the places with an active project and takes the areas in process from the settings', () => {
    const facts = collaborationFacts([active, active, establishing, active], 5);
    expect(facts.map((fact) => [fact.value, fact.label])).toEqual([
      ['3 byer', 'med pågående samarbeidsprosjekt'],
      ['5 områder', 'med mulig nytt samarbeidsprosjekt'],
    ]);
  });

  it('does not count a place whose project has ended («7 byer med pågående samarbeidsprosjekt»)', () => {
    expect(collaborationFacts([active, active, { status: 'ended', isSample: false }], 0)[0].value).toBe('2 byer');
  });

  it('follows a place that becomes active', () => {
    const before = collaborationFacts([active, establishing], 2);
    const after = collaborationFacts([active, active], 1);
    expect([before[0].value, after[0].value, after[1].value]).toEqual(['1 by', '2 byer', '1 område']);
  });

  it('leaves out a figure that is zero or not set, rather than saying «0 byer»', () => {
    expect(collaborationFacts([], null)).toEqual([]);
    expect(collaborationFacts([active], 0).map((fact) => fact._key)).toEqual(['activePlaces']);
  });

  it('never counts fewer areas than the places «Under etablering», as the map beside it does', () => {
    expect(collaborationFacts([active, establishing, establishing], 1)[1].value).toBe('2 områder');
    expect(collaborationFacts([establishing], null).map((fact) => fact.value)).toEqual(['1 område']);
  });

  it('marks the count as an example when an example place is in it', () => {
    expect(collaborationFacts([active, { status: 'active', isSample: true }], 1)[0].isSample).toBe(true);
    expect(collaborationFacts([active, { status: 'establishing', isSample: true }], 1)[0].isSample).toBe(false);
  });
});
