// The places as a visitor meets them: each place's page, the map and the list beside it on the pages that show it,
// and how the programme's areas on the way are counted. Expected places are read from the bundled dataset.
import { formatList } from '../../src/lib/format-list';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { projectStartText } from '../../src/lib/content/project-start';
import { formatAmount } from '../../src/lib/format';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { buildSite, testBuildDir } from '../support/build-site';
import { organisationKinds } from '@for-alle/shared/options';
import { fixedNow, page, pagePaths, text } from '../support/dist';
import { fixtureDataset } from '../support/fixture-dataset';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

const placeSlugs = () => data.fetch<string[]>('*[_type == "place" && defined(slug.current)].slug.current');

describe('places', () => {
  it('without a project yet, say how to take part and whom to ask, instead of ending in an empty page', async () => {
    const without = await data.fetch<string[]>(
      '*[_type == "place" && count(*[_type == "collaborationProject" && place._ref == ^._id]) == 0].slug.current',
    );
    const contacts = await data.fetch<string[]>('*[_id == "pillar-samarbeidsprosjekter"][0].contacts[]->email');
    expect(without.length).toBeGreaterThan(0);
    for (const slug of without) {
      const $ = page(`/steder/${slug}`);
      expect($('#next-step-heading').parent().find('a[href="/samarbeidsprosjekter/#soknad"]').length, slug).toBe(1);
      for (const email of contacts) expect($(`a[href="mailto:${email}"]`).length, slug).toBe(1);
    }
  });

  it('with a project, say how another organisation joins: ask the project, and read the guide', async () => {
    const places = await data.fetch<{ slug: string; contacts: string[] }[]>(
      `*[_type == "place" && count(*[_type == "collaborationProject" && place._ref == ^._id]) > 0]{ "slug": slug.current,
        "contacts": *[_type == "collaborationProject" && place._ref == ^._id].contacts[]->email }`,
    );
    const programme = await data.fetch<string[]>('*[_id == "pillar-samarbeidsprosjekter"][0].contacts[]->email');
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      const $ = page(`/steder/${place.slug}`);
      const section = $('#next-step-heading').parent();
      expect(section.find('a[href="/samarbeidsprosjekter/#soknad"]').length, place.slug).toBe(1);
      expect(text($, '#next-step-heading + p'), place.slug).toMatch(/flere kan bli med.*Ta kontakt med prosjektet\./);
      // The project's own people are the ones to ask; the programme's are not listed on top of them.
      expect(place.contacts.length, place.slug).toBeGreaterThan(0);
      for (const email of place.contacts) expect($(`a[href="mailto:${email}"]`).length, place.slug).toBe(1);
      for (const email of programme.filter((email) => !place.contacts.includes(email)))
        expect(section.find(`a[href="mailto:${email}"]`).length, place.slug).toBe(0);
    }
  });

  it("tell every club the activity grant's terms, from the grant, with the way to it and the parents' line", async () => {
    const grant = await data.fetch<{ maxAmount: number; eligibleExpenses: string[]; expensesFor: string }>(
      '*[_id == "activitySupport"][0]{ maxAmount, eligibleExpenses, expensesFor }',
    );
    const lowerFirst = (value: string) => value.charAt(0).toLocaleLowerCase('nb') + value.slice(1);
    for (const slug of await placeSlugs()) {
      const $ = page(`/steder/${slug}`);
      expect(text($, '#grant-heading'), slug).toBe('Aktivitetsstøtte til lag og foreninger');
      const section = $('#grant-heading').parent();
      const said = text($, '#grant-heading + p');
      // The programme's «lag, foreninger og organisasjoner»: not only «lag og foreninger».
      expect(said, slug).toContain(
        `Lag, foreninger og andre organisasjoner kan søke om inntil ${formatAmount(grant.maxAmount).replace(/\s/g, ' ')}. Pengene kan gå til `,
      );
      for (const expense of grant.eligibleExpenses) expect(said, slug).toContain(lowerFirst(expense));
      expect(said, slug).toContain(`, for ${grant.expensesFor}.`);
      expect(section.find('a[href="/aktivitetsstotte/"]').length, slug).toBe(1);
      expect(section.find('a[href="/aktivitetsstotte/#forelder"]').length, slug).toBe(1);
      // Indexed, weighed down: «støtte» finds the grant's own page first, «støtte bryne» the place (search-ranking);
      // the grant's terms, the same on every place, are not («kontingent» would list every place).
      expect(section.attr('data-pagefind-weight'), slug).toBe('0.2');
      expect($('#grant-heading + p').attr('data-pagefind-ignore'), slug).toBeDefined();
    }
  });

  it("say under each project's heading its name and the year it started, or starts (tests/unit/project-start.test.ts)", async () => {
    const projects = await data.fetch<{ _id: string; slug: string; title: string; startYear: number }[]>(
      '*[_type == "collaborationProject" && defined(startYear)]{ _id, "slug": place->slug.current, title, startYear }',
    );
    expect(projects.length).toBeGreaterThan(0);
    for (const project of projects) {
      const line = text(page(`/steder/${project.slug}`), `#project-${project._id} + p.muted`);
      expect(line, project.slug).toMatch(
        new RegExp(`^${project.title} · ${projectStartText(project.startYear, new Date(fixedNow))}( · |$)`),
      );
    }
  });

  // «For Alle Stavanger» as the H2 right under the H1 «For Alle i Stavanger» read as a slip.
  it("head a place's one project «Samarbeidsprosjektet», not with a name that echoes the page's title", async () => {
    const places = await data.fetch<{ slug: string; projects: number }[]>(
      '*[_type == "place"]{ "slug": slug.current, "projects": count(*[_type == "collaborationProject" && place._ref == ^._id]) }',
    );
    const withOne = places.filter((place) => place.projects === 1);
    expect(withOne.length).toBeGreaterThan(1);
    for (const { slug } of withOne) {
      const $ = page(`/steder/${slug}`);
      expect(text($, 'section.project h2'), slug).toBe('Samarbeidsprosjektet');
      const h1 = text($, 'h1').replace(/ (i|på) /, ' ');
      expect(
        $('main h2')
          .map((_, heading) => $(heading).text().trim())
          .get(),
        slug,
      ).not.toContain(h1);
    }
  });

  it('are each a card on /steder with what its own page says: how far it has come, since when, and who runs it', async () => {
    const places = await data.fetch<{ slug: string; status: string }[]>(
      '*[_type == "place" && defined(slug.current)] | order(name asc){ "slug": slug.current, status }',
    );
    const $ = page('/steder');
    const cards = $('.place-card');
    expect(cards.length).toBe(places.length);
    for (const [index, place] of places.entries()) {
      const card = cards.eq(index);
      expect(card.find('h3 a').attr('href')).toBe(`/steder/${place.slug}/`);
      const placePage = page(`/steder/${place.slug}`);
      const said = card.text().replace(/\s+/g, ' ');
      // The project's line under its heading («For Alle Bergen · Startet 2020 · Pågår») without the project's name,
      // which the card gives only where a place has more than one, and its lead organisation, or the status.
      placePage('.project > p.muted').each((_, line) => {
        const [, ...facts] = placePage(line).text().replace(/\s+/g, ' ').trim().split(' · ');
        expect(facts.length, place.slug).toBeGreaterThan(0);
        expect(said, place.slug).toContain(facts.join(' · '));
      });
      placePage('.project p:has(strong)')
        .filter((_, line) => placePage(line).text().startsWith('Søker og arbeidsgiver:'))
        .each((_, line) => {
          const owner = placePage(line).text().replace('Søker og arbeidsgiver:', '').replace(/\s+/g, ' ').trim();
          expect(said, place.slug).toContain(`Søker og arbeidsgiver: ${owner}`);
        });
      if (placePage('.project').length === 0) expect(said, place.slug).toContain('Mulig nytt samarbeidsprosjekt');
    }
  });

  it('leave the story and event cards out of their search entry: the story or event itself is the hit', async () => {
    let withEvents = 0;
    for (const slug of await placeSlugs()) {
      const $ = page(`/steder/${slug}`);
      for (const id of ['stories-heading', 'events-heading']) {
        const section = $(`section[aria-labelledby="${id}"]`);
        if (section.length === 0) continue;
        if (id === 'events-heading') withEvents++;
        expect(section.attr('data-pagefind-ignore'), `${slug} #${id}`).toBe('all');
      }
      expect($('section[aria-labelledby="stories-heading"]').length, slug).toBe(1);
    }
    // Not every place has events; some must, or the events' half of the rule goes unchecked.
    expect(withEvents).toBeGreaterThan(0);
  });

  it('are named with the preposition Norwegian uses for each («i Bergen», «på Bryne»)', async () => {
    const places = await data.fetch<{ slug: string; name: string; preposition: string | null }[]>(
      '*[_type == "place"]{ "slug": slug.current, name, preposition }',
    );
    expect(places.some((place) => place.preposition === 'på')).toBe(true);
    for (const place of places)
      expect(text(page(`/steder/${place.slug}`), 'h1')).toBe(`For Alle ${place.preposition ?? 'i'} ${place.name}`);
  });

  it('name each organisation once: those of the project are not listed again under the place', async () => {
    const places = await data.fetch<string[]>(
      '*[_type == "place" && count(*[_type == "collaborationProject" && place._ref == ^._id]) > 0].slug.current',
    );
    expect(places.length).toBeGreaterThan(0);
    for (const slug of places) {
      const names = page(`/steder/${slug}`)('main')
        .find('.organisations li, .project p:has(> strong)')
        .map((_, element) => load(element).text().split(' – ')[0]!.replace('Søker og arbeidsgiver:', '').trim())
        .get();
      expect(names.length, slug).toBeGreaterThan(0);
      expect(
        names.filter((name, index) => names.indexOf(name) !== index),
        slug,
      ).toEqual([]);
    }
  });

  it("notices an invented project on its place's page once, not on each of its organisations and people", async () => {
    const projects = await data.fetch<{ place: string; title: string }[]>(
      '*[_type == "collaborationProject" && isSample == true]{ "place": place->slug.current, title }',
    );
    expect(projects.length).toBeGreaterThan(0);
    for (const project of projects) {
      const section = page(`/steder/${project.place}`)('section.project').filter((_, element) =>
        load(element)('h2 + p.muted').first().text().trim().startsWith(project.title),
      );
      expect(section.find('.sample-notice').length, project.place).toBe(1);
      expect(section.find('.tag').filter((_, tag) => load(tag).text() === 'Eksempel').length, project.place).toBe(0);
    }
  });

  it("lead a real place's page with what the programme says of the place, none of its invented project's details", async () => {
    // The lead stands above the project's sample notice, unmarked: a visitor from the place reads it as fact.
    const places = await data.fetch<
      { slug: string; name: string; project: { text: string; organisations: string[] } | null }[]
    >(
      `*[_type == "place" && isSample != true]{ "slug": slug.current, name,
        "project": *[_type == "collaborationProject" && place._ref == ^._id && isSample == true][0]{
          "text": ingress + " " + pt::text(body), "organisations": [leadOrganisation->name] + partners[]->name } }`,
    );
    const workshopPlaces = await data.fetch<string[]>('*[_type == "event" && kind == "workshop"].place->slug.current');
    const conferencePlaces = await data.fetch<string[]>('*[_type == "conference"].place->slug.current');
    const words = (value: string) => new Set(value.toLowerCase().match(/[a-zæøå]{5,}/g) ?? []);
    const withProjects = places.filter((place) => place.project);
    expect(withProjects.length).toBe(7);
    const leads = new Map(
      withProjects.map((place) => [place.slug, text(page(`/steder/${place.slug}`), 'header .ingress')]),
    );
    // Words every lead uses are the sentence all places share («… jobber … sammen», «… når familien har lite
    // penger»), not a detail of one place's invented project.
    const shared = [...leads.values()].map(words).reduce((all, next) => new Set([...all].filter((w) => next.has(w))));
    for (const place of withProjects) {
      const lead = leads.get(place.slug)!;
      expect(lead, place.slug).toMatch(/For Alle-samarbeidsprosjekt|For Alle et pågående samarbeidsprosjekt/);
      if (workshopPlaces.includes(place.slug)) expect(lead, place.slug).toMatch(/workshop/);
      if (conferencePlaces.includes(place.slug)) expect(lead, place.slug).toMatch(/vertsby for For Alle-konferansen/);
      const invented = words([place.project!.text, ...place.project!.organisations].join(' '));
      const repeated = [...words(lead)].filter(
        (word) => invented.has(word) && !shared.has(word) && word !== place.name.toLowerCase(),
      );
      expect(repeated, place.slug).toEqual([]);
    }
  });

  it('lead in short, everyday sentences a parent with little Norwegian can read, saying first what is there for children', async () => {
    const places = await data.fetch<{ slug: string; projects: number }[]>(
      '*[_type == "place"]{ "slug": slug.current, "projects": count(*[_type == "collaborationProject" && place._ref == ^._id]) }',
    );
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      const lead = text(page(`/steder/${place.slug}`), 'header .ingress');
      const sentences = lead.split(/(?<=[.!?])\s+/);
      for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(20);
      // The professionals' words the leads used to open with («ideelle og offentlige aktører», «faller utenfor»).
      expect(lead, place.slug).not.toMatch(/aktører|faller utenfor|pågående|kartlegg|satsingen/);
      if (place.projects > 0)
        expect(sentences.slice(0, 2).join(' '), place.slug).toMatch(/barn og unge.*fritidsaktiviteter/);
    }
  });

  it('in talks about a project are named as talks, not as a project being set up («potensiell etablering»)', async () => {
    const talks = await data.fetch<{ slug: string; county: string }[]>(
      '*[_type == "place" && status == "establishing"]{ "slug": slug.current, county }',
    );
    expect(talks.length).toBeGreaterThan(0);
    for (const place of talks)
      expect(text(page(`/steder/${place.slug}`), 'header p.muted'), place.slug).toBe(
        `${place.county} · Mulig nytt samarbeidsprosjekt`,
      );
    for (const path of ['/', '/samarbeidsprosjekter', '/steder'])
      expect(text(page(path), '.places-map__legend'), path).toContain('Mulige nye samarbeidsprosjekter');
    for (const path of ['/', '/samarbeidsprosjekter', '/steder', ...talks.map((place) => `/steder/${place.slug}`)]) {
      const $ = page(path);
      // «I ferd med å starte» is «about to start»: as much a promise as «under etablering».
      for (const said of [text($, 'main'), $('meta[name="description"]').attr('content')])
        expect(said, path).not.toMatch(/under etablering|i ferd med å starte/i);
    }
    expect(text(page('/steder'), '.ingress'), '/steder').toContain('eller snakker med For Alle om å starte ett.');
  });

  it("list a place's own organisations, without the foundation that runs For Alle, and never with the kind «Annet»", async () => {
    const foundation = await data.fetch<string>(
      '*[_type == "organisation" && name match "Sparebankstiftelsen*"][0].name',
    );
    expect(foundation).toBeTruthy();
    for (const slug of await placeSlugs()) {
      const $ = page(`/steder/${slug}`);
      const organisations = $('#organisations-heading').parent().text();
      expect(organisations, slug).not.toContain(foundation);
      expect(text($, 'main'), slug).not.toMatch(/ – Annet\b/);
    }
  });

  // «Fjellsiden idrettslag – Forening eller lag» printed the Studio's drop-down, and a kind the name already said.
  it("name an organisation's kind in a visitor's words, never the Studio's option title, and not where the name says it", async () => {
    const pages = [
      ...(await placeSlugs()).map((slug) => `/steder/${slug}`),
      ...pagePaths().filter((path) => path.startsWith('/historier/')),
    ];
    let listed = 0;
    for (const path of pages) {
      const $ = page(path);
      $('.organisations li').each((_, item) => {
        listed++;
        const line = $(item).text().replace(/\s+/g, ' ').trim();
        for (const { title } of organisationKinds) expect(line, path).not.toContain(` – ${title}`);
        expect(line, path).not.toMatch(/(lag|klubb|korps|forening|kommune) – /);
      });
    }
    expect(listed).toBeGreaterThan(10);
  });

  it('are on the map for the mouse and in the list beside it for everyone: each place is one tab stop, not two', async () => {
    const places = await placeSlugs();
    for (const path of ['/', '/samarbeidsprosjekter']) {
      const $ = page(path);
      const map = $('.places-map__svg');
      expect(map.attr('aria-hidden'), path).toBe('true');
      const mapLinks = map.find('a');
      expect(mapLinks.length, path).toBe(places.length);
      expect(mapLinks.filter((_, link) => $(link).attr('tabindex') !== '-1').length, path).toBe(0);
      // The list is the equivalent the hidden map relies on (WCAG 2.5.8, 1.1.1): every map link is in it.
      const listed = $('.places-map__list a')
        .map((_, link) => $(link).attr('href'))
        .get();
      for (const href of mapLinks.map((_, link) => $(link).attr('href')).get()) expect(listed, path).toContain(href);
    }
  });

  it("give the programme's count of areas on the way under the map, naming those the map shows among them", async () => {
    const areas = await data.fetch<number>('*[_id == "siteSettings"][0].areasInProcess');
    const establishing = await data.fetch<number>('count(*[_type == "place" && status == "establishing"])');
    expect(areas).toBeGreaterThan(establishing);
    // The count in words, as the note writes a small number (the rule itself: tests/unit/number-words.test.ts).
    const words = ['null', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];
    const counted = areas === 1 ? 'ett område' : `${words[areas] ?? areas} områder`;
    const shown = await data.fetch<string[]>('*[_type == "place" && status == "establishing"] | order(name asc).name');
    for (const path of ['/', '/samarbeidsprosjekter', '/steder']) {
      const $ = page(path);
      expect($('.places-map__note').length, path).toBe(1);
      // The count includes the places listed above it, so the note says how many of them the map shows.
      expect(text($, '.places-map__note'), path).toBe(
        `Vi snakker med ${counted} om å starte et samarbeidsprosjekt, blant dem ${formatList(shown)}.`,
      );
    }
  });

  it('are counted for the first key facts on /samarbeidsprosjekter, not typed', async () => {
    const active = await data.fetch<number>('count(*[_type == "place" && status == "active"])');
    const areas = await data.fetch<number>('*[_id == "siteSettings"][0].areasInProcess');
    const $ = page('/samarbeidsprosjekter');
    const facts = $('.key-facts > li')
      .map((_, fact) => $(fact).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(facts.slice(0, 2)).toEqual([
      `${active} byer med pågående samarbeidsprosjekt`,
      `${areas} områder med mulig nytt samarbeidsprosjekt`,
    ]);
  });

  it('show «Samarbeidsprosjekter» in the menu as the section they belong to', async () => {
    const [slug] = await placeSlugs();
    const $ = page(`/steder/${slug}`);
    expect($('.site-menu a[aria-current]').text().trim()).toBe('Samarbeidsprosjekter');
    expect($('.site-menu a[aria-current]').attr('aria-current')).toBe('true');
    expect(page('/samarbeidsprosjekter')('.site-menu a[aria-current]').attr('aria-current')).toBe('page');
  });

  it("that host the conference show its next edition, and list past editions among the place's past events", async () => {
    const conferences = await data.fetch<
      { year: number; title: string; place: string; days: { start: string; end: string | null }[] }[]
    >('*[_type == "conference" && defined(place)]{ year, title, "place": place->slug.current, days[]{ start, end } }');
    const ends = (conference: (typeof conferences)[number]) =>
      Math.max(...conference.days.map((day) => Date.parse(day.end ?? day.start)));
    const upcoming = conferences.filter((conference) => ends(conference) >= Date.parse(fixedNow));
    const past = conferences.filter((conference) => ends(conference) < Date.parse(fixedNow));
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    // Only the soonest one per place is shown (a second announced edition waits its turn).
    const soonest = new Map<string, (typeof conferences)[number]>();
    for (const conference of [...upcoming].sort((a, b) => ends(a) - ends(b)))
      if (!soonest.has(conference.place)) soonest.set(conference.place, conference);
    for (const conference of soonest.values()) {
      const $ = page(`/steder/${conference.place}`);
      expect(text($, '#conference-heading'), conference.place).toContain(conference.title);
      // The place's own events are not «none coming up» while the conference is.
      expect($('main').text()).not.toMatch(/Ingen kommende arrangementer/);
    }
    for (const conference of past) {
      const links = page(`/steder/${conference.place}`)('#events-heading').parent().find('.archive-list a');
      expect(
        links.filter((_, link) => link.attribs.href === `/konferanse/${conference.year}/`).length,
        `${conference.title} on /steder/${conference.place}`,
      ).toBe(1);
    }
  });

  it('that are invented say so under their name, and real ones do not', async () => {
    const places = await data.fetch<{ slug: string; isSample: boolean | null }[]>(
      '*[_type == "place"]{ "slug": slug.current, isSample }',
    );
    expect(places.some((place) => place.isSample)).toBe(true);
    for (const place of places) {
      const notice = page(`/steder/${place.slug}`)('header .sample-notice');
      expect(notice.length, place.slug).toBe(place.isSample ? 1 : 0);
    }
  });
});

