// Assertions over the site built from the bundled dataset (tests/support/global-setup.ts builds it, as `npm start`
// does, with BUILD_NOW pinned). Expected pages are read from the dataset with GROQ, never typed in by hand.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { fileAnchor } from '../../src/lib/content/attachments';
import { sessionAnchor } from '../../src/lib/content/conferences';
import { currentRounds, roundState } from '../../studio/lib/application-rounds';
import { formatAmount, formatDate } from '../../src/lib/format';
import { documentPath, type PathableDocument } from '../../src/lib/routes';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { listingPath, paginateListing } from '../../src/lib/pagination';
import { countInWords } from '../../src/lib/number-words';
import { builtSite, distFile, fixedNow, hasPage, page, text } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

const slugs = (type: string) =>
  data.fetch<string[]>(`*[_type == $type && defined(slug.current)].slug.current`, { type });

describe('the build from the bundled dataset', () => {
  it('produces the home page and the five pillar pages in Norwegian', async () => {
    const pillars = await slugs('pillar');
    expect(pillars).toHaveLength(5);
    for (const path of ['/', ...pillars.map((slug) => `/${slug}`)]) {
      const $ = page(path);
      expect($('html').attr('lang'), path).toBe('nb');
      expect(text($, 'h1'), path).not.toBe('');
    }
  });

  it('builds every route of the site', async () => {
    const expected = [
      '/historier',
      '/arrangementer',
      '/konferanse',
      '/steder',
      '/om',
      '/personvern',
      '/404.html',
      '/rss.xml',
      '/robots.txt',
      '/sitemap-index.xml',
      ...(await slugs('projectStory')).map((slug) => `/historier/${slug}`),
      ...(await slugs('place')).map((slug) => `/steder/${slug}`),
      ...(await slugs('event')).flatMap((slug) => [`/arrangementer/${slug}`, `/arrangementer/${slug}.ics`]),
      ...(await slugs('researchUpdate')).map((slug) => `/forskning/${slug}`),
      ...(await data.fetch<number[]>('*[_type == "conference"].year')).map((year) => `/konferanse/${year}`),
      ...(await slugs('page')).map((slug) => `/${slug}`),
    ];
    expect(expected.filter((path) => !hasPage(path))).toEqual([]);
  });

  it('gives every page a unique title, a description and a canonical URL', () => {
    const sitemap = readFileSync(`${builtSite}/sitemap-0.xml`, 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    expect(urls.length).toBeGreaterThan(40);
    const titles = new Map<string, string>();
    for (const path of urls) {
      const $ = page(path);
      const title = $('title').text();
      expect(titles.get(title), `${path} has the same <title> as ${titles.get(title)}`).toBeUndefined();
      titles.set(title, path);
      expect($('meta[name="description"]').attr('content'), path).toBeTruthy();
      expect(new URL($('link[rel="canonical"]').attr('href')!).pathname, path).toBe(path);
      expect($('meta[property="og:title"]').attr('content'), path).toBeTruthy();
    }
  });
});

describe('contact people', () => {
  it('can be reached from the pages that list them, by e-mail and, where given, phone', async () => {
    const contacts = await data.fetch<{ email: string; phone: string | null }[]>(
      '*[_id == "pillar-aktivitetsstotte"][0].contacts[]->{ email, phone }',
    );
    expect(contacts.length).toBeGreaterThan(0);
    const $ = page('/aktivitetsstotte');
    for (const contact of contacts) {
      expect($(`.contacts a[href="mailto:${contact.email}"]`).text()).toBe(contact.email);
      if (contact.phone) expect($(`.contacts a[href="tel:${contact.phone.replace(/\s+/g, '')}"]`).length).toBe(1);
    }
    expect(contacts.some((contact) => contact.phone)).toBe(true);
  });
});

describe('the home page', () => {
  it('tells a club and a municipality how to apply, with the grant, what it covers and the next date from the dataset', async () => {
    const grant = await data.fetch<{
      maxAmount: number;
      eligibleExpenses: string[];
      rounds: { opensAt: string; deadline: string }[];
    }>('*[_id == "activitySupport"][0]{ maxAmount, eligibleExpenses, rounds[]{ opensAt, deadline } }');
    const $ = page('/');
    const paths = $('#apply-heading').parent().find('.apply-paths li');
    expect(
      paths
        .find('h3 a')
        .map((_, link) => link.attribs.href)
        .get(),
    ).toEqual(['/aktivitetsstotte', '/samarbeidsprosjekter#soknad']);
    // As read: white space collapsed, no-break spaces as spaces.
    const support = paths.first().text().replace(/\s+/g, ' ');
    expect(support).toContain(`Inntil ${formatAmount(grant.maxAmount).replace(/\u00a0/g, ' ')} til`);
    for (const expense of grant.eligibleExpenses) expect(support.toLowerCase()).toContain(expense.toLowerCase());
    const { open, next } = currentRounds(grant.rounds, new Date(fixedNow));
    expect(open).toBeUndefined();
    expect(support).toContain(`Neste søknadsrunde åpner ${formatDate(next!.opensAt)}.`);
  });
});

describe('link previews in social media', () => {
  const sha1 = (assetId: string) => assetId.split('-')[1]!;
  const ogImage = (path: string) => page(path)('meta[property="og:image"]').attr('content') ?? '';

  it("show a page's own picture, and the settings' default share picture on every page without one", async () => {
    const fallback = await data.fetch<string>('*[_id == "siteSettings"][0].defaultShareImage.asset._ref');
    const story = await data.fetch<{ slug: string; asset: string }>(
      '*[_type == "projectStory" && defined(mainImage.asset)][0]{ "slug": slug.current, "asset": mainImage.asset._ref }',
    );
    expect(sha1(story.asset)).not.toBe(sha1(fallback));
    expect(ogImage(`/historier/${story.slug}`)).toContain(sha1(story.asset));
    expect(ogImage('/historier')).toContain(sha1(fallback));
    const sitemap = readFileSync(`${builtSite}/sitemap-0.xml`, 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    const withoutPicture = paths.filter((path) => !/^https:\/\/.+\/media\/[0-9a-f]+-\d+\.webp$/.test(ogImage(path)));
    expect(withoutPicture).toEqual([]);
    // The picture itself is part of the site.
    expect(hasPage(new URL(ogImage('/historier')).pathname)).toBe(true);
  });
});

describe('the header', () => {
  it('offers the shortcuts from the settings («Om For Alle», «Kontakt») beside the search on every page', async () => {
    const shortcuts = await data.fetch<{ label: string; slug: string }[]>(
      '*[_id == "siteSettings"][0].shortcuts[]{ label, "slug": reference->slug.current }',
    );
    expect(shortcuts.map((shortcut) => shortcut.slug)).toEqual(expect.arrayContaining(['om', 'kontakt']));
    const sitemap = readFileSync(`${builtSite}/sitemap-0.xml`, 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    for (const path of [...paths, '/404.html']) {
      const links = page(path)('.site-header nav[aria-label="Snarveier"] a')
        .map((_, link) => `${load(link).text().trim()} ${link.attribs.href}`)
        .get();
      expect(links, path).toEqual(shortcuts.map((shortcut) => `${shortcut.label} /${shortcut.slug}`));
    }
  });
});

describe('example content', () => {
  // The bundled people, organisations, projects and findings are invented: a visitor must not call a made-up number.
  it('marks every invented contact person «Eksempel» where it is listed, and no real one', async () => {
    for (const [id, path] of [
      ['pillar-aktivitetsstotte', '/aktivitetsstotte'],
      ['page-kontakt', '/kontakt'],
    ]) {
      const contacts = await data.fetch<{ email: string; isSample: boolean | null }[]>(
        '*[_id == $id][0].contacts[]->{ email, isSample }',
        { id },
      );
      expect(
        contacts.some((contact) => contact.isSample),
        path,
      ).toBe(true);
      const $ = page(path);
      for (const contact of contacts) {
        const person = $(`.contacts a[href="mailto:${contact.email}"]`).closest('.contacts__person');
        expect(person.length, `${path}: ${contact.email}`).toBe(1);
        expect(person.find('.contacts__name .tag').text(), contact.email).toBe(contact.isSample ? 'Eksempel' : '');
      }
    }
  });

  it("notices an invented project on its place's page once, not on each of its organisations and people", async () => {
    const projects = await data.fetch<{ place: string; title: string }[]>(
      '*[_type == "collaborationProject" && isSample == true]{ "place": place->slug.current, title }',
    );
    expect(projects.length).toBeGreaterThan(0);
    for (const project of projects) {
      const section = page(`/steder/${project.place}`)('section.project').filter(
        (_, element) => load(element)('h2').first().text() === project.title,
      );
      expect(section.find('.sample-notice').length, project.place).toBe(1);
      expect(section.find('.tag').filter((_, tag) => load(tag).text() === 'Eksempel').length, project.place).toBe(0);
    }
  });

  it('notices the invented findings under each research question that has them', async () => {
    const questions = await data.fetch<{ number: number; isSample: boolean | null }[]>(
      '*[_type == "researchQuestion" && count(findings) > 0]{ number, isSample }',
    );
    expect(questions.some((question) => question.isSample)).toBe(true);
    const $ = page('/forskning');
    for (const question of questions) {
      const notice = $(`#problemstilling-${question.number} .research-question__findings .sample-notice`);
      expect(notice.length, `problemstilling ${question.number}`).toBe(question.isSample ? 1 : 0);
    }
  });
});

describe('places', () => {
  it('without a project yet, say how to take part and whom to ask, instead of ending in an empty page', async () => {
    const without = await data.fetch<string[]>(
      '*[_type == "place" && count(*[_type == "collaborationProject" && place._ref == ^._id]) == 0].slug.current',
    );
    const contacts = await data.fetch<string[]>('*[_id == "pillar-samarbeidsprosjekter"][0].contacts[]->email');
    expect(without.length).toBeGreaterThan(0);
    for (const slug of without) {
      const $ = page(`/steder/${slug}`);
      expect($('#next-step-heading').parent().find('a[href="/samarbeidsprosjekter#soknad"]').length, slug).toBe(1);
      for (const email of contacts) expect($(`a[href="mailto:${email}"]`).length, slug).toBe(1);
    }
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
        .map((_, element) => load(element).text().split(' – ')[0]!.replace('Søker og prosjekteier:', '').trim())
        .get();
      expect(names.length, slug).toBeGreaterThan(0);
      expect(
        names.filter((name, index) => names.indexOf(name) !== index),
        slug,
      ).toEqual([]);
    }
  });

  it('are on the map for the mouse and in the list beside it for everyone: each place is one tab stop, not two', async () => {
    const places = await slugs('place');
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

  it("give the programme's count of areas on the way under the map, and say when the map shows fewer", async () => {
    const areas = await data.fetch<number>('*[_id == "siteSettings"][0].areasInProcess');
    const establishing = await data.fetch<number>('count(*[_type == "place" && status == "establishing"])');
    expect(areas).toBeGreaterThan(establishing);
    for (const path of ['/', '/samarbeidsprosjekter', '/steder']) {
      const $ = page(path);
      expect($('.places-map__note').length, path).toBe(1);
      expect(text($, '.places-map__note'), path).toBe(
        `Det pågår en prosess mot mulig etablering i ${countInWords(areas, 'ett område', 'områder')}. Ikke alle er med på kartet ennå.`,
      );
    }
  });

  it('show «Samarbeidsprosjekter» in the menu as the section they belong to', async () => {
    const [slug] = await slugs('place');
    const $ = page(`/steder/${slug}`);
    expect($('.site-menu a[aria-current]').text().trim()).toBe('Samarbeidsprosjekter');
    expect($('.site-menu a[aria-current]').attr('aria-current')).toBe('true');
    expect(page('/samarbeidsprosjekter')('.site-menu a[aria-current]').attr('aria-current')).toBe('page');
  });
});

describe('project stories', () => {
  it('show their place, their organisations and the "Kort fortalt" summary up front', async () => {
    const stories = await data.fetch<
      { slug: string; place: string; organisations: string[]; summary: string | null }[]
    >(
      '*[_type == "projectStory"]{ "slug": slug.current, "place": place->name, "organisations": organisations[]->name, summary }',
    );
    for (const story of stories) {
      const $ = page(`/historier/${story.slug}`);
      const main = text($, 'main');
      expect(text($, '.story__meta'), story.slug).toContain(story.place);
      for (const organisation of story.organisations ?? []) expect(main, story.slug).toContain(organisation);
      if (story.summary) {
        expect(text($, '.kort-fortalt h2')).toBe('Kort fortalt');
        // The summary comes before the body text.
        expect($('.kort-fortalt').index()).toBeLessThan(
          $('.prose').first().parent().children().index($('.prose').first()),
        );
      }
    }
  });

  it('say where each link goes in its visible text, and set their tags as plain words, not as links', async () => {
    const stories = await data.fetch<
      {
        slug: string;
        place: { name: string; slug: string } | null;
        pillar: { title: string; slug: string } | null;
        tags: string[] | null;
      }[]
    >(
      '*[_type == "projectStory"]{ "slug": slug.current, "place": place->{ name, "slug": slug.current }, "pillar": pillar->{ title, "slug": slug.current }, tags }',
    );
    expect(stories.some((story) => (story.tags?.length ?? 0) > 1)).toBe(true);
    for (const story of stories) {
      const $ = page(`/historier/${story.slug}`);
      // What a sighted visitor reads on a link: without the words only screen readers get.
      const visible = (link: AnyNode) => {
        const copy = $(link).clone();
        copy.find('.visually-hidden').remove();
        return copy.text().replace(/\s+/g, ' ').trim();
      };
      const linksAbove = $('.story__meta a').toArray();
      expect(linksAbove.length, story.slug).toBe(Number(!!story.place) + Number(!!story.pillar));
      // Each link above the title is named as the page it leads to is headed («For Alle i Bergen»).
      for (const link of linksAbove) expect(visible(link), story.slug).toBe(text(page($(link).attr('href')!), 'h1'));
      const linksBelow = $('.story__more a')
        .toArray()
        .map((link) => [visible(link), $(link).attr('href')]);
      expect(linksBelow, story.slug).toEqual([
        ...(story.place ? [[`Flere historier fra ${story.place.name}`, `/historier/sted/${story.place.slug}`]] : []),
        ...(story.pillar
          ? [
              [
                `Flere historier om ${story.pillar.title.toLocaleLowerCase('nb')}`,
                `/historier/tema/${story.pillar.slug}`,
              ],
            ]
          : []),
      ]);
      // Pills label cards and never link, so a link never looks like a plain tag.
      expect($('main a.tag, main a .tag').length, story.slug).toBe(0);
      if (story.tags?.length) {
        expect(text($, '.story__tags'), story.slug).toBe(`Stikkord: ${story.tags.join(', ')}`);
        expect($('.story__tags a, .story__tags .tag').length, story.slug).toBe(0);
      }
    }
  });

  it('are listed on the page of their place and on the static listing for that place', async () => {
    const places = await data.fetch<{ slug: string; stories: string[] }[]>(
      '*[_type == "place"]{ "slug": slug.current, "stories": *[_type == "projectStory" && place._ref == ^._id].title }',
    );
    for (const place of places) {
      const placePage = text(page(`/steder/${place.slug}`), 'main');
      for (const title of place.stories.slice(0, 6)) expect(placePage, place.slug).toContain(title);
      if (place.stories.length > 0) {
        const listing = page(`/historier/sted/${place.slug}`);
        expect(listing('.grid .card').length).toBe(Math.min(place.stories.length, 24));
      }
    }
  });
});

describe('story listings', () => {
  /** Every listing page, with how many stories it lists in all: from the dataset, not from the pages. */
  async function listings(): Promise<{ path: string; count: number }[]> {
    const [total, places, pillars] = await Promise.all([
      data.fetch<number>('count(*[_type == "projectStory"])'),
      data.fetch<{ slug: string; count: number }[]>(
        '*[_type == "place"]{ "slug": slug.current, "count": count(*[_type == "projectStory" && place._ref == ^._id]) }[count > 0]',
      ),
      data.fetch<{ slug: string; count: number }[]>(
        '*[_type == "pillar"]{ "slug": slug.current, "count": count(*[_type == "projectStory" && pillar._ref == ^._id]) }[count > 0]',
      ),
    ]);
    const bases = [
      { base: '/historier', count: total },
      ...places.map((place) => ({ base: `/historier/sted/${place.slug}`, count: place.count })),
      ...pillars.map((pillar) => ({ base: `/historier/tema/${pillar.slug}`, count: pillar.count })),
    ];
    return bases.flatMap(({ base, count }) =>
      paginateListing(Array.from({ length: count }), base).map((listing) => ({
        path: listingPath(base, listing.number),
        count,
      })),
    );
  }

  it('have one heading over the results, with every story title a level below it; the filters are no headings', async () => {
    const pages = await listings();
    expect(pages.length).toBeGreaterThan(3);
    for (const { path, count } of pages) {
      const $ = page(path);
      const outline = $('main :header').toArray();
      const level = (heading: Element) => Number(heading.tagName.slice(1));
      // A heading's parent in the outline: the nearest heading before it at a higher level.
      const parentOf = (heading: Element) =>
        outline
          .slice(0, outline.indexOf(heading))
          .reverse()
          .find((before) => level(before) < level(heading));
      const titles = $('.grid .card :header').toArray();
      expect(titles.length, path).toBeGreaterThan(0);
      const resultsHeading = $(`#${$('.grid').closest('section').attr('aria-labelledby')}`);
      expect(resultsHeading.text(), path).toMatch(new RegExp(`^${count} historie(r)?(, side \\d+ av \\d+)?$`));
      const results = outline.find((heading) => heading === resultsHeading.get(0));
      expect(results, path).toBeDefined();
      for (const title of titles) {
        expect(parentOf(title), `${path}: «${$(title).text().trim()}»`).toBe(results);
        expect(level(title), path).toBe(level(results!) + 1);
      }
      expect($('nav.filters :header').length, path).toBe(0);
    }
  });
});

describe('events', () => {
  it('lead with the next conference, which is not an event document, with its registration', async () => {
    const next = await data.fetch<{ title: string; year: number }>(
      '*[_type == "conference" && days[0].start > $now] | order(year asc)[0]{ title, year }',
      { now: fixedNow },
    );
    expect(next).toBeTruthy();
    for (const path of ['/arrangementer', '/']) {
      const $ = page(path);
      expect(text($, '#conference-heading'), path).toBe(`Neste konferanse: ${next.title}`);
      expect($('#conference-heading').parent().find(`a[href="/konferanse/${next.year}"]`).length, path).toBe(1);
      expect(text($, '.feature'), path).toContain('Påmeldingen er åpen');
    }
  });

  it('land in the upcoming or the past list according to the build time, past conferences included', async () => {
    // The next conference leads the page on its own (see above); past editions are listed with the past events.
    const events = await data.fetch<{ title: string; end: string }[]>(
      `[
        ...*[_type == "event"]{ title, "end": coalesce(end, start) },
        ...*[_type == "conference" && count(days[end >= $now]) == 0]{ title, "end": days[] | order(end desc)[0].end }
      ]`,
      { now: fixedNow },
    );
    const $ = page('/arrangementer');
    // The visible title: a card's link also carries the year for screen readers (hidden), when the title lacks it.
    const title = (element: AnyNode) => $(element).clone().find('.visually-hidden').remove().end().text().trim();
    const upcoming = $('#upcoming-heading')
      .parent()
      .find('.card h3')
      .map((_, element) => title(element))
      .get();
    const past = $('#past-heading')
      .parent()
      .find('.card h4')
      .map((_, element) => title(element))
      .get();
    const now = new Date(fixedNow).getTime();
    expect(upcoming.sort()).toEqual(
      events
        .filter((event) => new Date(event.end).getTime() >= now)
        .map((event) => event.title)
        .sort(),
    );
    expect(past.sort()).toEqual(
      events
        .filter((event) => new Date(event.end).getTime() < now)
        .map((event) => event.title)
        .sort(),
    );
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
  });

  it("lists each past conference with its dates, linking to that year's page", async () => {
    const past = await data.fetch<{ year: number; title: string }[]>(
      '*[_type == "conference" && count(days[end >= $now]) == 0] | order(year desc){ year, title }',
      { now: fixedNow },
    );
    expect(past.length).toBeGreaterThan(1);
    const $ = page('/arrangementer');
    for (const { year, title } of past) {
      const card = $('#past-heading').parent().find(`.card a[href="/konferanse/${year}"]`).closest('.card');
      expect(card.find('h4').text().trim(), String(year)).toContain(title);
      expect(card.find('time').text(), String(year)).toMatch(new RegExp(`${year}$`));
    }
  });

  it('show the times their calendar file gives, on the card and the page, also over several days', async () => {
    const events = await data.fetch<{ slug: string; start: string; end: string | null }[]>(
      '*[_type == "event" && defined(start)]{ "slug": slug.current, start, end }',
    );
    const oslo = (date: Date) =>
      new Intl.DateTimeFormat('nb-NO', {
        timeZone: 'Europe/Oslo',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .format(date)
        .replace(':', '.');
    // The bundled prosjektledersamling runs from one morning to the next afternoon.
    expect(events.some((event) => event.end && event.start.slice(0, 10) !== event.end.slice(0, 10))).toBe(true);
    const listing = page('/arrangementer');
    for (const event of events) {
      const calendar = new ICAL.Component(
        ICAL.parse(readFileSync(distFile(`/arrangementer/${event.slug}.ics`), 'utf8')),
      );
      const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      const times = [vevent.startDate, ...(event.end ? [vevent.endDate] : [])].map((time) => oslo(time.toJSDate()));
      const shown = text(page(`/arrangementer/${event.slug}`), '.facts');
      const card = listing(`.card a[href="/arrangementer/${event.slug}"]`).closest('.card').find('time').text();
      for (const time of times) {
        expect(shown, event.slug).toContain(time);
        expect(card, event.slug).toContain(time);
      }
      // One date style: the card writes the date as the page does, weekday included.
      expect(card, event.slug).toBe(page(`/arrangementer/${event.slug}`)('.facts time').first().text());
    }
  });

  it('stamp each calendar file with when the event was last edited, so a rebuild of the same content gives the same file', async () => {
    const events = await data.fetch<{ slug: string; updated: string }[]>(
      '*[_type == "event"]{ "slug": slug.current, "updated": _updatedAt }',
    );
    for (const event of events) {
      const ics = readFileSync(distFile(`/arrangementer/${event.slug}.ics`), 'utf8');
      const stamp = new Date(event.updated)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')
        .slice(0, 13);
      expect(/DTSTAMP:(\S+)/.exec(ics)?.[1].slice(0, 13), event.slug).toBe(stamp);
    }
  });

  it('include the Arendalsuka debate on Wednesday 14 June', () => {
    const $ = page('/arrangementer/arendalsuka-okonomisk-utenforskap');
    expect(text($, 'h1').toLowerCase()).toContain('utenforskap');
    expect(text($, '.facts')).toContain('onsdag 14. juni 2023');
  });

  it('offer calendar files whose times are right in Oslo in summer and in winter', async () => {
    const cases = await data.fetch<{ slug: string; start: string; end: string }[]>(
      '*[_type == "event" && slug.current in ["arendalsuka-okonomisk-utenforskap", "workshop-bergen-2025"]]{ "slug": slug.current, start, end }',
    );
    expect(cases).toHaveLength(2);
    const oslo = (date: Date) =>
      new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' }).format(
        date,
      );
    for (const event of cases) {
      const calendar = new ICAL.Component(
        ICAL.parse(readFileSync(distFile(`/arrangementer/${event.slug}.ics`), 'utf8')),
      );
      const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(vevent.startDate.toJSDate().toISOString()).toBe(new Date(event.start).toISOString());
      expect(vevent.endDate.toJSDate().toISOString()).toBe(new Date(event.end).toISOString());
      // The page and the calendar file agree on the local time a visitor reads.
      const shown = text(page(`/arrangementer/${event.slug}`), '.facts');
      expect(shown).toContain(`kl. ${oslo(vevent.startDate.toJSDate()).split(' ')[1].replace(':', '.')}`);
    }
    // Known local times: the debate starts 10.00 in summer (UTC+2), the Bergen workshop 12.00 in winter (UTC+1).
    expect(text(page('/arrangementer/arendalsuka-okonomisk-utenforskap'), '.facts')).toContain('kl. 10.00');
    expect(text(page('/arrangementer/workshop-bergen-2025'), '.facts')).toContain('kl. 12.00');
  });

  it("names the conference each workshop belongs to, and links to that year's page", async () => {
    const conferences = await data.fetch<{ year: number; slugs: (string | null)[] | null }[]>(
      '*[_type == "conference"]{ year, "slugs": workshops[]->slug.current }',
    );
    const workshops = conferences.flatMap(({ year, slugs }) =>
      (slugs ?? []).flatMap((slug) => (slug ? [{ slug, year }] : [])),
    );
    expect(workshops.length).toBeGreaterThan(3);
    const links = (slug: string) =>
      page(`/arrangementer/${slug}`)('.facts a[href^="/konferanse/"]')
        .map((_, link) => link.attribs.href)
        .get();
    for (const { slug, year } of workshops) expect(links(slug), slug).toEqual([`/konferanse/${year}`]);
    expect(links('arendalsuka-okonomisk-utenforskap')).toEqual([]);
  });
});

describe('the conference', () => {
  it('shows the next edition with both days, each with its places or its waitlist, and an open registration', async () => {
    const days = await data.fetch<{ title: string; capacity: number; status: string | null }[]>(
      '*[_type == "conference" && count(days[end >= $now]) > 0] | order(year asc)[0].days[]{ title, capacity, status }',
      { now: fixedNow },
    );
    expect(days.map((day) => day.capacity)).toEqual([100, 300]);
    const $ = page('/konferanse');
    const next = text($, '.conference-next');
    for (const day of days) {
      expect(next).toContain(day.title);
      expect(next).toContain(
        day.status === 'waitlist' ? `Alle de ${day.capacity} plassene er tatt` : `Plass til ${day.capacity} deltakere`,
      );
    }
    expect(text($, '.conference-next .registration__state')).toBe('Påmeldingen er åpen');
  });

  it('archives each past edition with every session on its own anchor', async () => {
    const conferences = await data.fetch<{ year: number; sessions: { _key: string; title: string }[] }[]>(
      '*[_type == "conference"]{ year, sessions[]{ _key, title } }',
    );
    expect(conferences.map((conference) => conference.year)).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    for (const conference of conferences) {
      const $ = page(`/konferanse/${conference.year}`);
      for (const session of conference.sessions ?? []) {
        expect(text($, `#sesjon-${session._key}`), `${conference.year} ${session._key}`).toBe(session.title);
      }
    }
  });
});

describe('conference speakers', () => {
  it("show «Kort om personen» under a speaker's name where they first speak on the page, and not again", async () => {
    const conferences = await data.fetch<
      {
        year: number;
        sessions: { _key: string; speakers: { _id: string; name: string; bio: string | null }[] | null }[] | null;
      }[]
    >(
      '*[_type == "conference"]{ year, "sessions": sessions | order(start asc){ _key, "speakers": speakers[]->{ _id, name, bio } } }',
    );
    let shown = 0;
    let repeated = 0;
    for (const conference of conferences) {
      const $ = page(`/konferanse/${conference.year}`);
      const seen = new Set<string>();
      for (const session of conference.sessions ?? []) {
        const items = $(`#${sessionAnchor(session)}`)
          .closest('.session')
          .find('.session__speakers > li');
        (session.speakers ?? []).forEach((speaker, index) => {
          const item = items.eq(index);
          const where = `${conference.year} ${session._key} ${speaker.name}`;
          expect(item.find('strong').text(), where).toBe(speaker.name);
          const bio = item.find('.session__bio');
          if (speaker.bio?.trim() && !seen.has(speaker._id)) {
            expect(bio.text().replace(/\s+/g, ' '), where).toBe(speaker.bio.trim().replace(/\s+/g, ' '));
            shown++;
          } else {
            if (speaker.bio?.trim()) repeated++;
            expect(bio.length, where).toBe(0);
          }
          seen.add(speaker._id);
        });
      }
    }
    expect(shown).toBeGreaterThan(0);
    // The bundled programmes have people who speak twice on one page.
    expect(repeated).toBeGreaterThan(0);
  });
});

describe('the conference archive', () => {
  /** Every edition with a page, newest first, with its last day's end and the first words of its general text. */
  const editions = () =>
    data.fetch<{ year: number; end: string; bodyStart: string | null }[]>(
      `*[_type == "conference" && defined(year)] | order(year desc){
        year, "end": days[] | order(end desc)[0].end, "bodyStart": body[_type == "block"][0].children[0].text
      }`,
    );
  const isPast = (edition: { end: string }) => new Date(edition.end).getTime() < new Date(fixedNow).getTime();
  /** Where in the page's main content a piece of HTML first occurs, to compare what comes first. */
  const positionOf = (path: string, needle: string) => page(path)('main').html()!.indexOf(needle);

  it('lists every past edition high on /konferanse, before the general text, without a copy of the programme', async () => {
    const all = await editions();
    const past = all.filter(isPast).map((edition) => `/konferanse/${edition.year}`);
    const next = all.filter((edition) => !isPast(edition)).at(-1)!;
    expect(past.length).toBeGreaterThan(1);
    const $ = page('/konferanse');
    expect(
      $('#tidligere-konferanser a')
        .map((_, link) => link.attribs.href)
        .get(),
    ).toEqual(past);
    // Right after the next edition's summary: before the text about the conference and the workshops.
    expect(positionOf('/konferanse', 'id="tidligere-konferanser"')).toBeLessThan(
      positionOf('/konferanse', 'id="pillar-body-heading"'),
    );
    expect(positionOf('/konferanse', 'id="tidligere-konferanser"')).toBeGreaterThan(
      positionOf('/konferanse', 'id="next-heading"'),
    );
    // The programme itself is on the next edition's page, which this one links to.
    expect($('.session').length).toBe(0);
    expect($('.conference-next').find(`a[href="/konferanse/${next.year}"]`).length).toBe(1);
  });

  it('puts the programme of a past edition before its general text, and no longer offers places', async () => {
    const past = (await editions()).filter(isPast);
    for (const { year, bodyStart } of past) {
      const path = `/konferanse/${year}`;
      expect(bodyStart, path).toBeTruthy();
      expect(positionOf(path, 'class="session"'), path).toBeGreaterThan(0);
      expect(positionOf(path, 'class="session"'), path).toBeLessThan(positionOf(path, bodyStart!));
      const $ = page(path);
      expect($('.conference-day').length, path).toBeGreaterThan(0);
      expect(text($, '.conference-days'), path).not.toMatch(/plass til/i);
    }
    // An edition still to come does say how many it has room for.
    const next = (await editions()).filter((edition) => !isPast(edition)).at(-1)!;
    expect(text(page(`/konferanse/${next.year}`), '.conference-days')).toContain('Plass til');
  });

  it('lists the presentations and recordings of each past edition in one place, each linked to its session', async () => {
    const conferences = await data.fetch<
      {
        year: number;
        end: string;
        sessions: { _key: string; title: string; videoUrl: string | null; material: unknown[] | null }[] | null;
      }[]
    >(
      `*[_type == "conference" && defined(year)]{ year, "end": days[] | order(end desc)[0].end,
        sessions[]{ _key, title, videoUrl, "material": material[defined(file.asset) || defined(url)] } }`,
    );
    let listed = 0;
    for (const conference of conferences) {
      const path = `/konferanse/${conference.year}`;
      const $ = page(path);
      const withMaterial = (conference.sessions ?? []).filter(
        (session) => (session.material?.length ?? 0) > 0 || session.videoUrl,
      );
      if (!isPast(conference) || withMaterial.length === 0) {
        expect($('#material-heading').length, path).toBe(0);
        continue;
      }
      expect(text($, '.conference__over'), path).toContain('Her finner du programmet, presentasjoner og opptak.');
      const overview = $('#material-heading').closest('section');
      expect(text($, '#material-heading'), path).toBe('Presentasjoner og opptak');
      // Before the programme, which it is a short cut into.
      expect(positionOf(path, 'id="material-heading"'), path).toBeLessThan(positionOf(path, 'class="session"'));
      const sessions = overview.find('.material-overview__sessions > li');
      expect(sessions.length, path).toBe(withMaterial.length);
      withMaterial.forEach((session, index) => {
        const item = sessions.eq(index);
        expect(item.find('.material-overview__session a').attr('href'), path).toBe(`#${sessionAnchor(session)}`);
        expect(text(load(item.html()!), '.material-overview__session'), path).toBe(session.title);
        const links = item.find('.session__material > li > a');
        expect(links.length, `${path} ${session._key}`).toBe(
          (session.material?.length ?? 0) + (session.videoUrl ? 1 : 0),
        );
        // The same links as in the session itself, which keeps the anchors search results point at.
        const inSession = $(`#${sessionAnchor(session)}`)
          .closest('.session')
          .find('.session__material > li > a');
        expect(links.map((_, link) => link.attribs.href).get()).toEqual(
          inSession.map((_, link) => link.attribs.href).get(),
        );
        listed += links.length;
      });
      expect(overview.find('[id^="sesjon-"]').length, path).toBe(0);
    }
    expect(listed).toBeGreaterThan(2);
  });

  it('shows the days once: before the programme while the conference is to come, after it once it is over', async () => {
    for (const edition of await editions()) {
      const path = `/konferanse/${edition.year}`;
      expect(page(path)('#days-heading').length, path).toBe(1);
      const daysFirst = positionOf(path, 'id="days-heading"') < positionOf(path, 'class="programme-day"');
      expect(daysFirst, path).toBe(!isPast(edition));
    }
  });

  it('links each edition to the year before and after, to the archive, and to a search in its material', async () => {
    const years = (await editions()).map((edition) => edition.year);
    expect(years.length).toBeGreaterThan(2);
    expect(page('/konferanse')('#tidligere-konferanser').length).toBe(1);
    for (const [index, year] of years.entries()) {
      const $ = page(`/konferanse/${year}`);
      const nav = $('nav.year-nav');
      const newer = years[index - 1];
      const older = years[index + 1];
      expect(nav.find('a[rel="next"]').attr('href'), String(year)).toBe(newer ? `/konferanse/${newer}` : undefined);
      expect(nav.find('a[rel="prev"]').attr('href'), String(year)).toBe(older ? `/konferanse/${older}` : undefined);
      expect(nav.find('a[href="/konferanse#tidligere-konferanser"]').length, String(year)).toBe(1);
    }
    for (const edition of (await editions()).filter(isPast)) {
      const $ = page(`/konferanse/${edition.year}`);
      const search = $('a[href^="/sok?"]')
        .map((_, link) => new URL(link.attribs.href, 'https://example.org'))
        .get();
      expect(search.map((url) => [url.searchParams.getAll('type'), url.searchParams.getAll('år')])).toEqual([
        [['konferanse'], [String(edition.year)]],
      ]);
    }
  });
});

describe('conference calendar files', () => {
  it('offer each day of a coming conference for the calendar, on its page and on /konferanse, but not once it is over', async () => {
    const conferences = await data.fetch<
      { year: number; past: boolean; days: { title: string; start: string; end: string }[] }[]
    >('*[_type == "conference"]{ year, "past": count(days[end >= $now]) == 0, days[]{ title, start, end } }', {
      now: fixedNow,
    });
    const coming = conferences.filter((conference) => !conference.past);
    expect(coming.length).toBeGreaterThan(0);
    for (const conference of conferences) {
      for (const path of [`/konferanse/${conference.year}`, ...(conference.past ? [] : ['/konferanse'])]) {
        const $ = page(path);
        const links = $('.conference-day')
          .map((_, day) => ({
            day: $(day).find('h3').text().trim(),
            href: $(day).find('a[href$=".ics"]').attr('href'),
          }))
          .get();
        if (conference.past) {
          expect(
            links.filter((link) => link.href),
            path,
          ).toEqual([]);
          continue;
        }
        expect(links.length, path).toBe(conference.days.length);
        for (const day of conference.days) {
          const href = links.find((link) => link.day === day.title)?.href;
          expect(href, `${path}: ${day.title}`).toBeTruthy();
          const vevent = new ICAL.Event(
            new ICAL.Component(ICAL.parse(readFileSync(distFile(href!), 'utf8'))).getFirstSubcomponent('vevent')!,
          );
          expect(vevent.startDate.toJSDate().toISOString(), href).toBe(new Date(day.start).toISOString());
          expect(vevent.endDate.toJSDate().toISOString(), href).toBe(new Date(day.end).toISOString());
          expect(vevent.summary, href).toContain(day.title);
          expect(vevent.summary, href).toContain(String(conference.year));
        }
      }
    }
  });
});

describe('conference material', () => {
  it('names each download once with its type and size, «(PDF, 3 kB)», and gives it a file name without «-pdf»', async () => {
    const conferences = await data.fetch<
      {
        year: number;
        sessions: { _key: string; material: { title: string; file: { _id: string; extension: string } }[] | null }[];
      }[]
    >(
      `*[_type == "conference"]{ year, sessions[]{ _key, "material": material[_type == "materialFile"]{ title, "file": file.asset->{ _id, extension } } } }`,
    );
    const files = conferences.flatMap(({ year, sessions }) =>
      (sessions ?? []).flatMap((session) =>
        (session.material ?? []).map((item) => ({
          year,
          anchor: fileAnchor(item.file, sessionAnchor(session)),
          ...item,
        })),
      ),
    );
    expect(files.length).toBeGreaterThan(1);
    // The bundled editors wrote the type into the title, as editors do.
    expect(files.some((item) => /\(PDF\)$/.test(item.title))).toBe(true);
    for (const item of files) {
      const link = page(`/konferanse/${item.year}`)(`#${item.anchor} a`);
      const kind = item.file.extension.toUpperCase();
      const name = item.title.replace(/\s*\(PDF\)$/, '');
      expect(
        link
          .text()
          .replace(/[ \n]+/g, ' ')
          .trim(),
        item.anchor,
      ).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${kind}, \\d+\u00a0kB\\)$`));
      expect(link.attr('download'), item.anchor).toMatch(new RegExp(`^[a-z0-9-]+\\.${item.file.extension}$`));
      expect(link.attr('download'), item.anchor).not.toMatch(new RegExp(`-${item.file.extension}\\.`));
    }
  });

  it('marks every link to another site «(ekstern lenke)», once, whether or not the editor typed it', async () => {
    const years = await data.fetch<number[]>('*[_type == "conference"].year');
    let external = 0;
    for (const year of years) {
      const $ = page(`/konferanse/${year}`);
      const site = new URL($('link[rel="canonical"]').attr('href')!).host;
      $('.session__material > li').each((_, item) => {
        const link = $(item).children('a');
        const label = link.text().replace(/\s+/g, ' ').trim();
        const href = link.attr('href') ?? '';
        const leaves = /^https?:/.test(href) && new URL(href).host !== site;
        if (leaves) external++;
        expect(label.match(/ekstern lenke/g)?.length ?? 0, label).toBe(leaves ? 1 : 0);
        if (leaves) expect(label, label).toMatch(/ \(ekstern lenke\)$/);
      });
    }
    // The bundled programmes have a slide link typed with «(ekstern lenke)», one without, and videos.
    expect(external).toBeGreaterThan(2);
  });
});

describe('activity support', () => {
  it('offers the application form only while a round is open, and says when the next one opens', async () => {
    // The bundled rounds open on 15 January and 15 August 2027; the build is pinned to 26 November 2026.
    const rounds = await data.fetch<{ opensAt: string; deadline: string }[]>(
      '*[_id == "activitySupport"][0].rounds[]{ opensAt, deadline }',
    );
    expect(rounds.every((round) => round.opensAt > fixedNow.slice(0, 10))).toBe(true);
    const $ = page('/aktivitetsstotte');
    expect(text($, '.rounds__status')).toBe(
      'Neste søknadsrunde åpner 15. januar 2027. Da kommer lenken til søknadsskjemaet her.',
    );
    expect($('a.button').filter((_, link) => $(link).text().includes('Søk om aktivitetsstøtte')).length).toBe(0);
    expect(text($, '.rounds')).not.toContain('fristen er ute');
  });

  it('says by when, right after how much: the next opening day is the second key figure', async () => {
    const rounds = await data.fetch<{ opensAt: string; deadline: string }[]>(
      '*[_id == "activitySupport"][0].rounds[]{ opensAt, deadline }',
    );
    const states = rounds.map((round) => roundState(round, new Date(fixedNow)));
    expect(states).not.toContain('open');
    const next = rounds
      .filter((_, index) => states[index] === 'upcoming')
      .sort((a, b) => a.opensAt.localeCompare(b.opensAt))[0]!;
    const fact = page('/aktivitetsstotte')('.key-facts > div').eq(1);
    expect(
      fact
        .find('dd')
        .text()
        .replace(/\u00a0/g, ' '),
    ).toBe(formatDate(next.opensAt));
    expect(fact.find('dt').contents().first().text().trim()).toBe('åpner neste søknadsrunde');
  });

  it('marks the rounds, the opening day and the terms under them «Eksempel» while the grant says they are examples', async () => {
    const isSample = await data.fetch<boolean | null>('*[_id == "activitySupport"][0].isSample');
    // The bundled rounds and terms are invented: the programme's text gives only the amount and what it covers.
    expect(isSample).toBe(true);
    const $ = page('/aktivitetsstotte');
    const section = (id: string) => $(`#${id}`).parent();
    expect(section('rounds-heading').children('.sample-notice').length).toBe(1);
    // «Før dere søker» and «Etter tildelingen» come after the rounds' section, with a notice of their own.
    const terms = section('rounds-heading').next('.sample-notice');
    expect(terms.length).toBe(1);
    expect(terms.nextAll().find('h2').length).toBeGreaterThan(0);
    // The programme's own facts carry no notice: who can apply, for what, and how much.
    for (const id of ['who-heading', 'expenses-heading', 'amount-heading']) {
      expect(section(id).find('.sample-notice, .tag').length, id).toBe(0);
    }
    const facts = $('.key-facts > div');
    expect(facts.eq(0).find('.tag').length).toBe(0);
    expect(facts.eq(1).find('dt .tag').text()).toBe('Eksempel');
    // The home page's «Neste søknadsrunde åpner …» is the same date from the same rounds.
    const card = page('/')('#apply-heading').parent().find('.apply-paths li').first();
    expect(card.find('p').first().text().replace(/\s+/g, ' ').trim()).toMatch(
      /Neste søknadsrunde åpner .+\. Eksempel$/,
    );
  });

  it('states the maximum as what the text says, «som mest», not as a limit per organisation', () => {
    const $ = page('/aktivitetsstotte');
    expect(text($, '.key-facts > div:first-child dt')).toBe('kan dere søke om, som mest');
    expect(text($, 'main')).not.toContain('per organisasjon');
  });

  it('states the maximum amount from the grant, on one line, in the key figures and where the amount is explained', async () => {
    const maxAmount = await data.fetch<number>('*[_id == "activitySupport"][0].maxAmount');
    const amount = formatAmount(maxAmount);
    expect(amount, 'no ordinary space, so the amount never breaks over two lines').not.toMatch(/ /);
    const $ = page('/aktivitetsstotte');
    expect($('.key-facts > div').first().find('dd').text()).toBe(amount);
    expect($('#amount-heading').parent().find('strong').first().text()).toBe(amount);
    // Every amount the page names is that one: no text repeats a number that would stay behind when it changes.
    const amounts = $('main')
      .text()
      .match(/kr\s\d{1,3}(\s\d{3})*/g);
    expect(amounts?.length).toBeGreaterThanOrEqual(2);
    expect(amounts!.filter((named) => named !== amount)).toEqual([]);
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
        // The name alone, without the «Eksempel» tag an invented person carries.
        .map((_, name) => $(name).contents().not('.tag').text().trim())
        .get(),
    ).toEqual(pillar.contacts);
  });
});

describe('pages', () => {
  it("«Om For Alle» opens with «Kort fortalt»: a list linking to every pillar, without typing the grant's amount", async () => {
    const pillars = await data.fetch<PathableDocument[]>('*[_type == "pillar"]{ _type, slug }');
    const maxAmount = await data.fetch<number>('*[_id == "activitySupport"][0].maxAmount');
    const about = await data.fetch<PathableDocument>('*[_id == "page-om"][0]{ _type, slug }');
    const $ = page(documentPath(about)!);
    const heading = $('main article h2').first();
    expect(heading.text().trim()).toBe('Kort fortalt');
    const facts = heading.next('ul');
    const links = facts
      .find('a')
      .map((_, link) => link.attribs.href)
      .get();
    expect(pillars.length).toBeGreaterThan(0);
    for (const pillar of pillars) expect(links).toContain(documentPath(pillar));
    // The amount belongs on /aktivitetsstotte, where it comes from «Maksbeløp»: a copy here would stay behind.
    const digits = new RegExp(String(maxAmount).replace(/\B(?=(\d{3})+$)/g, '\\s?'));
    expect(facts.text()).not.toMatch(digits);
  });

  it("a pillar page has one heading over its stories, not the text's own «Les historiene» before the list", async () => {
    const pillars = await data.fetch<(PathableDocument & { stories: number })[]>(
      '*[_type == "pillar"]{ _type, slug, "stories": count(*[_type == "projectStory" && pillar._ref == ^._id]) }',
    );
    expect(pillars.some((pillar) => documentPath(pillar) === '/inkluderingsprosjekter' && pillar.stories > 0)).toBe(
      true,
    );
    for (const pillar of pillars) {
      const path = documentPath(pillar)!;
      const $ = page(path);
      const storyHeadings = $('main h2')
        .map((_, heading) => $(heading).text().trim())
        .get()
        .filter((heading) => /histori/i.test(heading));
      expect(storyHeadings.length, `${path}: ${storyHeadings.join(' / ')}`).toBeLessThanOrEqual(1);
      if (path === '/inkluderingsprosjekter') expect(storyHeadings, path).toHaveLength(1);
    }
  });

  it('the privacy page and the accessibility statement give the address from the settings and mark links to other sites «(ekstern lenke)»', async () => {
    const email = await data.fetch<string>('*[_id == "siteSettings"][0].contactEmail');
    for (const path of ['/personvern', '/tilgjengelighetserklaering']) {
      const $ = page(path);
      expect($(`main a[href="mailto:${email}"]`).length, path).toBeGreaterThan(0);
      const site = new URL($('link[rel="canonical"]').attr('href')!).host;
      const external = $('main a[href^="http"]').filter((_, link) => new URL(link.attribs.href).host !== site);
      expect(external.length, path).toBeGreaterThan(0);
      external.each((_, link) => {
        const label = $(link).text().replace(/\s+/g, ' ').trim();
        expect(label, path).toMatch(/^\S.* \(ekstern lenke\)$/);
      });
    }
    // The visitor's rights, and where to complain: Datatilsynet.
    const privacy = page('/personvern');
    expect(
      privacy('main h2')
        .map((_, heading) => privacy(heading).text().trim())
        .get(),
    ).toContain('Dine rettigheter');
    expect(privacy('main a[href^="https://www.datatilsynet.no"]').length).toBe(1);
  });
});

describe('rich text', () => {
  it('keeps a phone number an editor linked on one line', async () => {
    const linking = await data.fetch<PathableDocument[]>(
      '*[defined(slug.current) && count(body[].markDefs[string::startsWith(href, "tel:")]) > 0]{ _type, slug }',
    );
    // A link may also read «telefon»; those that show the number are the ones that must not split.
    const numbers = linking.flatMap((document) => {
      const $ = page(documentPath(document)!);
      return $('main .prose a[href^="tel:"]')
        .map((_, link) => $(link).text())
        .get()
        .filter((label) => /\d/.test(label));
    });
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(number).toMatch(/^[\d+][\d\u00a0]+\d$/);
  });

  it('keeps an amount an editor typed with ordinary spaces («1 100 utlån») on one line', async () => {
    const stories = await data.fetch<(PathableDocument & { text: string })[]>(
      '*[_type == "projectStory"]{ _type, slug, "text": pt::text(body) }',
    );
    const typed = stories.filter((story) => /\d \d{3}(?!\d)/.test(story.text));
    expect(typed.length).toBeGreaterThan(0);
    for (const story of typed) {
      const path = documentPath(story)!;
      const body = page(path)('main .prose').text();
      expect(body, path).toMatch(/\d\u00a0\d{3}(?!\d)/);
      expect(body, path).not.toMatch(/\d \d{3}(?!\d)/);
    }
  });
});

describe('the news feed', () => {
  it('dates every item no later than the build, so an event next year does not head the feed', async () => {
    const $ = load(readFileSync(distFile('/rss.xml'), 'utf8'), { xml: true });
    const dates = $('item > pubDate')
      .map((_, element) => Date.parse($(element).text()))
      .get();
    expect(dates.length).toBeGreaterThan(5);
    for (const date of dates) expect(date).toBeLessThanOrEqual(Date.parse(fixedNow));
    const upcoming = await data.fetch<string[]>('*[_type == "event" && start > $now].slug.current', { now: fixedNow });
    expect(upcoming.length).toBeGreaterThan(0);
  });
});

describe('research', () => {
  it('says who does the evaluation, over which years and how, before the questions and the rest of the text', async () => {
    const evaluation = await data.fetch<{
      startYear: number;
      resultsYear: number;
      methods: string[];
      partner: { name: string; website: string };
    }>(
      '*[_id == "pillar-forskning"][0].evaluation{ startYear, resultsYear, methods, "partner": researchPartner->{ name, website } }',
    );
    const $ = page('/forskning');
    const facts = $('.evaluation dl');
    expect(facts.find(`a[href="${evaluation.partner.website}"]`).text()).toBe(evaluation.partner.name);
    expect(text($, '.evaluation dl')).toContain(`Fra ${evaluation.startYear}`);
    expect(text($, '.evaluation dl')).toContain(`ventes i ${evaluation.resultsYear}`);
    expect(
      facts
        .find('li')
        .map((_, item) => $(item).text())
        .get(),
    ).toEqual(evaluation.methods);

    const headings = $('main :is(h2, h3)')
      .map((_, heading) => $(heading).text().trim())
      .get();
    const at = (heading: string) => headings.indexOf(heading);
    expect(at('Om evalueringen')).toBeGreaterThanOrEqual(0);
    expect(at('Om evalueringen')).toBeLessThan(at('De tre problemstillingene i evalueringen'));
    expect(at('De tre problemstillingene i evalueringen')).toBeLessThan(at('Om forskningsprosjektet'));
    // The pillar's own text sits under a heading of its own, not under the last question.
    expect(at('Om forskningsprosjektet')).toBeLessThan(at('Spørsmål forskningen også vil belyse'));
    expect($('#pillar-body-heading').next().find('p').first().text()).toMatch(/^Vi trenger mer kunnskap/);
  });

  it('marks all of «Om evalueringen» «Eksempel» while the evaluation says it is an example, and no key figure repeats its years', async () => {
    const evaluation = await data.fetch<{ isSample: boolean | null; startYear: number; resultsYear: number }>(
      '*[_id == "pillar-forskning"][0].evaluation{ isSample, startYear, resultsYear }',
    );
    // The programme's text names no researchers, years or methods: the bundled evaluation is an example.
    expect(evaluation.isSample).toBe(true);
    const $ = page('/forskning');
    expect($('.evaluation > .sample-notice').length).toBe(1);
    expect($('.evaluation > .sample-notice').index()).toBeLessThan($('.evaluation > dl').index());
    // One notice for the whole part, not a second «Eksempel» beside the researchers' name.
    expect($('.evaluation dl .tag').length).toBe(0);
    // The key figures above the part would state the example's years without its notice.
    const figures = $('.key-facts dd')
      .map((_, value) => $(value).text().trim())
      .get();
    expect(figures).not.toContain(String(evaluation.startYear));
    expect(figures).not.toContain(String(evaluation.resultsYear));
  });

  it('lists every research report in one place, each with its download or link', async () => {
    const reports = await data.fetch<{ slug: string; file: boolean }[]>(
      '*[_type == "researchUpdate" && (defined(report.file.asset) || defined(report.url))]{ "slug": slug.current, "file": defined(report.file.asset) }',
    );
    expect(reports.length).toBeGreaterThanOrEqual(2);
    const $ = page('/forskning');
    const items = $('.reports > li');
    expect(items.length).toBe(reports.length);
    for (const report of reports) {
      const item = items.filter((_, li) => $(li).find(`a[href="/forskning/${report.slug}"]`).length > 0);
      expect(item.length, report.slug).toBe(1);
      expect(item.find(report.file ? 'a[download][href$=".pdf"]' : 'a[href^="https://"]').length, report.slug).toBe(1);
    }
  });
});

describe('structured data', () => {
  const jsonLd = (path: string) =>
    page(path)('script[type="application/ld+json"]')
      .map((_, element) => JSON.parse(page(path)(element).text()))
      .get()
      .flat() as { '@type': string }[];

  it('is valid JSON with the right @type on each kind of page', () => {
    expect(jsonLd('/').map((item) => item['@type'])).toContain('Organization');
    expect(jsonLd('/historier/utstyrsbanken-i-bergen').map((item) => item['@type'])).toEqual(
      expect.arrayContaining(['Article', 'BreadcrumbList']),
    );
    expect(jsonLd('/arrangementer/arendalsuka-okonomisk-utenforskap').map((item) => item['@type'])).toContain('Event');
    expect(jsonLd('/konferanse/2025').filter((item) => item['@type'] === 'Event')).toHaveLength(2);
  });
});
