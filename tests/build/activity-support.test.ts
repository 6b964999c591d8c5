// /aktivitetsstotte built from the minimal site with a grant of its own: a raised maximum and a round open on the
// pinned build day. The amount on the page must be the one in the dataset, wherever the page states it. What the
// rounds say on other days (after the last one, before one opens) is rendered with a chosen "now" in
// tests/unit/application-rounds-rendered.test.ts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAmount, formatDate } from '../../src/lib/format';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixedNow, page, text } from '../support/dist';
import { fixtureDataset, minimalSite } from '../support/fixture-dataset';

const stamp = { _createdAt: '2026-01-01T10:00:00Z', _updatedAt: '2026-01-01T10:00:00Z', _rev: 'fixture1' };

// Above the 50 000 the Studio used to refuse: the foundation may raise the limit, and the build must follow.
const grant = {
  _id: 'activitySupport',
  _type: 'activitySupport',
  ...stamp,
  maxAmount: 75_000,
  eligibleExpenses: ['Utstyr'],
  applyUrl: 'https://soknad.example.no/aktivitetsstotte',
  rounds: [
    // Open on the pinned build day (fixedNow, 26 November 2026).
    { _type: 'applicationRound', _key: 'r1', title: 'Vinterens runde', opensAt: '2026-11-01', deadline: '2026-12-15' },
  ],
};

// The pillar as an editor left it: a key fact and an ingress with numbers typed with ordinary spaces.
const minimalPillar = readFileSync(minimalSite, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .find((document) => document._id === 'pillar-aktivitetsstotte');
const pillar = {
  ...minimalPillar,
  ingress: 'Over 1 200 barn fikk være med i fjor.',
  keyFacts: [{ _type: 'keyFact', _key: 'k1', value: '2 500 barn', label: 'har fått være med' }],
};

let outDir: string;
beforeAll(async () => {
  outDir = testBuildDir('activity-support');
  await buildSite({
    outDir,
    env: { LOCAL_DATASET: fixtureDataset({ extra: [grant, pillar] }), BUILD_NOW: fixedNow },
  });
}, 240_000);

describe('/aktivitetsstotte with a raised maximum', () => {
  it('states the amount from the dataset, first among the key facts and under «Hvor mye kan dere få?»', () => {
    const $ = page('/aktivitetsstotte', outDir);
    const amount = formatAmount(grant.maxAmount);
    expect($('.key-facts > div').first().find('dd').text()).toBe(amount);
    expect($('#amount-heading').parent().find('strong').first().text()).toBe(amount);
    expect(
      $('main')
        .text()
        .match(/kr\s\d{1,3}(\s\d{3})*/g),
    ).toEqual([amount, amount]);
  });

  it("keeps the editor's key facts after the amount and the open round's deadline, with typed numbers on one line", () => {
    const $ = page('/aktivitetsstotte', outDir);
    const values = $('.key-facts dd')
      .map((_, value) =>
        $(value)
          .text()
          .replace(/\u00a0/g, '·'),
      )
      .get();
    expect(values).toEqual([
      formatAmount(grant.maxAmount).replace(/\u00a0/g, '·'),
      formatDate(grant.rounds[0].deadline),
      pillar.keyFacts[0].value.replace(' ', '·'),
    ]);
    expect(text($, '.key-facts > div:nth-child(2) dt')).toBe('søknadsfrist i runden som er åpen nå');
    expect($('main .ingress').text()).toBe(pillar.ingress.replace('1 200', '1\u00a0200'));
  });

  it('marks nothing «Eksempel» when the grant does not say its rounds are examples', () => {
    expect('isSample' in grant).toBe(false);
    const $ = page('/aktivitetsstotte', outDir);
    expect($('main .sample-notice, .key-facts .tag').length).toBe(0);
  });

  it('offers the application form while the round is open', () => {
    const $ = page('/aktivitetsstotte', outDir);
    expect(text($, '.rounds__status')).toContain(`${grant.rounds[0].title} er åpen.`);
    expect(
      $('a.button')
        .filter((_, link) => $(link).text() === 'Søk om aktivitetsstøtte')
        .attr('href'),
    ).toBe(grant.applyUrl);
  });
});
