// runSearch over a small fake of Pagefind that matches as Pagefind does: each query word's stem against the start of
// the stems of a page's words (a quoted word: the whole stem), every word on the same page. No fallback to shorter
// words, so what the page's own checks add (base forms, respelling, synonyms, compounds, spelling, left-out words) is all
// that differs from the query as typed.
import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResult } from '../../src/scripts/search/pagefind-api';
import { foldWord, norwegianStem, queryWords } from '../../src/scripts/search/query-words';
import { runSearch, wordIndex } from '../../src/scripts/search/run-search';
import { spellingSuggester } from '../../src/scripts/search/spelling';
import { emptyFilters, type SearchState } from '../../src/scripts/search/search-state';
import { pagefindResult } from '../support/pagefind-result';

const pages: Record<string, string> = {
  trener: 'Trener for laget',
  trenere: 'Nye trenere i klubben',
  trenerne: 'Trenerne fikk kurs',
  ungdom: 'Ungdom på tur',
  ungdommer: 'Ungdommer i Bergen',
  rapport: 'Forskning på fritid: rapport fra prosjektet',
  søknad: 'Søknad om støtte, frist i mars',
  helse: 'Helsesykepleier på skolen',
  sæbø: 'Ingrid Sæbø snakket om lavinntekt',
  presentasjon: 'Presentasjon fra konferansen 2025',
};

/**
 * What some pages carry besides their text, as Pagefind indexes it: a download's or a picture's file name. Pagefind
 * finds the page by these words but shows no place in the text for them.
 */
const metadata: Record<string, string> = {};

function fakePagefind(): PagefindApi & { terms: (string | null)[] } {
  const terms: (string | null)[] = [];
  const stemsOf = (text: string) => queryWords(text).map(norwegianStem);
  const search: PagefindApi['search'] = async (term) => {
    terms.push(term);
    const exact = term?.startsWith('"') ?? false;
    const wanted = term === null ? [] : stemsOf(term);
    const results: PagefindResult[] = Object.entries(pages)
      .filter(([id, text]) => {
        const stems = stemsOf(`${text} ${metadata[id] ?? ''}`);
        return wanted.every((stem) => stems.some((page) => (exact ? page === stem : page.startsWith(stem))));
      })
      .map(([id, text]) => {
        const words = text.split(' ');
        const locations = words.flatMap((word, index) =>
          wanted.some((stem) => norwegianStem(foldWord(word.replace(/\p{P}/gu, ''))).startsWith(stem)) ? [index] : [],
        );
        return pagefindResult(id, text, locations);
      });
    return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
  };
  return {
    terms,
    search,
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    filters: async () => ({}),
  };
}

const state = (query: string): SearchState => ({ query, filters: emptyFilters(), sort: null });
const ids = (outcome: { results: PagefindResult[] }) => outcome.results.map((result) => result.id).sort();

