// What holds across the site built from the bundled dataset: every route is written, every page has its own title,
// description, canonical URL, share picture and the header's shortcuts, each kind of page says what it is in
// structured data, and the news feed never runs ahead of the build. Expected pages are read from the dataset; the
// share pictures of a picture the editor framed are built from a fixture of their own.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { metaDescriptionLimit } from '../../src/lib/meta-description';
import { buildSite, testBuildDir } from '../support/build-site';
import { bandedPicture, shownBand, writeExportedPicture } from '../support/banded-picture';
import { distFile, fixedNow, hasPage, page, pagePaths, text } from '../support/dist';
import { fixtureDataset, fixturePlace, fixtureStory } from '../support/fixture-dataset';

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
      // The routes of the site's own pages; what the dataset holds follows.
      '/historier',
      '/arrangementer',
      '/konferanse',
      '/steder',
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

  it('calls one thing by one name on every page: «Presentasjon», «Prøv alt»-uka, «den første avklaringen»', () => {
    for (const path of pagePaths()) {
      const said = text(page(path), 'main');
      // Slides: the heading is «Presentasjoner og opptak», and a file without a title becomes «Presentasjon: …».
      expect(said, path).not.toMatch(/\bLysark\b/);
      expect(said, path).not.toContain('«prøv-alt»');
      // The phase before an application is «den første avklaringen, som vi kaller scoping» on /samarbeidsprosjekter.
      expect(said, path).not.toContain('innledende avklaring');
    }
  });

  it('starts a question after a colon with a capital letter, as Språkrådet does a whole sentence', () => {
    // «Barn i lavinntektsfamilier: hva vet vi?», «Levekår og livskvalitet: kan vi måle endring?». Found simply: a
    // question after a colon that opens with a verb, or has one of the common verbs in it, within one block of text.
    // «Velkommen: hvorfor samlet innsats?» has no verb and stays small, as does «… sektor – hvem gjør hva?».
    const lowerQuestion =
      /: (?:(?:kan|er|har|vil|skal|medfører|fortrenger|treffer)\s[^.!?–:]*\?|[a-zæøå][^\s.!?–:]*\s[^.!?–:]*?\b(?:er|har|kan|vet|tar|gjør|må|blir|skal|vil)\s[^.!?–:]*\?)/u;
    const found: string[] = [];
    for (const path of pagePaths()) {
      const $ = page(path);
      $('main :is(h1, h2, h3, h4, p, li, dd, blockquote)').each((_, block) => {
        if ($(block).find('p, li, h2, h3, h4').length > 0) return;
        const match = lowerQuestion.exec($(block).text().replace(/\s+/g, ' '));
        if (match) found.push(`${path}: ${match[0]}`);
      });
    }
    expect(found).toEqual([]);
  });

  // «Programmet for dagen står ikke her», «Hva det koster …, står ikke her ennå»: notes left in a draft, to a visitor.
  it('never says what a page does not contain', () => {
    const found = [...pagePaths(), '/404.html'].filter((path) => /står ikke her/i.test(text(page(path), 'main')));
    expect(found).toEqual([]);
  });

  it('gives every page a unique title, a description and a canonical URL', () => {
    const urls = pagePaths();
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

describe('what search engines show', () => {
  // The seven place pages' descriptions ran to 290 characters; the first 160, all a snippet shows, were the same on
  // every place but for its name, and the sentence about the place came last and was cut off.
  it('gives every page a description of its own, in whole sentences, within the limit', () => {
    const pages = new Map<string, string>();
    for (const path of [...pagePaths(), '/404.html']) {
      const description = page(path)('meta[name="description"]').attr('content') ?? '';
      expect(description.length, `${path}: ${description}`).toBeLessThanOrEqual(metaDescriptionLimit);
      expect(description, path).toMatch(/[.!?»…]$/);
      expect(pages.get(description), `${path} has the description of ${pages.get(description)}`).toBeUndefined();
      pages.set(description, path);
    }
  });

  it('names the site once in each tab title, and on the home page says what the site is about', async () => {
    const settings = await data.fetch<{ title: string; tagline: string }>(
      '*[_id == "siteSettings"][0]{ title, tagline }',
    );
    const twice = new RegExp(`${settings.title}.*${settings.title}`);
    for (const path of [...pagePaths(), '/404.html']) expect(page(path)('title').text(), path).not.toMatch(twice);
    // «For Alle» alone said nothing; «Om For Alle – For Alle» said the name twice.
    expect(page('/')('title').text()).toBe(`${settings.title} – ${settings.tagline.toLocaleLowerCase('nb')}`);
    expect(page('/om')('title').text()).toBe('Om For Alle');
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
    // `<sha1>-share.jpg`, or `<sha1>-<framing>-share.jpg` for a picture the editor framed (src/lib/image-framing.ts).
    const withoutPicture = pagePaths().filter(
      (path) => !/^https:\/\/.+\/media\/[0-9a-f]{40}(?:-[0-9a-f]{8})?-share\.jpg$/.test(ogImage(path)),
    );
    expect(withoutPicture).toEqual([]);
  });

  // The media endpoint makes share pictures from its own list (sharePicturesQuery), apart from the pages that name
  // them: a page type given a picture, or a use framed differently, would otherwise publish an og:image that is
  // missing, and the preview would show no picture.
  it("point every page's og:image at a JPEG in the site, of the size the page says", async () => {
    const files = new Map<string, string>();
    for (const path of pagePaths()) {
      const $ = page(path);
      const file = new URL(ogImage(path)).pathname;
      expect(hasPage(file), `${path}: ${file}`).toBe(true);
      const size = ['og:image:width', 'og:image:height'].map((key) => $(`meta[property="${key}"]`).attr('content'));
      files.set(file, size.join('x'));
    }
    // A JPEG, which LinkedIn shows (it has shown no WebP).
    for (const [file, size] of files) {
      const { format, width, height } = await sharp(distFile(file)).metadata();
      expect(`${format} ${width}x${height}`, file).toBe(`jpeg ${size}`);
    }
  });

  // Facebook and Messenger show no picture on the first share of an address without its size; X, Mastodon and Slack
  // read the alt text to someone using a screen reader. A decorative picture has none to read.
  it("give the picture's size and type, and its alt text unless it is decorative", async () => {
    const fallbackAlt = await data.fetch<string>('*[_id == "siteSettings"][0].defaultShareImage.alt');
    const decorative = await data.fetch<string>(
      '*[_type == "projectStory" && mainImage.decorative == true][0].slug.current',
    );
    const meta = (path: string, key: string) =>
      page(path)(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
    for (const path of pagePaths()) {
      expect(meta(path, 'og:image:width'), path).toBe('1200');
      expect(meta(path, 'og:image:height'), path).toBe('630');
      expect(meta(path, 'og:image:type'), path).toBe('image/jpeg');
    }
    expect(fallbackAlt).toBeTruthy();
    expect(meta('/historier', 'og:image:alt')).toBe(fallbackAlt);
    expect(meta('/historier', 'twitter:image:alt')).toBe(fallbackAlt);
    expect(meta(`/historier/${decorative}`, 'og:image')).toBeTruthy();
    expect(meta(`/historier/${decorative}`, 'og:image:alt')).toBeUndefined();
    expect(meta(`/historier/${decorative}`, 'twitter:image:alt')).toBeUndefined();
  });
});

// A story's preview is cut as the editor framed its picture in the Studio: around the focal point (hotspot), from the
// part kept (crop). Before, every preview was cut from the middle, and a tall picture lost its top and bottom.
describe('link previews of a picture the editor framed', () => {
  // A tall picture in three bands (tests/support/banded-picture.ts): a 1.91:1 cut from its middle is all green.
  const place = fixturePlace;
  const story = (slug: string, picture: string, framing: object) =>
    fixtureStory(slug, {
      mainImage: {
        _type: 'figure',
        _sanityAsset: picture,
        alt: 'Tre fargede felt.',
        childConsentConfirmed: true,
        ...framing,
      },
    });
  let outDir: string;
  let pictureSha1: string;
  beforeAll(async () => {
    const picture = await bandedPicture();
    pictureSha1 = picture.sha1;
    const { exported } = picture;
    const dataset = fixtureDataset({
      extra: [
        place,
        // The focal point near the top: the cut keeps the red band.
        story('fokus-oppe', exported, {
          hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.1, width: 0.4, height: 0.1 },
        }),
        // The lower 30 % kept: the cut is made inside it, in the blue band.
        story('beskaaret', exported, { crop: { _type: 'sanity.imageCrop', top: 0.7, bottom: 0, left: 0, right: 0 } }),
        // Not framed: cut from the middle, as before, under the name it had.
        story('uten-fokus', exported, {}),
      ],
    });
    writeExportedPicture(dataset, picture);
    outDir = testBuildDir('framed-share');
    await buildSite({ outDir, env: { LOCAL_DATASET: dataset, BUILD_NOW: fixedNow }, searchIndex: false });
  }, 240_000);

  /** The band a page's share picture shows. */
  const sharedBand = (path: string) => {
    const url = page(path, outDir)('meta[property="og:image"]').attr('content') ?? '';
    return shownBand(distFile(new URL(url).pathname, outDir));
  };

  it('cut around the focal point and from the part the editor kept, each use of the picture its own file', async () => {
    expect(await sharedBand('/historier/fokus-oppe')).toBe('red');
    expect(await sharedBand('/historier/beskaaret')).toBe('blue');
    expect(await sharedBand('/historier/uten-fokus')).toBe('green');
    const ogImage = (path: string) =>
      new URL(page(path, outDir)('meta[property="og:image"]').attr('content')!).pathname;
    expect(ogImage('/historier/uten-fokus')).toBe(`/media/${pictureSha1}-share.jpg`);
    expect(ogImage('/historier/fokus-oppe')).toMatch(new RegExp(`^/media/${pictureSha1}-[0-9a-f]{8}-share\\.jpg$`));
    expect(ogImage('/historier/beskaaret')).toMatch(new RegExp(`^/media/${pictureSha1}-[0-9a-f]{8}-share\\.jpg$`));
    expect(ogImage('/historier/beskaaret')).not.toBe(ogImage('/historier/fokus-oppe'));
    // The size the page gives is the file's: the 800 px wide picture is not scaled up.
    for (const path of ['/historier/fokus-oppe', '/historier/beskaaret', '/historier/uten-fokus']) {
      const $ = page(path, outDir);
      const { width, height } = await sharp(distFile(ogImage(path), outDir)).metadata();
      expect([width, height], path).toEqual([800, 420]);
      expect($('meta[property="og:image:width"]').attr('content'), path).toBe('800');
      expect($('meta[property="og:image:height"]').attr('content'), path).toBe('420');
    }
  });
});

describe('the header', () => {
  // The menu said «Konferanse», the page it led to «Konferanse og workshops»: one page under two names.
  it("names each pillar in the menu as the pillar's page, its breadcrumb and the years' breadcrumbs name it", async () => {
    const pillars = await data.fetch<string[]>('*[_type == "pillar"].slug.current');
    const menu = page('/')('.site-menu a')
      .map((_, link) => ({ label: load(link).text().trim(), href: link.attribs.href }))
      .get();
    for (const slug of pillars) {
      const item = menu.find((link) => link.href === `/${slug}/`);
      expect(item, slug).toBeDefined();
      const $ = page(`/${slug}`);
      expect(text($, 'h1'), slug).toBe(item!.label);
      expect(text($, '.breadcrumbs li').endsWith(item!.label), slug).toBe(true);
    }
    const conference = menu.find((link) => link.href === '/konferanse/')!;
    const year = await data.fetch<number>('*[_type == "conference"][0].year');
    expect(page(`/konferanse/${year}`)('.breadcrumbs a[href="/konferanse/"]').text().trim()).toBe(conference.label);
  });

  it("offers the shortcuts from the settings, each to one of the site's own pages, beside the search on every page", async () => {
    const shortcuts = await data.fetch<{ label: string; slug: string }[]>(
      '*[_id == "siteSettings"][0].shortcuts[]{ label, "slug": reference->slug.current }',
    );
    const pages = await slugs('page');
    expect(shortcuts.length).toBeGreaterThan(1);
    // The shortcuts lead to the site's own pages (the settings name «Om For Alle» and «Kontakt»).
    for (const shortcut of shortcuts) expect(pages).toContain(shortcut.slug);
    for (const path of [...pagePaths(), '/404.html']) {
      const links = page(path)('.site-header nav[aria-label="Snarveier"] a')
        .map((_, link) => `${load(link).text().trim()} ${link.attribs.href}`)
        .get();
      expect(links, path).toEqual(shortcuts.map((shortcut) => `${shortcut.label} /${shortcut.slug}/`));
    }
  });

  it('marks the menu item of the page, or of the section a page is in, also where the settings type the address', async () => {
    const typed = await data.fetch<{ label: string; href: string }[]>(
      '*[_id == "siteSettings"][0].mainNavigation[defined(href)]{ label, href }',
    );
    const stories = typed.find((item) => item.href === '/historier');
    expect(stories, 'a menu item typed as /historier in the settings').toBeTruthy();
    const [story] = await slugs('projectStory');
    const marked = (path: string) =>
      page(path)('.site-menu a[aria-current]')
        .map((_, link) => `${load(link).text().trim()} ${link.attribs['aria-current']}`)
        .get();
    expect(marked('/historier/')).toEqual([`${stories!.label} page`]);
    expect(marked(`/historier/${story}/`)).toEqual([`${stories!.label} true`]);
    expect(marked('/om/')).toEqual([]);
  });
});

describe('structured data', () => {
  const jsonLd = (path: string) =>
    page(path)('script[type="application/ld+json"]')
      .map((_, element) => JSON.parse(page(path)(element).text()))
      .get()
      .flat() as { '@type': string }[];

  it('is valid JSON with the right @type on each kind of page', async () => {
    const [story] = await slugs('projectStory');
    const events = await data.fetch<{ slug: string; isSample: boolean | null }[]>(
      '*[_type == "event" && defined(start) && defined(slug.current)]{ "slug": slug.current, isSample }',
    );
    const conferences = await data.fetch<{ year: number; days: number; isSample: boolean | null }[]>(
      '*[_type == "conference" && defined(year)]{ year, "days": count(days[defined(start)]), isSample }',
    );
    expect(jsonLd('/').map((item) => item['@type'])).toContain('Organization');
    expect(jsonLd(`/historier/${story}`).map((item) => item['@type'])).toEqual(
      expect.arrayContaining(['Article', 'BreadcrumbList']),
    );
    // An event is an Event, a conference one Event per day; an invented one none (sample-marking.test.ts builds real
    // ones).
    expect(conferences.some((conference) => conference.days > 1)).toBe(true);
    for (const { slug, isSample } of events)
      expect(
        jsonLd(`/arrangementer/${slug}`).filter((item) => item['@type'] === 'Event'),
        slug,
      ).toHaveLength(isSample ? 0 : 1);
    for (const { year, days, isSample } of conferences)
      expect(
        jsonLd(`/konferanse/${year}`).filter((item) => item['@type'] === 'Event'),
        String(year),
      ).toHaveLength(isSample ? 0 : days);
  });

  // Without one @id, a search engine reads the layout's Organization and an article's author as two organisations.
  it('describes the site’s organisation once, under the settings’ name, and names it elsewhere by its @id', async () => {
    const title = await data.fetch<string>('*[_id == "siteSettings"][0].title');
    const [story] = await slugs('projectStory');
    const [update] = await slugs('researchUpdate');
    const id = 'https://foralle.example.no/#organisasjon';
    /** Every object in the blocks that is the site's organisation or names it by its @id. */
    const mentions = (value: unknown): Record<string, unknown>[] =>
      Array.isArray(value)
        ? value.flatMap(mentions)
        : value && typeof value === 'object'
          ? [
              ...((value as Record<string, unknown>)['@id'] === id ? [value as Record<string, unknown>] : []),
              ...Object.values(value).flatMap(mentions),
            ]
          : [];
    const referencesOn = new Map<string, number>();
    for (const path of pagePaths()) {
      const blocks = jsonLd(path) as Record<string, unknown>[];
      const organisations = blocks.filter((block) => block['@type'] === 'Organization');
      expect(organisations, path).toHaveLength(1);
      expect(organisations[0], path).toMatchObject({ '@id': id, name: title });
      // The rest are references: a second description could give the same organisation another name.
      const references = mentions(blocks).filter((mention) => mention !== organisations[0]);
      for (const reference of references) expect(reference, path).toEqual({ '@id': id });
      referencesOn.set(path, references.length);
    }
    // The WebSite's publisher; a story's author and publisher; a research update's publisher (its author is the
    // research partner, when it has one).
    expect(referencesOn.get('/')).toBe(1);
    expect(referencesOn.get(`/historier/${story}/`)).toBe(2);
    const hasPartner = await data.fetch<boolean>(
      'defined(*[_type == "researchUpdate" && slug.current == $slug][0].partner)',
      {
        slug: update,
      },
    );
    expect(referencesOn.get(`/forskning/${update}/`)).toBe(hasPartner ? 1 : 2);
  });

  // What Google shows in a result: the site's name, who stands behind an article, its picture and date.
  it('names the site on the home page, and gives each article its author, picture and publication date', async () => {
    const settings = await data.fetch<{ title: string; organisationName: string }>(
      '*[_id == "siteSettings"][0]{ title, organisationName }',
    );
    const site = jsonLd('/').find((item) => item['@type'] === 'WebSite') as Record<string, unknown> | undefined;
    expect(site).toMatchObject({
      name: settings.title,
      alternateName: `${settings.title} – ${settings.organisationName}`,
      url: 'https://foralle.example.no/',
    });
    const story = await data.fetch<{ slug: string; publishedAt: string }>(
      '*[_type == "projectStory"] | order(publishedAt desc)[0]{ "slug": slug.current, publishedAt }',
    );
    const update = await data.fetch<{ slug: string; partner: string }>(
      '*[_type == "researchUpdate" && defined(partner)][0]{ "slug": slug.current, "partner": partner->name }',
    );
    for (const path of [`/historier/${story.slug}`, `/forskning/${update.slug}`]) {
      const article = jsonLd(path).find((item) => item['@type'] === 'Article') as Record<string, unknown>;
      // A research update is its research partner's, as its report says: a reference manager cites them.
      if (path.startsWith('/forskning/'))
        expect(article.author, path).toMatchObject({ '@type': 'Organization', name: update.partner });
      else expect(article.author, path).toEqual({ '@id': 'https://foralle.example.no/#organisasjon' });
      expect(article.publisher, path).toEqual({ '@id': 'https://foralle.example.no/#organisasjon' });
      expect(article.image, path).toMatch(/^https:\/\/foralle\.example\.no\/media\//);
      expect(page(path)('meta[property="article:published_time"]').attr('content'), path).toBeTruthy();
    }
    expect(page(`/historier/${story.slug}`)('meta[property="article:published_time"]').attr('content')).toBe(
      story.publishedAt,
    );
    expect(page('/historier')('meta[property="article:published_time"]').length).toBe(0);
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
