// /aktivitetsstotte as the bundled dataset builds it at the pinned time (no round open yet, the rounds and terms
// marked as examples), and built from the minimal site with a grant of its own: a raised maximum and a round open on
// the pinned build day. The amount on the page must be the one in the dataset, wherever the page states it. What the
// rounds say on other days (after the last one, before one opens) is rendered with a chosen "now" in
// tests/unit/application-rounds-rendered.test.ts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixedNow, page, text } from '../support/dist';
import { fixtureDataset, minimalSite } from '../support/fixture-dataset';
import { norwegianDate } from '../support/norwegian-date';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

const stamp = { _createdAt: '2026-01-01T10:00:00Z', _updatedAt: '2026-01-01T10:00:00Z', _rev: 'fixture1' };

// Above the 50 000 the Studio used to refuse: the foundation may raise the limit, and the build must follow.
const grant = {
  _id: 'activitySupport',
  _type: 'activitySupport',
  ...stamp,
  maxAmount: 75_000,
  eligibleExpenses: ['Utstyr'],
  applyUrl: 'https://soknad.example.no/aktivitetsstotte',
  beforeApplying: ['Antall medlemmer', 'En plan for pengene'],
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
    searchIndex: false,
  });
}, 240_000);

describe('/aktivitetsstotte with a raised maximum', () => {
  it('states the amount from the dataset, first among the key facts and under «Hvor mye kan dere få?»', () => {
    const $ = page('/aktivitetsstotte', outDir);
    const amount = $('.key-facts > li').first().find('.key-facts__value').text();
    expect(amount.replace(/\D/g, '')).toBe(String(grant.maxAmount));
    // No ordinary space, so the amount never breaks over two lines.
    expect(amount).toMatch(/^kr\u00a0\d{1,3}(\u00a0\d{3})*$/);
    expect($('#amount-heading').parent().find('strong').first().text()).toBe(amount);
    // Every amount the page names is that one: no text repeats a number that would stay behind when it changes.
    expect(
      $('main')
        .text()
        .match(/kr\s\d{1,3}(\s\d{3})*/g),
    ).toEqual([amount, amount]);
  });

  it("keeps the editor's key facts after the amount and the open round's deadline, with typed numbers on one line", () => {
    const $ = page('/aktivitetsstotte', outDir);
    const values = $('.key-facts__value')
      .map((_, value) =>
        $(value)
          .text()
          .replace(/\u00a0/g, '·'),
      )
      .get();
    expect(values).toEqual([
      // 75 000 kroner, written as Norwegian does, with no-break spaces.
      'kr·75·000',
      norwegianDate(grant.rounds[0].deadline),
      pillar.keyFacts[0].value.replace(' ', '·'),
    ]);
    expect(text($, '.key-facts > li:nth-child(2) .key-facts__label')).toBe('er søknadsfristen i runden som er åpen nå');
    expect($('main .ingress').text()).toBe(pillar.ingress.replace('1 200', '1\u00a0200'));
  });

  it('marks nothing «Eksempel» when the grant does not say its rounds are examples', () => {
    expect('isSample' in grant).toBe(false);
    const $ = page('/aktivitetsstotte', outDir);
    expect($('main .sample-notice, .key-facts .tag').length).toBe(0);
  });

  it('offers the open round and the form right after the key facts, with what to have ready before the button', () => {
    const $ = page('/aktivitetsstotte', outDir);
    const block = $('.key-facts').next();
    expect(block.is('.apply-now'), 'the block right after the key facts').toBe(true);
    expect(text($, '.apply-now h2')).toBe(`${grant.rounds[0].title} er åpen`);
    expect(text($, '.apply-now > p').startsWith(`Søknadsfristen er ${norwegianDate(grant.rounds[0].deadline)}.`)).toBe(
      true,
    );
    const form = $('a.button').filter((_, link) => $(link).text().trim() === 'Søk om aktivitetsstøtte');
    expect(form.length, 'the form is offered once').toBe(1);
    expect(form.closest('.apply-now').length).toBe(1);
    expect(form.attr('href')).toBe(grant.applyUrl);
    // «Før dere søker» and its points come before the button in reading order.
    expect(
      block
        .find('h3, li, a.button')
        .map((_, element) => $(element).text().trim())
        .get(),
    ).toEqual(['Før dere søker', ...grant.beforeApplying, 'Søk om aktivitetsstøtte']);
    // The table of rounds stays below and does not say it again.
    expect($('#rounds-heading').length).toBe(1);
    expect($('.rounds__status').length).toBe(0);
  });
});

