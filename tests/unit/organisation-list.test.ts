// The organisations under a project or a story: each name with its kind in a visitor's words, unless the kind says
// nothing («Annet») or the name already says it.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import OrganisationList from '../../src/components/OrganisationList.astro';
import { organisationKindText } from '../../src/lib/content/organisation-kind';
import { organisationKinds, otherOrganisationKind } from '@for-alle/shared/options';

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
        { _id: 'a', name: 'Fritidsnettverket i Bergen', kind: 'ideell' },
        { _id: 'b', name: 'Sparebankstiftelsen SR-Bank', kind: 'annet' },
        { _id: 'c', name: 'Uten type' },
      ]),
    ).toEqual(['Fritidsnettverket i Bergen – ideell organisasjon', 'Sparebankstiftelsen SR-Bank', 'Uten type']);
  });

  // «Fjellsiden idrettslag – Forening eller lag» printed the Studio's option, and the kind the name already said.
  it("says the kind in a visitor's words, never the Studio's option title, and not where the name says it", async () => {
    expect(
      await items([
        { _id: 'a', name: 'Fjellsiden idrettslag', kind: 'forening' },
        { _id: 'b', name: 'Friluftslaget Storhaug', kind: 'forening' },
        { _id: 'c', name: 'Hundvåg svømmeklubb', kind: 'forening' },
        { _id: 'd', name: 'Ungdomsteateret Vågsbygd', kind: 'forening' },
        { _id: 'e', name: 'Stavanger kommune, Oppvekst og utdanning', kind: 'kommune' },
        { _id: 'f', name: 'Bydel Grorud', kind: 'kommune' },
        { _id: 'g', name: 'Kulturskulen på Bryne', kind: 'kommune' },
        { _id: 'h', name: 'Agder fylkeskommune', kind: 'fylkeskommune' },
        { _id: 'i', name: 'Senter for inkluderingsforskning', kind: 'forskning' },
      ]),
    ).toEqual([
      'Fjellsiden idrettslag',
      'Friluftslaget Storhaug',
      'Hundvåg svømmeklubb',
      'Ungdomsteateret Vågsbygd – frivillig forening',
      'Stavanger kommune, Oppvekst og utdanning',
      'Bydel Grorud',
      'Kulturskulen på Bryne – kommunal',
      'Agder fylkeskommune',
      'Senter for inkluderingsforskning',
    ]);
  });

  it('has a visitor label for every kind the Studio offers but «Annet», and none is the option title', () => {
    for (const { title, value } of organisationKinds.filter(({ value }) => value !== otherOrganisationKind)) {
      const label = organisationKindText('Navn', value);
      expect(label, value).toBeTruthy();
      expect(label, value).not.toBe(title);
      expect(label, value).not.toMatch(/ eller /);
    }
  });
});