describe('runSearch', () => {
  it('searches an inflected word in its base form, so it finds at least what the base form finds', async () => {
    const pagefind = fakePagefind();
    const base = await runSearch(pagefind, state('trener'));
    const inflected = await runSearch(pagefind, state('trenerne'));
    expect(ids(inflected)).toEqual(expect.arrayContaining(ids(base)));
    expect(ids(inflected)).toContain('trenerne');
    // The visitor is told about the word as typed: nothing was replaced.
    expect(inflected.respelled).toBeUndefined();
    expect(ids(await runSearch(pagefind, state('ungdommer')))).toEqual(['ungdom', 'ungdommer']);
  });

  it('searches a name the site has as typed, not as a three-letter base that begins other words («hanne», not «han»)', async () => {
    const names: Record<string, string> = { hanne: 'Hanne Vik snakket om kurs', han: 'Han handlet utstyr til laget' };
    Object.assign(pages, names);
    try {
      const pagefind = fakePagefind();
      expect(ids(await runSearch(pagefind, state('hanne')))).toEqual(['hanne']);
      expect(pagefind.terms).not.toContain('han');
    } finally {
      for (const id of Object.keys(names)) delete pages[id];
    }
  });

  it('passes the query as typed when nothing is changed, so Pagefind’s own syntax keeps working', async () => {
    const pagefind = fakePagefind();
    await runSearch(pagefind, state('"søknad"'));
    expect(pagefind.terms).toContain('"søknad"');
  });

  it('leaves out a word no page has while others remain, and names it', async () => {
    const outcome = await runSearch(fakePagefind(), state('konferansen 2025 vitamin'));
    expect(ids(outcome)).toEqual(['presentasjon']);
    expect(outcome.dropped).toEqual(['vitamin']);
    expect(outcome.missing).toEqual([]);
    expect(outcome.respelled).toBe('konferansen 2025');
  });

  it('finds nothing, and names the words, when no word of the query is on any page', async () => {
    const outcome = await runSearch(fakePagefind(), state('vitamin zqxj'));
    expect(outcome.results).toEqual([]);
    expect(outcome.missing).toEqual(['vitamin', 'zqxj']);
    expect(outcome.dropped).toEqual([]);
  });

  it('splits a compound no page has into two words the index holds', async () => {
    const outcome = await runSearch(fakePagefind(), state('forskningsrapport'));
    expect(outcome.respelled).toBe('forskning rapport');
    expect(ids(outcome)).toEqual(['rapport']);
    expect((await runSearch(fakePagefind(), state('søknadsfrist'))).respelled).toBe('søknad frist');
  });

  it('does not split a word into two that no page has together', async () => {
    const pagefind = fakePagefind();
    pages.vite = 'Godt å vite';
    pages.amina = 'Amina Haugland';
    pages.samarbeid = 'Samarbeid';
    try {
      const outcome = await runSearch(pagefind, state('samarbeid vitaamina'));
      expect(outcome.dropped).toEqual(['vitaamina']);
      expect(ids(outcome)).toEqual(['samarbeid']);
    } finally {
      for (const id of ['vite', 'amina', 'samarbeid']) delete pages[id];
    }
  });

  it('searches the site’s word for an everyday word no page has', async () => {
    const outcome = await runSearch(fakePagefind(), state('helsesøster'));
    expect(outcome.respelled).toBe('helsesykepleier');
    expect(ids(outcome)).toEqual(['helse']);
    // The first of the site's words the index holds: «lavinntekt» (this index has no «utenforskap»).
    expect((await runSearch(fakePagefind(), state('barnefattigdom'))).respelled).toBe('lavinntekt');
    expect((await runSearch(fakePagefind(), state('slides fra konferansen'))).respelled).toBe(
      'presentasjon fra konferansen',
    );
    // The site's word is quoted back as the site writes it, with its «å».
    pages.pamelding = 'Påmelding til konferansen';
    try {
      expect((await runSearch(fakePagefind(), state('registrering'))).respelled).toBe('påmelding');
    } finally {
      delete pages.pamelding;
    }
  });

  it('searches the site’s word for a word that shares only its stem with a word of the site', async () => {
    const pagefind = fakePagefind();
    // «fattig» is stemmed «fatt», as «fått» is: Pagefind finds «fått» for it, which is not what was asked.
    pages.fatt = 'Vi har fått hjelp';
    try {
      const outcome = await runSearch(pagefind, state('fattig'));
      expect(outcome.respelled).toBe('lavinntekt');
      expect(ids(outcome)).toEqual(['sæbø']);
    } finally {
      delete pages.fatt;
    }
  });

  it('takes the site’s word when it begins a longer word of the site, as in «lavinntektsfamilier»', async () => {
    const pagefind = fakePagefind();
    const said = pages.sæbø!;
    pages.sæbø = 'Ingrid Sæbø snakket om lavinntektsfamilier';
    try {
      const outcome = await runSearch(pagefind, state('barnefattigdom'));
      expect(outcome.respelled).toBe('lavinntekt');
      expect(ids(outcome)).toEqual(['sæbø']);
    } finally {
      pages.sæbø = said;
    }
  });

  it('does not count a word found only in a file name as a word of the site, and respells it', async () => {
    const pagefind = fakePagefind();
    pages.aktivitet = 'Aktivitetsstøtte til lag og foreninger';
    pages.pdf = 'Slik rapporterer dere';
    metadata.pdf = 'rapportering aktivitetsstotte pdf';
    try {
      const outcome = await runSearch(pagefind, state('aktivitetsstotte'));
      expect(outcome.respelled).toBe('aktivitetsstøtte');
      expect(ids(outcome)).toEqual(['aktivitet']);
      // Only a file name has it, and no word of the site is like it: nothing is found.
      metadata.pdf = 'bilde media webp';
      expect((await runSearch(fakePagefind(), state('webp'))).missing).toEqual(['webp']);
    } finally {
      delete pages.aktivitet;
      delete pages.pdf;
      delete metadata.pdf;
    }
  });

  it('keeps a word the site has, even when the synonym list knows it', async () => {
    const pagefind = fakePagefind();
    pages.fattigdom = 'Fattigdom blant barn';
    try {
      const outcome = await runSearch(pagefind, state('fattigdom'));
      expect(outcome.respelled).toBeUndefined();
      expect(ids(outcome)).toEqual(['fattigdom']);
    } finally {
      delete pages.fattigdom;
    }
  });

  it('respells with «æ», «ø» and «å» (after the synonym list, before base forms and compounds), and quotes the rest as written', async () => {
    const outcome = await runSearch(fakePagefind(), state('Saebo Ingrid'));
    expect(outcome.respelled).toBe('sæbø Ingrid');
    expect(ids(outcome)).toEqual(['sæbø']);
  });

  it('spells a word no page has as the closest word of the site’s word list, when nothing else finds it', async () => {
    const pagefind = fakePagefind();
    pages.kontingent = 'Kontingent for barn';
    try {
      const words = wordIndex(
        pagefind,
        spellingSuggester(async () => ['kontingent', 'ungdom']),
      );
      const outcome = await runSearch(pagefind, state('kontigent'), words);
      expect(outcome.respelled).toBe('kontingent');
      expect(ids(outcome)).toEqual(['kontingent']);
      // A listed word the index does not hold (a list from another build) is not offered.
      const stale = wordIndex(
        pagefind,
        spellingSuggester(async () => ['fotballkamp']),
      );
      expect((await runSearch(pagefind, state('fotbalkamp'), stale)).missing).toEqual(['fotbalkamp']);
    } finally {
      delete pages.kontingent;
    }
  });

  it('searches an amount written without spaces as the site writes it, and «kroner» as «kr»', async () => {
    const pagefind = fakePagefind();
    pages.belop = 'Inntil kr 50 000 per søknad';
    pages.telefon = 'Ring 51000000';
    try {
      const amount = await runSearch(pagefind, state('50000 kroner'));
      expect(amount.respelled).toBe('50 000 kr');
      expect(ids(amount)).toEqual(['belop']);
      // A number the site has as written stays as written; a phone number is not read as an amount.
      expect((await runSearch(pagefind, state('51000000'))).respelled).toBeUndefined();
      expect(ids(await runSearch(pagefind, state('51000000')))).toEqual(['telefon']);
    } finally {
      delete pages.belop;
      delete pages.telefon;
    }
  });

  describe('pronouns and question words', () => {
    // The grant's page asks «Hvem kan søke?»; only a parent's quote says «jeg». The grant is the best page for «kan søke».
    const withQuestions = (test: () => Promise<void>) => async () => {
      pages.stotte = 'Hvem kan søke? Lag og foreninger kan søke om støtte';
      pages.sitat = 'Jeg kan søke alene, sa moren';
      try {
        await test();
      } finally {
        delete pages.stotte;
        delete pages.sitat;
      }
    };

    it(
      'leaves out a pronoun that hides the page answering the rest, and says what the words as typed find',
      withQuestions(async () => {
        const outcome = await runSearch(fakePagefind(), state('kan jeg søke'));
        expect(outcome.respelled).toBe('kan søke');
        expect(outcome.typedCount).toBe(1);
        expect(outcome.dropped).toEqual([]);
        expect(ids(outcome)).toEqual(expect.arrayContaining(['stotte', 'sitat']));
      }),
    );

    it(
      'keeps a question word the answer holds, and leaves out only the one that hides it',
      withQuestions(async () => {
        const kept = await runSearch(fakePagefind(), state('hvem kan søke'));
        expect(kept.respelled).toBeUndefined();
        expect(kept.typedCount).toBeUndefined();
        expect(ids(kept)).toEqual(['stotte']);
        const outcome = await runSearch(fakePagefind(), state('Hvem kan jeg søke'));
        expect(outcome.respelled).toBe('Hvem kan søke');
        expect(outcome.typedCount).toBe(0);
      }),
    );

    it(
      'reads nynorsk question words as the site’s bokmål ones, and leaves them out where they hide the answer',
      withQuestions(async () => {
        const outcome = await runSearch(fakePagefind(), state('kven kan eg søkje'));
        // «eg» is on no page and left out; «kven» and «søkje» are searched as «hvem» and «søke».
        expect(outcome.respelled).toBe('hvem kan søke');
        expect(ids(outcome)).toEqual(['stotte']);
      }),
    );

    it(
      'searches a phrase in quotes, and a query of question words alone, as typed',
      withQuestions(async () => {
        const quoted = await runSearch(fakePagefind(), state('"kan jeg søke"'));
        expect(quoted.respelled).toBeUndefined();
        expect(ids(quoted)).toEqual(['sitat']);
        // Never on one page, so one of them is searched instead (see «words never on one page» below).
        const alone = await runSearch(fakePagefind(), state('hvem jeg'));
        expect(alone.apart).toEqual(['hvem', 'jeg']);
        expect(alone.respelled).toBe('hvem');
      }),
    );

    it(
      'tells the visitor only what changed when a word is also respelled',
      withQuestions(async () => {
        const outcome = await runSearch(fakePagefind(), state('kan jeg soke'));
        expect(outcome.respelled).toBe('kan søke');
        // «soke» is on no page: the query as typed finds nothing, which the page says without a count.
        expect(outcome.typedCount).toBeUndefined();
      }),
    );
  });

  describe('words never on one page', () => {
    // Each word is on the site, but no page has them all: «økonomisk» on one page, «støtte» on three.
    const apart: Record<string, string> = {
      debatt: 'Debatt om økonomisk utenforskap',
      fotball: 'Fotball til alle',
      fotballskole: 'Fotballskole i Bergen',
      laget: 'Støtte til laget',
      utstyr: 'Støtte til utstyr',
      hvor: 'Hvor mye kan dere få',
    };
    const withApart = (test: () => Promise<void>) => async () => {
      Object.assign(pages, apart);
      try {
        await test();
      } finally {
        for (const id of Object.keys(apart)) delete pages[id];
      }
    };

    it(
      'leaves out the word that finds the fewest pages, and names the words that are never together',
      withApart(async () => {
        const outcome = await runSearch(fakePagefind(), state('økonomisk støtte'));
        expect(outcome.respelled).toBe('støtte');
        expect(outcome.apart).toEqual(['økonomisk', 'støtte']);
        expect(ids(outcome)).toEqual(['laget', 'søknad', 'utstyr']);
        // Nothing is missing, so the page does not suggest checking the spelling.
        expect(outcome.missing).toEqual([]);
        expect(outcome.dropped).toEqual([]);
        expect(outcome.typedCount).toBeUndefined();
      }),
    );

    it(
      'leaves out as few words as it can, keeping the two of three found together on the most pages',
      withApart(async () => {
        const outcome = await runSearch(fakePagefind(), state('støtte til fotball'));
        expect(outcome.respelled).toBe('støtte til');
        expect(outcome.apart).toEqual(['støtte', 'til', 'fotball']);
        expect(ids(outcome)).toEqual(['laget', 'utstyr']);
      }),
    );

    it(
      'keeps the words that name the subject over a small word found on more pages: «barna bestemme», not «barna får»',
      withApart(async () => {
        const talks: Record<string, string> = {
          budsjett: 'Når barna bestemmer over pengene',
          kurs: 'Barna får kurs',
          tur: 'Barna får være med på tur',
        };
        Object.assign(pages, talks);
        try {
          const outcome = await runSearch(fakePagefind(), state('barna får bestemme'));
          expect(outcome.respelled).toBe('barna bestemme');
          expect(ids(outcome)).toEqual(['budsjett']);
        } finally {
          for (const id of Object.keys(talks)) delete pages[id];
        }
      }),
    );

    it(
      'leaves out a number that is neither a year nor a group of thousands first: «30» in «kr 30 000»',
      withApart(async () => {
        const amounts: Record<string, string> = {
          tilskudd: 'Inntil kr 50 000 til utstyr',
          program: 'Pause kl 10 30 og lunsj kl 12 30',
          pris: 'Pris kr 30 per dag',
          workshop: 'Workshop 2027 i Bergen',
        };
        Object.assign(pages, amounts);
        try {
          // «kr 30» is on more pages than «kr 000», and a time's «30» on more still.
          const outcome = await runSearch(fakePagefind(), state('kr 30 000'));
          expect(outcome.respelled).toBe('kr 000');
          expect(ids(outcome)).toEqual(['tilskudd']);
          // A year stays when a word can go: «2027» tells the workshop of that year from the others.
          const year = await runSearch(fakePagefind(), state('workshop 2027 fotball'));
          expect(year.respelled).toBe('workshop 2027');
        } finally {
          for (const id of Object.keys(amounts)) delete pages[id];
        }
      }),
    );

    it(
      'leaves out question words first, and keeps words found together as they are',
      withApart(async () => {
        const outcome = await runSearch(fakePagefind(), state('hvor økonomisk støtte'));
        expect(outcome.respelled).toBe('støtte');
        expect(outcome.apart).toEqual(['hvor', 'økonomisk', 'støtte']);
        const together = await runSearch(fakePagefind(), state('støtte til laget'));
        expect(together.apart).toBeUndefined();
        expect(together.respelled).toBeUndefined();
        expect(ids(together)).toEqual(['laget']);
      }),
    );

    it(
      'searches a phrase in quotes as typed, even when it finds nothing',
      withApart(async () => {
        const outcome = await runSearch(fakePagefind(), state('"økonomisk støtte"'));
        expect(outcome.results).toEqual([]);
        expect(outcome.apart).toBeUndefined();
        expect(outcome.respelled).toBeUndefined();
      }),
    );

    it(
      'names a missing word and the words never together, and searches what is left',
      withApart(async () => {
        const outcome = await runSearch(fakePagefind(), state('økonomisk støtte vitamin'));
        expect(outcome.dropped).toEqual(['vitamin']);
        expect(outcome.apart).toEqual(['økonomisk', 'støtte']);
        expect(outcome.respelled).toBe('støtte');
      }),
    );
  });

  it('searches a time as its two numbers', async () => {
    const pagefind = fakePagefind();
    pages.tid = 'Åpning kl. 09.20';
    try {
      const outcome = await runSearch(pagefind, state('kl. 09.20'));
      expect(outcome.dropped).toEqual([]);
      expect(ids(outcome)).toEqual(['tid']);
    } finally {
      delete pages.tid;
    }
  });
});