describe('/aktivitetsstotte from the bundled dataset, before its next round opens', () => {
  /** The day the next round opens, after the pinned build day, read from the dataset. */
  const nextOpening = () =>
    data.fetch<string>('*[_id == "activitySupport"][0].rounds[opensAt > $today] | order(opensAt asc)[0].opensAt', {
      today: fixedNow.slice(0, 10),
    });

  it('offers the application form only while a round is open, and says when the next one opens', async () => {
    // The bundled rounds all open after the pinned build day.
    const rounds = await data.fetch<{ opensAt: string; deadline: string }[]>(
      '*[_id == "activitySupport"][0].rounds[]{ opensAt, deadline }',
    );
    expect(rounds.every((round) => round.opensAt > fixedNow.slice(0, 10))).toBe(true);
    const $ = page('/aktivitetsstotte');
    // Right after the key facts, before the illustration: on a phone it is on the first screen.
    const block = $('.key-facts').next();
    expect(block.is('.apply-now'), 'the block right after the key facts').toBe(true);
    expect(text($, '.apply-now h2')).toBe(`Neste søknadsrunde åpner ${norwegianDate(await nextOpening())}`);
    expect(text($, '.apply-now > p')).toContain('Når runden åpner, kommer lenken til søknadsskjemaet her.');
    expect(block.nextAll('.pillar__image, figure').length).toBeGreaterThan(0);
    // What to have ready, so a club can prepare before the round opens.
    const beforeApplying = await data.fetch<string[]>('*[_id == "activitySupport"][0].beforeApplying');
    expect(beforeApplying.length).toBeGreaterThan(0);
    expect(
      block
        .find('li')
        .map((_, item) => $(item).text().trim())
        .get(),
    ).toEqual(beforeApplying);
    expect($('a.button').filter((_, link) => $(link).text().includes('Søk om aktivitetsstøtte')).length).toBe(0);
    expect(text($, '.rounds')).not.toContain('fristen er ute');
  });

  it('says by when, right after how much: the next opening day and its deadline are the second and third key figures', async () => {
    const open = await data.fetch<number>(
      'count(*[_id == "activitySupport"][0].rounds[opensAt <= $today && deadline >= $today])',
      { today: fixedNow.slice(0, 10) },
    );
    expect(open).toBe(0);
    // A key figure as read: its value (no-break spaces as spaces) and the first words of its label.
    const figure = (index: number) => {
      const fact = page('/aktivitetsstotte')('.key-facts > li').eq(index);
      return {
        fact,
        value: fact
          .find('.key-facts__value')
          .text()
          .replace(/\u00a0/g, ' '),
        label: fact.find('.key-facts__label').contents().first().text().trim(),
      };
    };
    expect(figure(1)).toMatchObject({
      value: norwegianDate(await nextOpening()),
      label: 'åpner neste søknadsrunde',
    });
    // And the date a club must not miss, that round's deadline, beside it.
    const deadline = await data.fetch<string>(
      '*[_id == "activitySupport"][0].rounds[opensAt > $today] | order(opensAt asc)[0].deadline',
      { today: fixedNow.slice(0, 10) },
    );
    const next = figure(2);
    expect(next).toMatchObject({ value: norwegianDate(deadline), label: 'er søknadsfristen i neste runde' });
    expect(next.fact.find('.key-facts__label .tag').text()).toBe('Eksempel');
  });

  it('marks the rounds, the opening day and the terms under them «Eksempel» while the grant says they are examples', async () => {
    const isSample = await data.fetch<boolean | null>('*[_id == "activitySupport"][0].isSample');
    // The bundled rounds and terms are invented: the programme's text gives only the amount and what it covers.
    expect(isSample).toBe(true);
    const $ = page('/aktivitetsstotte');
    const section = (id: string) => $(`#${id}`).parent();
    expect(section('rounds-heading').children('.sample-notice').length).toBe(1);
    // «Når dere har fått støtte» comes after the rounds' section, with a notice of its own at the head of its own
    // section («Før dere søker» is at the top).
    const terms = section('rounds-heading').next('.section').children('.sample-notice');
    expect(terms.length).toBe(1);
    expect(terms.nextAll().find('h2').length).toBeGreaterThan(0);
    // The programme's own facts carry no notice: who can apply, for what, and how much.
    for (const id of ['who-heading', 'expenses-heading', 'amount-heading']) {
      expect(section(id).find('.sample-notice, .tag').length, id).toBe(0);
    }
    const facts = $('.key-facts > li');
    expect(facts.eq(0).find('.tag').length).toBe(0);
    expect(facts.eq(1).find('.key-facts__label .tag').text()).toBe('Eksempel');
    // The home page's «Neste søknadsrunde åpner …» is the same date from the same rounds.
    const card = page('/')('#apply-heading').parent().find('.apply-paths li').first();
    expect(card.find('p').first().text().replace(/\s+/g, ' ').trim()).toMatch(
      // «(Eksempel)» as a screen reader reads it: the parentheses are visually hidden (SampleNotice).
      /Neste søknadsrunde åpner .+\. \(Eksempel\)$/,
    );
  });

  it('says when its words last changed, the later of the pillar and the grant, on paper too, outside the search index', async () => {
    const dates = await data.fetch<string[]>(
      '*[_id == "activitySupport" || (_type == "pillar" && slug.current == "aktivitetsstotte")]._updatedAt',
    );
    expect(dates).toHaveLength(2);
    const latest = dates.toSorted().at(-1)!;
    const $ = page('/aktivitetsstotte');
    const line = $('main p').filter((_, p) => $(p).text().startsWith('Sist oppdatert'));
    expect(line.length).toBe(1);
    expect(line.text().replace(/\s+/g, ' ').trim()).toBe(`Sist oppdatert ${norwegianDate(latest)}.`);
    expect(line.find('time').attr('datetime')).toBe(latest);
    expect(line.attr('data-pagefind-ignore')).toBeDefined();
    expect(line.closest('.no-print').length).toBe(0);
  });

  it('names the kinds of clubs that can apply, in the words they search with, and invents no area', () => {
    const $ = page('/aktivitetsstotte');
    const who = $('#who-heading').parent().text().replace(/\s+/g, ' ');
    for (const word of ['idrettslag', 'fotballklubber', 'håndballklubber', 'korps']) expect(who).toContain(word);
    // No area is invented, and none is said to be missing («… står ikke her ennå» read as a draft's note): the
    // parents' line and the contact person at the foot answer a club that is unsure.
    expect(who).not.toMatch(/deler av landet|står ikke her/);
    expect(who).toContain('ta kontakt med oss');
    expect($('.contacts h2').text().trim()).toBe('Spørsmål om aktivitetsstøtten?');
  });

  it('says which children the amount depends on in plain words, not the jargon «barn og unge i målgruppen»', () => {
    const main = text(page('/aktivitetsstotte'), 'main');
    expect(main).not.toContain('målgruppe');
    expect(main).toContain('hvor mange barn og unge dere kan nå som ikke har råd til å være med');
  });

  it('states the maximum as the most one can apply for, not as a limit per organisation', () => {
    const $ = page('/aktivitetsstotte');
    expect(text($, '.key-facts > li:first-child')).toMatch(/^kr \d{1,3}( \d{3})* er det meste dere kan søke om$/);
    expect(text($, 'main')).not.toContain('per organisasjon');
  });

  it("is one page: the pillar's heading, lead paragraph and contact people, each once", async () => {
    const pillar = await data.fetch<{ title: string; ingress: string; contacts: string[] }>(
      '*[_id == "pillar-aktivitetsstotte"][0]{ title, ingress, "contacts": contacts[]->name }',
    );
    const $ = page('/aktivitetsstotte');
    expect(text($, 'main h1')).toBe(pillar.title);
    expect($('main .ingress').length).toBe(1);
    expect(text($, 'main .ingress')).toBe(pillar.ingress.replace(/\s+/g, ' '));
    expect($('main .contacts').length).toBe(1);
    expect(text($, '.contacts h2')).toBe('Spørsmål om aktivitetsstøtten?');
    expect(
      $('.contacts__name')
        // The name alone, without the «(Eksempel)» an invented person carries.
        .map((_, name) => $(name).contents().not('.tag, .visually-hidden').text().trim())
        .get(),
    ).toEqual(pillar.contacts);
  });
});
