// @vitest-environment jsdom
// What a screen reader hears as the names of a /sok result's links: an event's title with the year its title leaves
// out (events recur under one title, as EventCard.astro says it), a section link with the page it belongs to, and the
// sessions of a conference year as «innlegg», the programme's own word. The browser test
// (tests/e2e/search-link-names.test.ts) checks the names over the real index.
import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/scripts/search/pagefind-api';
import { foldWord } from '../../src/scripts/search/query-words';
import { maxSessionLinks, renderResult, sectionLinkMinWords } from '../../src/scripts/search/render-result';

function result(partial: Partial<PagefindResultData>): PagefindResultData {
  return {
    url: '/arrangementer/workshop-bergen-2025/',
    excerpt: '',
    raw_content: '',
    word_count: 10,
    meta: {},
    filters: {},
    sub_results: [],
    anchors: [],
    locations: [],
    ...partial,
  };
}

const titleLink = (item: HTMLElement) => item.querySelector('.search-result__title a')!;
const hiddenText = (link: Element) => link.querySelector('.visually-hidden')?.textContent ?? null;

describe('the title link of a result', () => {
  it('gives an event the year of its date, out of sight, when its title does not say it', () => {
    const item = renderResult(
      result({ meta: { title: 'Workshop i Bergen', date: '2025-02-18' }, filters: { type: ['arrangement'] } }),
      false,
    );
    expect(titleLink(item).textContent).toBe('Workshop i Bergen (2025)');
    expect(hiddenText(titleLink(item))).toBe(' (2025)');
  });

  it.each([
    ['an event whose title has the year', { title: 'Sommerfest 2025', date: '2025-06-18' }, ['arrangement']],
    ['an event without a date', { title: 'Workshop i Bergen' }, ['arrangement']],
    ['a conference year', { title: 'Workshop i Bergen', date: '2025-01-22' }, ['konferanse']],
    ['a story', { title: 'Kor i Kristiansand', date: '2025-03-01' }, ['historie']],
    ['a PDF from an event', { title: 'Program', date: '2025-02-18', file: '/filer/program.pdf' }, ['arrangement']],
  ])('adds nothing for %s', (_, meta, type) => {
    const item = renderResult(result({ meta, filters: { type } }), false);
    expect(hiddenText(titleLink(item))).toBeNull();
  });
});

describe('the section link of a long page', () => {
  const words = Array.from({ length: sectionLinkMinWords }, (_, index) => (index === 5 ? 'påmelding' : 'tekst'));
  const conferencePage = (title: string, type: string, date?: string) =>
    result({
      url: '/konferanse/2026/',
      raw_content: words.join(' '),
      word_count: words.length,
      meta: { title, ...(date ? { date } : {}) },
      filters: { type: [type] },
      sub_results: [
        {
          title: 'Om konferansen',
          url: '/konferanse/2026/#about-heading',
          excerpt: 'Om <mark>påmelding</mark>',
          anchor: { element: 'h2', id: 'about-heading', text: 'Om konferansen', location: 0 },
          locations: [5],
        },
      ],
    });
  const sectionLink = (item: HTMLElement) => item.querySelector('.search-result__section a')!;

  it('names the page the section belongs to, out of sight: «Om konferansen» is on every conference year', () => {
    const item = renderResult(conferencePage('For Alle-konferansen 2026', 'konferanse'), true, [foldWord('påmelding')]);
    expect(sectionLink(item).textContent).toBe('Om konferansen – For Alle-konferansen 2026');
    expect(hiddenText(sectionLink(item))).toBe(' – For Alle-konferansen 2026');
  });

  it('names an event’s page with its year, as the title link does', () => {
    const item = renderResult(conferencePage('Workshop i Bergen', 'arrangement', '2026-02-17'), true, [
      foldWord('påmelding'),
    ]);
    expect(sectionLink(item).textContent).toBe('Om konferansen – Workshop i Bergen (2026)');
  });
});

describe('the sessions of a conference year', () => {
  const sessions = Array.from({ length: maxSessionLinks + 2 }, (_, index) => ({
    title: `Innlegg ${index + 1}`,
    url: `/konferanse/2025/#sesjon-${index + 1}`,
    excerpt: 'om <mark>utstyr</mark>',
    anchor: { element: 'h3', id: `sesjon-${index + 1}`, text: `Innlegg ${index + 1}`, location: 0 },
    locations: [0],
  }));

  it('are «innlegg» in the list’s name and in the count of those left out', () => {
    const item = renderResult(
      result({ url: '/konferanse/2025/', meta: { title: 'For Alle-konferansen 2025' }, sub_results: sessions }),
      true,
      ['utstyr'],
    );
    expect(item.querySelector('.search-result__sessions')!.getAttribute('aria-label')).toBe(
      'Innlegg med treff i For Alle-konferansen 2025',
    );
    expect(item.querySelector('.search-result__more-sessions')!.textContent).toBe('og 2 innlegg til med treff');
  });
});
