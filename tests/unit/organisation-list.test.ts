// The organisations under a project or a story: each name with its kind, unless the kind says nothing («Annet»).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import OrganisationList from '../../src/components/OrganisationList.astro';

async function items(organisations: { _id: string; name: string; kind?: string }[]) {
  const container = await AstroContainer.create();
  const $ = load(await container.renderToString(OrganisationList, { props: { organisations } }));
  return $('li')
    .map((_, item) => $(item).text().replace(/\s+/g, ' ').trim())
    .get();
}

describe('the list of organisations', () => {
  it('gives each organisation its kind, but not «Annet» («Sparebankstiftelsen SR-Bank – Annet» told nothing)', async () => {
    expect(
      await items([
        { _id: 'a', name: 'Hundvåg svømmeklubb', kind: 'forening' },
        { _id: 'b', name: 'Sparebankstiftelsen SR-Bank', kind: 'annet' },
        { _id: 'c', name: 'Uten type' },
      ]),
    ).toEqual(['Hundvåg svømmeklubb – Forening eller lag', 'Sparebankstiftelsen SR-Bank', 'Uten type']);
  });
});
