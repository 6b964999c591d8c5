// A place whose collaboration project has ended («Tidligere samarbeidsprosjekt»), built for real on the minimal site:
// its page and card stay, it has no dot on the map and is not counted among the cities, and its page says how a new
// project starts instead of asking visitors to contact the ended one. The parts are tested on their own in
// tests/unit/places-map.test.ts and tests/unit/place-page.test.ts. Tromsø, a place with a story only («Annet sted, uten
// samarbeidsprosjekt»), is built beside it: it has a page and a card, but no dot, no place in the list by the map and
// no status anywhere, where any other status would have put it on the map as a project.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixedNow, page, text } from '../support/dist';
import { fixtureDataset, fixturePlace, fixtureStory } from '../support/fixture-dataset';

// Bergen (fixturePlace) runs its project; Arendal is the same kind of place, with its project ended.
const arendal = {
  ...fixturePlace,
  _id: 'place-arendal',
  name: 'Arendal',
  slug: { _type: 'slug', current: 'arendal' },
  county: 'Agder',
  status: 'ended',
  location: { _type: 'geopoint', lat: 58.46, lng: 8.77 },
};
const tromso = {
  ...fixturePlace,
  _id: 'place-tromso',
  name: 'Tromsø',
  slug: { _type: 'slug', current: 'tromso' },
  county: 'Troms',
  status: 'other',
  location: { _type: 'geopoint', lat: 69.65, lng: 18.96 },
};
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
          tromso,
          formerLeader,
          ...projects,
          fixtureStory('inkludering-i-tromso', {
            place: { _type: 'reference', _ref: tromso._id },
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
    expect($('.places-map').text()).not.toContain('Tromsø');
    const card = $('.place-card:has(a[href="/steder/tromso/"])');
    expect(card.length).toBe(1);
    expect(text($, '.place-card:has(a[href="/steder/tromso/"]) p:not(.card__meta)')).toBe('');
    const place = page('/steder/tromso', outDir);
    expect(text(place, 'h1 + p.muted')).toBe('Troms');
    expect(place('a[href="/historier/inkludering-i-tromso/"]').length).toBeGreaterThan(0);
  });

  it('is not counted among the cities or the areas in talks', () => {
    const $ = page('/samarbeidsprosjekter', outDir);
    expect(text($, '.key-facts > li:first-child')).toBe('1 by med pågående samarbeidsprosjekt');
    expect($('.places-map__note').text()).not.toMatch(/område/);
  });
});
