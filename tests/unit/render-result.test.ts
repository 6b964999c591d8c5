// The choices behind one /sok result, over hand-made Pagefind result data: which sessions and which section a result
// links to, the other places a PDF is offered, and the thumbnail's size. The browser tests
// (tests/e2e/search*.test.ts) check the drawn result over the real index.
import { describe, expect, it } from 'vitest';
import type { PagefindAnchor, PagefindResultData, PagefindSubResult } from '../../src/scripts/search/pagefind-api';
import { foldWord } from '../../src/scripts/search/query-words';
import {
  bestSection,
  maxSessionLinks,
  sectionLinkMinWords,
  sessionLinks,
  sessionsToShow,
  thumbnailPath,
  type SessionLink,
} from '../../src/scripts/search/render-result';
import { parseAlsoOffered } from '../../src/lib/search/contract';

const pageUrl = '/konferanse/2025/';

/** A page of `text`; its sections and sessions point into it with `hits`. */
function page(text: string, partial: Partial<PagefindResultData> = {}): PagefindResultData {
  return {
    url: pageUrl,
    excerpt: 'Sidens utdrag',
    raw_content: text,
    word_count: text.split(/\s+/).length,
    meta: {},
    filters: {},
    sub_results: [],
    anchors: [],
    locations: [],
    ...partial,
  };
}

/** Where in `text` the given words stand (split at white space, as Pagefind counts): each occurrence is a hit. */
function hits(text: string, ...words: string[]): number[] {
  return text.split(/\s+/).flatMap((word, index) => (words.includes(word) ? [index] : []));
}

function heading(id: string, text: string, element = 'h2'): PagefindAnchor {
  return { element, id, text, location: 0 };
}

/** A sub-result at a heading, as Pagefind gives one for each heading with an id that holds a hit. */
function section(text: string, anchor: PagefindAnchor | undefined, ...words: string[]): PagefindSubResult {
  return {
    title: anchor?.text ?? 'Siden',
    url: anchor ? `${pageUrl}#${anchor.id}` : pageUrl,
    excerpt: `Utdrag fra ${anchor?.text ?? 'siden'}`,
    anchor,
    locations: hits(text, ...words),
  };
}

/** Pagefind's weighted locations of a sub-result's hits, each in an element of `weight`. */
function weighted(sub: PagefindSubResult, weight: number): PagefindSubResult['weighted_locations'] {
  return sub.locations.map((location) => ({ weight, balanced_score: weight, location }));
}

describe('thumbnailPath', () => {
  it.each([
    ['a wide variant becomes the 480px one', '/media/6a13b9-1200.webp', '/media/6a13b9-480.webp'],
    ['the 480px variant stays', '/media/6a13b9-480.webp', '/media/6a13b9-480.webp'],
    ['a narrower variant stays', '/media/6a13b9-320.webp', '/media/6a13b9-320.webp'],
    ['an image not from /media stays', '/bilder/logo-1200.webp', '/bilder/logo-1200.webp'],
    ['another format stays', '/media/6a13b9-1200.jpg', '/media/6a13b9-1200.jpg'],
  ])('%s', (_, src, thumbnail) => {
    expect(thumbnailPath(src)).toBe(thumbnail);
  });
});