// An active project that lists no contact (the Studio only warns): its place's page must still name someone to ask,
// as a place without a project does. Built from the minimal site with Arendal, its project emptied of people.
describe('a place whose project names no contact', () => {
  const bundled = readFileSync(bundledDatasetPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown> & { _id: string });
  const byId = (id: string) => structuredClone(bundled.find((document) => document._id === id)!);
  const project: Record<string, unknown> = { ...byId('project-arendal'), contacts: [], partners: [] };
  const lead = byId((project.leadOrganisation as { _ref: string })._ref);
  // Without the photo and organisation, which the minimal site has no files or documents for.
  const { photo: _photo, organisation: _organisation, ...person } = byId('person-programleder');
  const pillar = {
    ...readFileSync(fixtureDataset({}), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .find((document) => document._id === 'pillar-samarbeidsprosjekter'),
    contacts: [{ _type: 'reference', _key: 'c1', _ref: person._id }],
  };
  let outDir: string;
  beforeAll(async () => {
    outDir = testBuildDir('project-without-contact');
    await buildSite({
      outDir,
      env: {
        LOCAL_DATASET: fixtureDataset({ extra: [byId('place-arendal'), project, lead, person, pillar] }),
        BUILD_NOW: fixedNow,
      },
      searchIndex: false,
    });
  }, 240_000);

  it("shows the programme's contact under «Kontakt om For Alle i …», and asks the visitor to contact us", () => {
    const $ = page('/steder/arendal', outDir);
    expect(text($, 'section.project h2')).toBe('Samarbeidsprosjektet');
    expect($('main').text()).not.toContain('Kontakt i prosjektet');
    const section = $('#next-step-heading').parent();
    expect(text(load(section.html()!), 'h3')).toBe('Kontakt om For Alle i Arendal');
    expect(section.find(`a[href="mailto:${person.email}"]`).length).toBe(1);
    expect(text($, '#next-step-heading + p')).toContain('Ta kontakt med oss.');
  });
});
