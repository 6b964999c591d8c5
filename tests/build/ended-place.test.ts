// A place whose collaboration project has ended («Tidligere samarbeidsprosjekt»), built for real on the minimal site:
// its page and card stay, it has no dot on the map and is not counted among the cities, and its page says how a new
// project starts instead of asking visitors to contact the ended one. The parts are tested on their own in
// tests/unit/places-map.test.ts and tests/unit/place-page.test.ts. Flekkefjord, a place with a story only («Annet sted, uten
// samarbeidsprosjekt»), is built beside it: it has a page and a card, but no dot, no place in the list by the map and
// no status anywhere, where any other status would have put it on the map as a project.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixedNow, page, text } from '../support/dist';
import { fixtureDataset, fixturePlace, fixturePlaceAt, fixtureStory } from '../support/fixture-dataset';

// Bergen (fixturePlace) runs its project; Arendal is the same kind of place, with its project ended.
const arendal = fixturePlaceAt('arendal', 'Arendal', { lat: 58.46, lng: 8.77 }, { county: 'Agder', status: 'ended' });
// Far enough south for the map to draw it (Tromsø is not), so «no dot» is the status's doing.
const flekkefjord = fixturePlaceAt(
  'flekkefjord',
  'Flekkefjord',
  { lat: 58.3, lng: 6.66 },
  { county: 'Agder', status: 'other' },
);
const formerLeader = {
  _id: 'person-tidligere',
  _type: 'person',
  name: 'Tidligere Leder',
  email: 'tidligere@example.no',
};
const projects = [
  {
    _id: 'project-arendal',
    _type: 'collaborationProject',
    title: 'For Alle Arendal',
    place: { _type: 'reference', _ref: 'place-arendal' },
    startYear: 2021,
    status: 'ended',
    contacts: [{ _type: 'reference', _ref: 'person-tidligere', _key: 'c1' }],
  },
  {
    _id: 'project-bergen',
    _type: 'collaborationProject',
    title: 'For Alle Bergen',
    place: { _type: 'reference', _ref: fixturePlace._id },
    startYear: 2020,
    status: 'active',
  },
];

let outDir: string;
beforeAll(async () => {
  outDir = testBuildDir('ended-place');
  await buildSite({
    outDir,
    env: {
      LOCAL_DATASET: fixtureDataset({
        extra: [
          fixturePlace,
          arendal,
          flekkefjord,
          formerLeader,
          ...projects,
          fixtureStory('inkludering-i-flekkefjord', {
            place: { _type: 'reference', _ref: flekkefjord._id },
            pillar: { _type: 'reference', _ref: 'pillar-inkluderingsprosjekter' },
          }),
        ],
      }),
      BUILD_NOW: fixedNow,
    },
    searchIndex: false,
  });
}, 240_000);

describe('a place whose collaboration project has ended', () => {
  it('is listed beside the map under «Tidligere samarbeidsprosjekter», without a dot, and keeps its card', () => {
    const $ = page('/steder', outDir);
    expect(
      $('.places-map svg text')
        .map((_, label) => $(label).text().trim())
        .get(),
    ).toEqual(['Bergen']);
    const legend = $('.places-map__legend').filter((_, element) => $(element).text().includes('Tidligere'));
    expect(legend.text().trim()).toBe('Tidligere samarbeidsprosjekter');
    expect(
      legend
        .next('ul')
        .find('a')
        .map((_, link) => $(link).attr('href'))
        .get(),
    ).toEqual(['/steder/arendal/']);
    expect($('.place-card a[href="/steder/arendal/"]').length).toBe(1);
  });

  it('is not counted among the cities with a running project', () => {
    const $ = page('/samarbeidsprosjekter', outDir);
    expect(text($, '.key-facts > li:first-child')).toBe('1 by med pågående samarbeidsprosjekt');
  });

  it('says on its page that the project has ended and how a new one starts, not «ask the project»', () => {
    const $ = page('/steder/arendal', outDir);
    expect(text($, 'h1 + p.muted')).toBe('Agder · Tidligere samarbeidsprosjekt');
    expect(text($, '#next-step-heading + p')).toMatch(
      /^Samarbeidsprosjektet i Arendal er avsluttet\. Et nytt samarbeidsprosjekt blir til i tett dialog/,
    );
    // The ended project's contact may have moved on: not offered as the one to ask.
    expect($('a[href="mailto:tidligere@example.no"]').length).toBe(0);
  });
});

describe('a place with a story only («Annet sted, uten samarbeidsprosjekt»)', () => {
  it('has no dot, no line in the list beside the map and no status on its card, but keeps its card and page', () => {
    const $ = page('/steder', outDir);
    expect($('.places-map').text()).not.toContain('Flekkefjord');
    const card = $('.place-card:has(a[href="/steder/flekkefjord/"])');
    expect(card.length).toBe(1);
    expect(text($, '.place-card:has(a[href="/steder/flekkefjord/"]) p:not(.card__meta)')).toBe('');
    const place = page('/steder/flekkefjord', outDir);
    expect(text(place, 'h1 + p.muted')).toBe('Agder');
    expect(place('a[href="/historier/inkludering-i-flekkefjord/"]').length).toBeGreaterThan(0);
  });

  it('is not counted among the cities or the areas in talks', () => {
    const $ = page('/samarbeidsprosjekter', outDir);
    expect(text($, '.key-facts > li:first-child')).toBe('1 by med pågående samarbeidsprosjekt');
    expect($('.places-map__note').text()).not.toMatch(/område/);
  });
});
