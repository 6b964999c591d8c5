// A pillar's key facts: each read as the figure and then the label that finishes it, in the markup as on screen.
// (How they lay out on a phone is a browser check: tests/e2e/text-layout.test.ts.)
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import KeyFacts from '../../src/components/KeyFacts.astro';

async function render(facts: [string, string][], isSample = false) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(KeyFacts, {
    props: { facts: facts.map(([value, label], index) => ({ _key: String(index), value, label, isSample })) },
  });
  return load(html);
}

describe('key facts', () => {
  it('read as the sentence they show: the figure first, then its label', async () => {
    const facts: [string, string][] = [
      ['7 byer', 'med pågående samarbeidsprosjekt'],
      ['2020', 'da de første samarbeidsprosjektene startet'],
    ];
    const $ = await render(facts);
    // The text in document order, as a screen reader, reader mode or a copy reads it: without the soft hyphens that let
    // a long word break at a syllable in a narrow box, which none of them reads.
    const read = $('.key-facts > li')
      .map((_, fact) =>
        $(fact)
          .text()
          .replace(/\u00ad/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .get();
    expect(read).toEqual(facts.map(([value, label]) => `${value} ${label}`));
    expect($('.key-facts__label').eq(1).text()).toMatch(/sam\u00adar\u00adbeids\u00adpro/);
    // A figure from example content keeps its «Eksempel» after the label it belongs to, read in parentheses
    // (SampleNotice's hidden brackets) so it is not heard as part of the label.
    const sample = await render(facts.slice(0, 1), true);
    expect(sample('.key-facts > li').text().replace(/\s+/g, ' ').trim()).toBe(
      `${facts[0][0]} ${facts[0][1]} (Eksempel)`,
    );
  });
});
