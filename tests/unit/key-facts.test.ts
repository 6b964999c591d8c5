// A pillar's key facts sit two by two on a phone only when no word is too long for half the width, so a long
// compound never breaks in the middle of a box.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import KeyFacts from '../../src/components/KeyFacts.astro';

async function classes(facts: [string, string][]) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(KeyFacts, {
    props: { facts: facts.map(([value, label], index) => ({ _key: String(index), value, label })) },
  });
  return load(html)('dl').attr('class')?.split(' ');
}

describe('key facts', () => {
  it('pair up when every word is short', async () => {
    expect(
      await classes([
        ['300 deltakere', 'på konferansedagen'],
        ['kr 50 000', 'som mest per organisasjon'],
      ]),
    ).toEqual(['key-facts', 'key-facts--pairs']);
  });

  it('keep one box a row on a phone when a word would not fit in half of it', async () => {
    expect(await classes([['2020', 'da de første samarbeidsprosjektene startet']])).toEqual(['key-facts']);
    expect(await classes([['Samarbeidsprosjekter', 'i sju byer']])).toEqual(['key-facts']);
  });
});
