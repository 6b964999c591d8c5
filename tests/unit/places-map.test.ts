// The places map says how many areas are on the way to a project, from the number the page gives it (the site
// settings' areasInProcess), and how many of them the map shows: the count includes them, so «I fem områder til»
// under a list of two read as seven.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import PlacesMap from '../../src/components/PlacesMap.astro';

const bergen = { name: 'Bergen', slug: 'bergen', lat: 60.39, lng: 5.32, status: 'establishing' };
const sandnes = { name: 'Sandnes', slug: 'sandnes', lat: 58.85, lng: 5.74, status: 'establishing' };

async function note(areasInProcess: number, places = [bergen]) {
  const container = await AstroContainer.create();
  const $ = load(await container.renderToString(PlacesMap, { props: { places, areasInProcess } }));
  return $('.places-map__note').text().replace(/\s+/g, ' ').trim();
}

describe('the places map', () => {
  it('counts the areas in process it is given, the places on the map among them, and names those it shows', async () => {
    // The count includes the places on the map: never «I fem områder til» under a list of two.
    expect(await note(5, [bergen, sandnes])).toBe(
      'Vi snakker med fem områder om å starte et samarbeidsprosjekt, blant dem Bergen og Sandnes.',
    );
    expect(await note(4)).toBe('Vi snakker med fire områder om å starte et samarbeidsprosjekt, blant dem Bergen.');
    expect(await note(1)).toBe('Vi snakker med ett område om å starte et samarbeidsprosjekt.');
  });

  it('says nothing of the areas the map does not show («To av dem står på kartet» asked which the others were)', async () => {
    expect(await note(3, [])).toBe('Vi snakker med tre områder om å starte et samarbeidsprosjekt.');
    expect(await note(1, [])).toBe('Vi snakker med ett område om å starte et samarbeidsprosjekt.');
  });

  it('says nothing about areas in process when there are none', async () => {
    expect(await note(0, [])).toBe('');
  });

  // A number left behind when a place was added said «ett område» beside two white dots; the Studio and the content
  // report ask the editor to correct it.
  it('never counts fewer areas than the places in talks it shows', async () => {
    expect(await note(1, [bergen, sandnes])).toBe('Vi snakker med to områder om å starte et samarbeidsprosjekt.');
    expect(await note(0)).toBe('Vi snakker med ett område om å starte et samarbeidsprosjekt.');
  });

  /** The map with these places, and the names it draws as dots. */
  async function drawn(places: object[]) {
    const container = await AstroContainer.create();
    const $ = load(await container.renderToString(PlacesMap, { props: { places, areasInProcess: 0 } }));
    return {
      $,
      labels: $('svg text')
        .map((_, label) => $(label).text().trim())
        .get(),
    };
  }

  it('lists a place whose project has ended under its own heading, without a dot on the map', async () => {
    const stavanger = { name: 'Stavanger', slug: 'stavanger', lat: 58.97, lng: 5.73, status: 'ended' };
    const { $, labels } = await drawn([bergen, stavanger]);
    expect(labels).toEqual(['Bergen']);
    expect(
      $('.places-map__legend')
        .map((_, legend) => $(legend).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['Pågående samarbeidsprosjekter', 'Mulige nye samarbeidsprosjekter', 'Tidligere samarbeidsprosjekter']);
    expect($('.places-map__legend').last().next('ul').text()).toContain('Stavanger');
    // Counted among the areas in talks: Bergen alone, not the ended Stavanger.
    expect($('.places-map__note').text().replace(/\s+/g, ' ').trim()).toBe(
      'Vi snakker med ett område om å starte et samarbeidsprosjekt.',
    );
  });

  it('leaves out a place with stories or events only («Annet sted»): no dot, not in the list, not counted', async () => {
    const arendal = { name: 'Arendal', slug: 'arendal', lat: 58.46, lng: 8.77, status: 'other' };
    const { $, labels } = await drawn([bergen, arendal]);
    expect(labels).toEqual(['Bergen']);
    expect($('.places-map__list').text()).not.toContain('Arendal');
    expect($('.places-map__note').text().replace(/\s+/g, ' ').trim()).toBe(
      'Vi snakker med ett område om å starte et samarbeidsprosjekt.',
    );
  });

  it('says which places are too far north to be drawn, and draws the rest', async () => {
    const tromso = { name: 'Tromsø', slug: 'tromso', lat: 69.65, lng: 18.96, status: 'active' };
    const { $, labels } = await drawn([bergen, tromso]);
    expect($('.places-map__note').first().text().replace(/\s+/g, ' ').trim()).toBe(
      'Tromsø ligger for langt nord til å komme med på kartet.',
    );
    expect(labels).toEqual(['Bergen']);
    expect(
      $('.places-map__list a')
        .map((_, link) => $(link).text())
        .get(),
    ).toContain('Tromsø');
  });
});

describe('the list beside the map', () => {
  const oslo = { name: 'Oslo', slug: 'oslo', lat: 59.91, lng: 10.75, status: 'active', county: 'Oslo' };
  const arendal = { name: 'Arendal', slug: 'arendal', lat: 58.46, lng: 8.77, status: 'active', county: 'Agder' };

  async function list() {
    const container = await AstroContainer.create();
    const $ = load(
      await container.renderToString(PlacesMap, { props: { places: [oslo, arendal, bergen], areasInProcess: 0 } }),
    );
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    return {
      heading: squash($('h2').text()),
      legends: $('.places-map__legend')
        .map((_, legend) => squash($(legend).text()))
        .get(),
      items: $('.places-map__list li')
        .map((_, item) => squash($(item).text()))
        .get(),
    };
  }

  it('says what the map shows, without claiming a project for a place that is only in talks about one', async () => {
    const { heading, legends } = await list();
    // Bergen is «establishing» here: a heading «Her har For Alle samarbeidsprosjekter» would count it as a project.
    expect(heading).toBe('Her finner du For Alle');
    expect(legends).toEqual(['Pågående samarbeidsprosjekter', 'Mulige nye samarbeidsprosjekter']);
  });

  it('gives the county after a place, unless it is the same name («Oslo», not «Oslo (Oslo)»)', async () => {
    expect((await list()).items).toEqual(['Oslo', 'Arendal (Agder)', 'Bergen']);
  });
});
