import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { materialTargets } from '../../src/lib/search/material-records';
import { countWords, wordListFile } from '../../src/lib/search/word-list';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { searchMaterialQuery } from '../../src/lib/sanity/queries';
import type { SearchMaterialQueryResult } from '../../src/lib/sanity/sanity.types';
import { pdfFormat } from '../../src/lib/search/contract';
import { readState } from '../../src/scripts/search/search-state';
import { foldWord } from '../../src/scripts/search/query-words';
import { synonymList } from '../../src/scripts/search/synonyms';
import { builtSite, distFile } from '../support/dist';

// What `npm run build` leaves in <site>/pagefind/, read back: every page that asks to be searchable is in the index
// as itself, and every PDF record leads to a place on a page that exists.

interface Fragment {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  content: string;
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Pagefind's fragments are gzipped JSON behind a short signature. */
function readFragments(site: string): Fragment[] {
  const dir = join(site, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

/** Site paths (`/historier/x/`) of the built pages that carry data-pagefind-body. */
function searchablePages(site: string): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(site, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    if (!readFileSync(file, 'utf8').includes('data-pagefind-body')) continue;
    const path = relative(site, file).split(sep).join('/');
    pages.push(`/${path.replace(/(^|\/)index\.html$/, '$1')}`);
  }
  return pages;
}

describe('the search index', () => {
  const fragments = readFragments(builtSite);
  const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
  const pages = searchablePages(builtSite);

  it('holds every page that carries data-pagefind-body, as the page itself', () => {
    expect(pages.length).toBeGreaterThan(10);
    const missing = pages.filter((path) => !byUrl.has(path));
    expect(missing).toEqual([]);
    // A PDF record given a page's bare URL would have replaced the page: its own words would not be found.
    const replaced = pages.filter((path) => byUrl.get(path)?.meta.file);
    expect(replaced).toEqual([]);
  });

  it('finds them where the index step looks: no searchable page lies deeper than two folders', () => {
    // scripts/build-search-index.ts hands Pagefind the pages at most two folders down (indexedPages).
    expect(pages.filter((path) => path.split('/').length > 4)).toEqual([]);
  });

  it('leads every PDF record to an anchor that exists on its page', () => {
    const records = fragments.filter((fragment) => fragment.meta.file);
    expect(records.length).toBeGreaterThanOrEqual(3);
    for (const record of records) {
      const [path, anchor] = record.url.split('#');
      expect(anchor, record.url).toBeTruthy();
      const $ = load(readFileSync(distFile(path), 'utf8'));
      expect($(`[id="${anchor}"]`).length, record.url).toBe(1);
      expect(existsSync(join(builtSite, record.meta.file)), record.meta.file).toBe(true);
    }
  });

  it('lists each PDF once, at its first place, naming the other pages that offer it', async () => {
    const source = await createBundledSource(bundledDatasetPath, 'published');
    const targets = materialTargets(await source.fetch<SearchMaterialQueryResult>(searchMaterialQuery));
    const records = fragments.filter((fragment) => fragment.meta.file);
    const files = records.map((record) => record.meta.file);
    expect(files.length).toBe(new Set(files).size);
    // The bundled dataset offers one file on two pages: the Nabolagsbudsjett report, also a session's material.
    const offeredTwice = [...new Set(targets.map((target) => target.downloadPath))].filter(
      (file) => targets.filter((target) => target.downloadPath === file).length > 1,
    );
    expect(offeredTwice.length).toBeGreaterThan(0);
    for (const file of offeredTwice) {
      const record = records.find((candidate) => candidate.meta.file === file)!;
      const places = [
        record.url,
        ...(JSON.parse(record.meta.also ?? '[]') as { url: string }[]).map((also) => also.url),
      ];
      expect(places.sort(), file).toEqual(
        targets
          .filter((target) => target.downloadPath === file)
          .map((target) => `${target.pagePath}#${target.anchor}`)
          .sort(),
      );
      for (const url of places) {
        const [path, anchor] = url.split('#');
        expect(load(readFileSync(distFile(path), 'utf8'))(`[id="${anchor}"]`).length, url).toBe(1);
      }
    }
  });

  it('files every PDF, and nothing else, under the «Dokumenter (PDF)» format', () => {
    const documents = fragments.filter((fragment) => fragment.filters.format?.includes(pdfFormat));
    const records = fragments.filter((fragment) => fragment.meta.file);
    expect(records.length).toBeGreaterThan(0);
    expect(documents.map((fragment) => fragment.url).sort()).toEqual(records.map((record) => record.url).sort());
  });

  it('gives every PDF record a context that names its page, a readable download name and its size', () => {
    const records = fragments.filter((fragment) => fragment.meta.file);
    for (const record of records) {
      // «Vedlegg» alone was the context of the activity support's guide: the page has no title field of its own.
      expect(record.meta.context, record.url).toMatch(/«.+»/);
      expect(record.meta.download, record.url).toMatch(/^[a-z0-9-]+\.pdf$/);
      expect(record.meta.download, record.url).not.toMatch(/^[0-9a-f]{40}\./);
      expect(record.meta.size, record.url).toMatch(/^\d[\d\u00a0]*\u00a0kB$/);
    }
  });

  it('files a conference year and its material under the towns its speakers came from, showing the venue', async () => {
    const source = await createBundledSource(bundledDatasetPath, 'published');
    const conferences = await source.fetch<
      { year: number; venue: string | null; sessions: { key: string; places: (string | null)[] | null }[] | null }[]
    >(
      `*[_type == "conference" && defined(year)]{ year, "venue": place->name,
        "sessions": sessions[]{ "key": _key, "places": speakers[]->organisation->place->name } }`,
    );
    let fromElsewhere = 0;
    for (const { year, venue, sessions } of conferences) {
      const page = byUrl.get(`/konferanse/${year}/`);
      expect(page, String(year)).toBeDefined();
      const speakerPlaces = (sessions ?? []).flatMap((session) => session.places ?? []).filter(Boolean) as string[];
      if (speakerPlaces.some((place) => place !== venue)) fromElsewhere += 1;
      expect(new Set(page!.filters.sted ?? []), String(year)).toEqual(
        new Set([venue, ...speakerPlaces].filter(Boolean)),
      );
      if (venue && speakerPlaces.some((place) => place !== venue)) expect(page!.meta.places).toBe(venue);
      // Each presentation under its own speakers' towns and the venue, not under every town of the programme.
      for (const record of fragments.filter(
        (fragment) => fragment.meta.file && fragment.url.startsWith(`/konferanse/${year}/#`),
      )) {
        const session = (sessions ?? []).find((candidate) => record.url.includes(`#sesjon-${candidate.key}-`))!;
        expect(new Set(record.filters.sted), record.url).toEqual(
          new Set([...(session.places ?? []), venue].filter(Boolean)),
        );
      }
    }
    expect(fromElsewhere).toBeGreaterThan(0);
  });

  it('offers a search over every year from the conference hub, as a plain form /sok reads as the conference filter', () => {
    const $ = load(readFileSync(distFile('/konferanse/'), 'utf8'));
    const form = $('#tidligere-konferanser form[role="search"]');
    expect(form.length).toBe(1);
    expect(form.attr('action')).toBe('/sok/');
    expect(form.attr('method')).toBe('get');
    const fields = new URLSearchParams(
      form
        .find('input[name]')
        .map((_, input) => [[$(input).attr('name')!, $(input).attr('value') ?? 'fritidskassen']])
        .get() as unknown as [string, string][],
    );
    const state = readState(fields);
    expect(state.filters.type).toEqual(['konferanse']);
    expect(state.query).toBe('fritidskassen');
    // The search field has a visible label.
    const input = form.find('input[type="search"]');
    expect(collapse(form.find(`label[for="${input.attr('id')}"]`).text())).toMatch(/alle år/);
  });

  it('keeps the question tags of research cards apart in what a result shows', () => {
    const tagged = fragments.filter((fragment) => /Problemstilling \d/.test(fragment.content));
    expect(tagged.length).toBeGreaterThan(0);
    expect(
      tagged.filter((fragment) => /Problemstilling \dProblemstilling/.test(fragment.content)).map((f) => f.url),
    ).toEqual([]);
  });

  it('lists a PDF offered both as a research report and as session material once, at the report', () => {
    const records = fragments.filter((fragment) => fragment.meta.file);
    const reports = records.filter((record) => record.url.endsWith('#rapport')).map((record) => record.meta.file);
    const shared = records.filter((record) => !record.url.endsWith('#rapport') && reports.includes(record.meta.file));
    expect(reports.length).toBeGreaterThan(0);
    expect(shared.map((record) => record.url)).toEqual([]);
  });

  it("leaves out the words every story repeats, and keeps each story's own tags and summary", () => {
    const stories = fragments.filter((fragment) => /^\/historier\/[^/]+\/$/.test(fragment.url));
    expect(stories.length).toBeGreaterThan(5);
    // «Kort fortalt» made every story a hit for «kort», «fortalt» and, as its start, «kor».
    for (const story of stories)
      for (const boilerplate of ['Flere historier fra', 'Flere historier om', 'Tiltaket:', 'Stikkord:', 'Kort fortalt'])
        expect(story.content, `${story.url}: «${boilerplate}»`).not.toContain(boilerplate);
    let summarised = 0;
    for (const story of stories) {
      const $ = load(readFileSync(distFile(story.url), 'utf8'));
      const summary = $('.kort-fortalt p').first().text().trim();
      if (!summary) continue;
      summarised += 1;
      expect(story.content, `${story.url}: its summary`).toContain(summary.slice(0, 40));
    }
    expect(summarised).toBeGreaterThan(0);
    let tagged = 0;
    for (const story of stories) {
      const $ = load(readFileSync(distFile(story.url), 'utf8'));
      const tags = $('.story__tags .story__tag')
        .map((_, tag) => $(tag).text().trim())
        .get();
      if (tags.length > 0) tagged += 1;
      for (const tag of tags) expect(story.content, `${story.url}: tag «${tag}»`).toContain(tag);
    }
    expect(tagged).toBeGreaterThan(0);
  });

  // «frivillige» found every edition by its workshops' venue, «Frivillighetens hus», ahead of the talks.
  it("finds a conference edition by its own text, not by its workshops' cards, which are found on their own pages", async () => {
    const data = await createBundledSource(bundledDatasetPath, 'published');
    const editions = await data.fetch<{ year: number; workshops: { slug: string; venue: string }[] }[]>(
      '*[_type == "conference" && count(workshops) > 0]{ year, "workshops": workshops[]->{ "slug": slug.current, "venue": venue.name } }',
    );
    expect(editions.length, 'an edition with workshops').toBeGreaterThan(0);
    for (const { year, workshops } of editions) {
      const edition = byUrl.get(`/konferanse/${year}/`);
      expect(edition, `${year} is in the index`).toBeTruthy();
      for (const workshop of workshops) {
        expect(byUrl.get(`/arrangementer/${workshop.slug}/`)?.content, workshop.slug).toContain(workshop.venue);
        expect(edition!.content, `${year}: ${workshop.venue}`).not.toContain(workshop.venue);
      }
    }
  });

  it('writes the words of the index beside it, for spelling suggestions, without e-mail addresses', () => {
    const words = JSON.parse(readFileSync(wordListFile(join(builtSite, 'pagefind')), 'utf8')) as string[];
    // Words of this index's text, most pages first (the rules of the list: tests/unit/word-list.test.ts).
    const pages = countWords(fragments.map((fragment) => fragment.content));
    expect(words.length).toBeGreaterThan(500);
    expect(words.filter((word) => !pages.has(word))).toEqual([]);
    expect(words.every((word, index) => index === 0 || pages.get(words[index - 1]!)! >= pages.get(word)!)).toBe(true);
    // The contact list's addresses are on the page, not in the index: «saebo» would hide «sæbø». (An address an
    // editor writes in running text stays: it is part of the text.)
    const $ = load(readFileSync(distFile('/kontakt/'), 'utf8'));
    const addresses = $('.contacts a[href^="mailto:"]')
      .map((_, link) => $(link).attr('href')!.slice('mailto:'.length))
      .get();
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses)
      for (const fragment of fragments) expect(fragment.content, fragment.url).not.toContain(address);
  });

  it('leads every everyday word of the synonym list, which no page has, to words the index holds', () => {
    const indexed = [
      ...new Set(fragments.flatMap((fragment) => foldWord(fragment.content).match(/[\p{L}\p{N}]+/gu) ?? [])),
    ];
    // The site's word may be inflected where it stands («utstyrsbanken») or begin a longer word
    // («lavinntektsfamilier»); search finds it by its beginning, as it does the everyday word if a page has it.
    const begins = (word: string) => indexed.some((candidate) => candidate.startsWith(foldWord(word)));
    for (const [everyday, meant] of Object.entries(synonymList)) {
      expect(begins(everyday), `«${everyday}» is on the site, so its line never applies`).toBe(false);
      for (const word of meant) expect(begins(word), `«${everyday}» → «${word}»`).toBe(true);
    }
  });

  it('counts what it holds, and the build removed the records it was handed', () => {
    const entry = JSON.parse(readFileSync(join(builtSite, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.nb.page_count).toBe(fragments.length);
    expect(existsSync(join(builtSite, 'pagefind', 'records.json'))).toBe(false);
  });
});