describe('sessionLinks', () => {
  const programme =
    'Program Åpning Trener og trener, Trenere i klubben Pause Utstyr til alle Om konferansen Trener igjen';
  const opening = heading('sesjon-apning', 'Åpning', 'h3');
  const equipment = heading('sesjon-utstyr', 'Utstyr til alle', 'h3');
  const about = heading('om', 'Om konferansen');
  const material = JSON.stringify({ 'sesjon-apning': 'PDF og videoopptak' });

  it('links, with words, each session holding a hit, with its excerpt, what it offers and the query words it has', () => {
    const data = page(programme, {
      meta: { session_material: material },
      sub_results: [
        section(programme, undefined, 'Program'),
        section(programme, opening, 'Trener', 'trener,', 'Trenere'),
        section(programme, about, 'Trener'),
        section(programme, equipment, 'Utstyr'),
      ],
    });
    expect(sessionLinks(data, true, ['trener', 'utstyr'])).toEqual([
      {
        title: 'Åpning',
        url: `${pageUrl}#sesjon-apning`,
        material: 'PDF og videoopptak',
        excerpt: 'Utdrag fra Åpning',
        // «Trener», «trener,» and «Trenere» are all hits for the one query word «trener».
        matchedWords: 1,
        titleSaysQuery: false,
      },
      {
        title: 'Utstyr til alle',
        url: `${pageUrl}#sesjon-utstyr`,
        material: null,
        excerpt: 'Utdrag fra Utstyr til alle',
        matchedWords: 1,
        titleSaysQuery: false,
      },
    ]);
  });

  it('counts no small words, and marks the session whose title is the query («Hva koster det å ikke gjøre noe»)', () => {
    const text = 'Program Hva koster det å ikke gjøre noe Kostnad og nytte Å gjøre det sammen Det er noe å lære';
    const costs = heading('sesjon-koster', 'Hva koster det å ikke gjøre noe', 'h3');
    const together = heading('sesjon-sammen', 'Å gjøre det sammen', 'h3');
    const learning = heading('sesjon-lare', 'Det er noe å lære', 'h3');
    const query = ['hva', 'koster', 'det', 'a', 'ikke', 'gjøre', 'noe'];
    const links = sessionLinks(
      page(text, {
        sub_results: [
          section(text, together, 'Å', 'gjøre', 'det'),
          section(text, learning, 'Det', 'noe', 'å'),
          section(text, costs, 'Hva', 'koster', 'det', 'å', 'ikke', 'gjøre', 'noe'),
        ],
      }),
      true,
      query,
    );
    // «gjøre» is a word of the subject; «det», «å», «noe» and «ikke» are not counted.
    expect(links.map((link) => [link.title, link.matchedWords, link.titleSaysQuery])).toEqual([
      ['Å gjøre det sammen', 1, false],
      ['Det er noe å lære', 0, false],
      ['Hva koster det å ikke gjøre noe', 2, true],
    ]);
    // Shown first, though the programme has it last.
    expect(sessionsToShow(links).shown.map((link) => link.title)).toEqual([
      'Hva koster det å ikke gjøre noe',
      'Å gjøre det sammen',
      'Det er noe å lære',
    ]);
  });

  it('links, without words, every session heading of the page, at the page without its own anchor', () => {
    const data = page(programme, {
      url: `${pageUrl}#innhold`,
      meta: { session_material: material },
      anchors: [
        opening,
        heading('sesjon-tom', '  ', 'h3'),
        { element: 'div', id: 'sesjon-boks', text: 'Boks', location: 3 },
        about,
        { ...equipment, text: ' Utstyr til alle ' },
      ],
    });
    expect(sessionLinks(data, false)).toEqual([
      {
        title: 'Åpning',
        url: `${pageUrl}#sesjon-apning`,
        material: 'PDF og videoopptak',
        excerpt: '',
        matchedWords: 0,
      },
      { title: 'Utstyr til alle', url: `${pageUrl}#sesjon-utstyr`, material: null, excerpt: '', matchedWords: 0 },
    ]);
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{sesjon-apning: PDF'],
    ['not text for the session', JSON.stringify({ 'sesjon-apning': 2 })],
  ])('offers nothing for a session when the material meta is %s', (_, value) => {
    const data = page(programme, { meta: { session_material: value }, anchors: [opening] });
    expect(sessionLinks(data, false).map((link) => link.material)).toEqual([null]);
  });
});

describe('sessionsToShow', () => {
  const sessions = (...matchedWords: number[]): SessionLink[] =>
    matchedWords.map((words, index) => ({
      title: `Sesjon ${index + 1}`,
      url: `${pageUrl}#sesjon-${index + 1}`,
      material: null,
      excerpt: '',
      matchedWords: words,
    }));
  const titles = (links: SessionLink[]) => links.map((link) => link.title);

  it.each<[string, number[], number, string[], number]>([
    ['all of them when they are no more than the limit', [1, 3, 2], 3, ['Sesjon 1', 'Sesjon 2', 'Sesjon 3'], 0],
    [
      'those matching most words, in programme order, and counts the rest',
      [1, 3, 1, 2, 3],
      3,
      ['Sesjon 2', 'Sesjon 4', 'Sesjon 5'],
      2,
    ],
    ['the earlier of sessions matching as many words', [2, 2, 2, 2], 3, ['Sesjon 1', 'Sesjon 2', 'Sesjon 3'], 1],
    ['one, when the limit is one', [1, 2, 2], 1, ['Sesjon 2'], 2],
  ])('shows %s', (_, matched, limit, shown, more) => {
    const chosen = sessionsToShow(sessions(...matched), limit);
    expect(titles(chosen.shown)).toEqual(shown);
    expect(chosen.more).toBe(more);
  });

  it('shows at most maxSessionLinks by default', () => {
    const chosen = sessionsToShow(sessions(...Array.from({ length: maxSessionLinks + 2 }, () => 1)));
    expect(chosen.shown).toHaveLength(maxSessionLinks);
    expect(chosen.more).toBe(2);
  });
});

describe('bestSection', () => {
  const long = { word_count: sectionLinkMinWords };
  const who = heading('hvem', 'Hvem kan søke?');
  const how = heading('hvordan', 'Hvordan søker dere?');
  const what = heading('hva', 'Hva kan dere få?');
  const text =
    'Om ordningen Hvem kan søke? Trener trener trener trener kan søke Hvordan søker dere? Trener med utstyr søker Hva kan dere få? Utstyr og trener';
  const words = (query: string) => query.split(' ').map(foldWord);
  const titleOf = (data: PagefindResultData, query: string) => bestSection(data, words(query))?.title ?? null;

  it.each<[string, PagefindSubResult[], string, string | null]>([
    [
      'the section holding the most of the words before the one with the most hits',
      [section(text, who, 'Trener', 'trener'), section(text, how, 'Trener', 'utstyr')],
      'trener utstyr',
      'Hvordan søker dere?',
    ],
    [
      'of sections holding as many of the words, the one with the most hits',
      [section(text, how, 'Trener'), section(text, who, 'Trener', 'trener')],
      'trener',
      'Hvem kan søke?',
    ],
    [
      'of sections alike in words and hits, the first',
      [section(text, how, 'utstyr'), section(text, what, 'Utstyr')],
      'utstyr',
      'Hvordan søker dere?',
    ],
    [
      'a word by its stem, not only as written',
      [section(text, who, 'Trener'), section(text, how, 'utstyr')],
      'utstyret',
      'Hvordan søker dere?',
    ],
    [
      'no section for hits that only start like a word (Pagefind searching a shorter word instead)',
      [section(text, who, 'Trener')],
      'treningsleir',
      null,
    ],
    [
      'not the top of the page, which has no heading',
      [section(text, undefined, 'Trener', 'trener'), section(text, how, 'Trener')],
      'trener',
      'Hvordan søker dere?',
    ],
    [
      'not an anchor that is not a heading',
      [section(text, { ...who, element: 'div' }, 'Trener', 'trener'), section(text, how, 'Trener')],
      'trener',
      'Hvordan søker dere?',
    ],
    [
      'of sections alike in words, the one whose hits weigh most: one hit in a weighted list before two in the text',
      [
        {
          ...section(text, who, 'Trener', 'trener'),
          weighted_locations: weighted(section(text, who, 'Trener', 'trener'), 1),
        },
        { ...section(text, what, 'trener'), weighted_locations: weighted(section(text, what, 'trener'), 10) },
      ],
      'trener',
      'Hva kan dere få?',
    ],
    ['no section when none holds a hit', [section(text, who), section(text, how)], 'trener', null],
  ])('links %s', (_, subResults, query, title) => {
    expect(titleOf(page(text, { ...long, sub_results: subResults }), query)).toBe(title);
  });

  it('links the section by its heading’s URL, with its excerpt and how many of the words it holds', () => {
    const data = page(text, { ...long, sub_results: [section(text, how, 'Trener', 'utstyr')] });
    expect(bestSection(data, words('trener utstyr vitamin'))).toEqual({
      title: 'Hvordan søker dere?',
      url: `${pageUrl}#hvordan`,
      material: null,
      excerpt: 'Utdrag fra Hvordan søker dere?',
      matchedWords: 2,
    });
  });

  it('links no section on a page short enough to be read from the top, or without words', () => {
    const subResults = [section(text, how, 'Trener')];
    expect(
      bestSection(page(text, { word_count: sectionLinkMinWords - 1, sub_results: subResults }), words('trener')),
    ).toBeNull();
    expect(bestSection(page(text, { ...long, sub_results: subResults }), [])).toBeNull();
  });
});

describe('parseAlsoOffered: the other places a PDF is offered, as a result lists them', () => {
  const offer = { context: 'Konferansen 2025: Åpning', url: '/konferanse/2025/#sesjon-apning' };
  it.each([
    ['nothing without the meta', undefined, []],
    ['nothing for meta that is not JSON', '[{context:', []],
    ['nothing for JSON that is not a list', JSON.stringify(offer), []],
    [
      'each place with a context and a URL',
      JSON.stringify([offer, { ...offer, context: 'Historie' }]),
      [offer, { ...offer, context: 'Historie' }],
    ],
    [
      'no place that lacks either',
      JSON.stringify([{ context: 'Uten lenke' }, { url: '/uten-navn' }, null, offer]),
      [offer],
    ],
  ])('gives %s', (_, meta, offers) => {
    expect(parseAlsoOffered(meta)).toEqual(offers);
  });
});
