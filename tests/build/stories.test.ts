// Project stories and their listings as a visitor meets them: a story's page, where it is listed, and the outline
// of every listing page. Expected stories and counts are read from the bundled dataset.
import type { AnyNode, Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageSize } from '../../src/lib/pagination';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { page, text } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

// The bundled pillars with stories, in the definite plural as a Norwegian reader expects them.
const pillarsInDefinite: Record<string, string> = {
  samarbeidsprosjekter: 'samarbeidsprosjektene',
  inkluderingsprosjekter: 'inkluderingsprosjektene',
};

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

  // «Prosjektperiode» right under the link to the place's project read as that project's period, which started earlier.
  it("give the initiative's period after «Tiltaket:», not «Prosjektperiode», as a fragment: «fra 2024, pågår»", async () => {
    const stories = await data.fetch<{ slug: string; startYear: number }[]>(
      '*[_type == "projectStory" && defined(period.startYear) && (period.ongoing == true || (!defined(period.ongoing) && !defined(period.endYear)))]{ "slug": slug.current, "startYear": period.startYear }',
    );
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories)
      expect(text(page(`/historier/${story.slug}`), 'header p.muted'), story.slug).toContain(
        `Tiltaket: fra ${story.startYear}, pågår`,
      );
    for (const slug of await data.fetch<string[]>('*[_type == "projectStory"].slug.current'))
      expect(text(page(`/historier/${slug}`), 'main'), slug).not.toContain('Prosjektperiode:');
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
        ...(story.place ? [[`Flere historier fra ${story.place.name}`, `/historier/sted/${story.place.slug}/`]] : []),
        ...(story.pillar
          ? [
              [
                // The listing's own name, «Historier fra samarbeidsprosjektene», not «om samarbeidsprosjekter».
                `Flere historier fra ${pillarsInDefinite[story.pillar.slug!]}`,
                `/historier/tema/${story.pillar.slug}/`,
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
        expect(listing('.grid .card').length).toBe(Math.min(place.stories.length, pageSize));
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
    // Page 1 is the listing itself, then `<base>/side/<n>`, pageSize stories a page.
    return bases.flatMap(({ base, count }) =>
      Array.from({ length: Math.max(1, Math.ceil(count / pageSize)) }, (_, index) => ({
        path: index === 0 ? base : `${base}/side/${index + 1}`,
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

describe('a pillar’s story listing', () => {
  it('is named as the links to it name it, «Historier fra samarbeidsprosjektene», not «Historier: Samarbeidsprosjekter»', async () => {
    const pillars = await data.fetch<{ slug: string; title: string }[]>(
      '*[_type == "pillar" && count(*[_type == "projectStory" && pillar._ref == ^._id]) > 0]{ "slug": slug.current, title }',
    );
    expect(pillars.length).toBe(2);
    for (const pillar of pillars) {
      const $ = page(`/historier/tema/${pillar.slug}`);
      const name = `Historier fra ${pillarsInDefinite[pillar.slug]}`;
      expect(text($, 'h1'), pillar.slug).toBe(name);
      expect($('title').text(), pillar.slug).toMatch(new RegExp(`^${name} `));
    }
    // The pillar page's own link to the listing says the same.
    expect(text(page('/samarbeidsprosjekter'), 'main')).toContain('Alle historier fra samarbeidsprosjektene');
  });
});
