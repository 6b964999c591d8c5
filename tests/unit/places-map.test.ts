// The places map says how many areas are on the way to a project, from the number the page gives it (the site
// settings' areasInProcess), and whether some of them are not on the map yet.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import PlacesMap from '../../src/components/PlacesMap.astro';
import { countInWords } from '../../src/lib/number-words';

const bergen = { name: 'Bergen', slug: 'bergen', lat: 60.39, lng: 5.32, status: 'establishing' };

async function note(areasInProcess: number) {
  const container = await AstroContainer.create();
  const $ = load(await container.renderToString(PlacesMap, { props: { places: [bergen], areasInProcess } }));
  return $('.places-map__note').text().replace(/\s+/g, ' ').trim();
}

describe('the places map', () => {
  it('counts the areas in process it is given, and says when the map shows fewer of them', async () => {
    expect(await note(4)).toBe(
      `Det pågår en prosess mot mulig etablering i ${countInWords(4, 'ett område', 'områder')}. Ikke alle er med på kartet ennå.`,
    );
    expect(await note(1)).toBe('Det pågår en prosess mot mulig etablering i ett område.');
  });

  it('says nothing about areas in process when there are none', async () => {
    expect(await note(0)).toBe('');
  });
});
