// Runs one search state against Pagefind: the results in the chosen order and honest counts for every filter value,
// and no results for words the site does not contain (see `WordIndex`) unless another word stands in for them.
import type { FilterCounts, PagefindApi, PagefindFilters, PagefindResult } from './pagefind-api';
import { wordsAt } from './render-result';
import {
  baseForms,
  compoundSplits,
  continuesQueryWord,
  foldWord,
  letterVariants,
  queryWords,
  thousandGroups,
  writtenQueryWords,
} from './query-words';
import { isFunctionWord } from './function-words';
import { isQuestionWord } from './question-words';
import { spellingSuggester } from './spelling';
import { synonymsOf } from './synonyms';
import { headingFirst } from './heading-first';
import { wholeWordFirst } from './whole-word-first';
import { osloToday, upcomingFirst } from './upcoming-first';
import {
  disjunctiveCounts,
  effectiveSort,
  filterGroups,
  pagefindFilters,
  type FilterKey,
  type SearchState,
} from './search-state';

export interface SearchOutcome {
  results: PagefindResult[];
  counts: FilterCounts;
  /** Words of the query the site does not contain, as written, when none of them is left to search: no results. */
  missing: string[];
  /**
   * The query searched instead, as shown to the visitor, when it is not the one typed: a word respelled with «ø», «æ»
   * or «å» (soknad → søknad), replaced by the site's word for it (helsesøster → helsesykepleier), split into two
   * (forskningsrapport → forskning rapport), written as an amount (50000 → 50 000) or spelled as the site spells it (kontigent → kontingent), or missing
   * words or question words («jeg» in «kan jeg søke») left out. Set even when the filters then leave no result.
   */
  respelled?: string;
  /** Words of the query no page contains, as written, left out of a search for the others. */
  dropped: string[];
  /**
   * The query's words, as searched for, when each is on some page but no page holds them all («økonomisk støtte»);
   * the search was made with fewer of them (`respelled`). Unset otherwise.
   */
  apart?: string[];
  /**
   * How many results the query as typed finds, when only pronouns or question words were left out (so the page can
   * say «1 treff for «kan jeg søke». Viser 20 treff for «kan søke».»). Unset otherwise.
   */
  typedCount?: number;
}

/**
 * Whether the index holds a query word. Pagefind never says «not found» for a word: when no indexed word starts with
 * the word's stem, it searches for the longest indexed word the stem starts with instead («vitamin» lists every page
 * with «vi»), and no option turns that off (Pagefind PR #315, issues #599 and #793). So each word is checked on its
 * own first, once per page view (the index does not change).
 */
export interface WordIndex {
  /** The word, or a word that starts with it or its stem («søknad» in «søknadsfrist», «utst» while typing). */
  holds(word: string): Promise<boolean>;
  /** The word's stem itself is indexed: a quoted search, which Pagefind runs without extending or shortening. */
  holdsStem(word: string): Promise<boolean>;
  /**
   * Some page's text has a word that begins with the whole word, not only with its stem: «fattig» is stemmed to
   * «fatt», which Pagefind matches in «fått», and «billig» to «bil», matched in «bilder»; neither is on the site.
   * Judged from the matches on the first three pages of a search for the word: Pagefind ranks a page with a closer
   * match higher (`termSimilarity`), so a page with the word itself would be among them.
   */
  begins(word: string): Promise<boolean>;
  /** Some page holds all of these words, each of them found on its own (so Pagefind does not fall back). */
  together(words: string[]): Promise<boolean>;
  /** How many pages hold all of these words, whatever the filters. */
  pagesWith(words: string[]): Promise<number>;
  /** The closest word of the site's word list, as the site writes it («kontingent» for «kontigent»), or null. */
  spelled(word: string): Promise<string | null>;
}

export function wordIndex(pagefind: PagefindApi, spelled = spellingSuggester()): WordIndex {
  const memo = <Answer>(check: (word: string) => Promise<Answer>) => {
    const answers = new Map<string, Promise<Answer>>();
    return (word: string) => {
      if (!answers.has(word)) {
        const answer = check(word);
        // A failed fetch is asked again next time, not remembered as the answer.
        answer.catch(() => answers.delete(word));
        answers.set(word, answer);
      }
      return answers.get(word)!;
    };
  };
  // A page found only through its metadata has no match in its text: a picture's or a download's file name («media»,
  // «webp», «aktivitetsstotte» in «rapportering-aktivitetsstotte.pdf») is no word of the site's, and taking it for
  // one kept «aktivitetsstotte» from being respelled «aktivitetsstøtte».
  const inText = (results: PagefindResult[]) => results.filter((result) => result.words.length > 0);
  // Every location of a one-word search is a match for that word: a few pages show which words Pagefind took. Asked
  // by both `begins` and `holds` for a word of the synonym list, so remembered.
  const wordsMatched = memo(async (term: string) => {
    const { results } = await pagefind.search(term);
    const pages = await Promise.all(
      inText(results)
        .slice(0, 3)
        .map((result) => result.data()),
    );
    return pages.flatMap((page) => wordsAt(page, page.locations));
  });
  const holdsStem = memo(async (word) => inText((await pagefind.search(`"${word}"`)).results).length > 0);
  const holds = memo(
    async (word) =>
      (await holdsStem(word)) || (await wordsMatched(word)).some((pageWord) => continuesQueryWord(pageWord, word)),
  );
  const begins = memo(async (word) =>
    (await wordsMatched(word)).some((pageWord) =>
      foldWord(pageWord)
        .split(/[^\p{L}\p{N}]+/u)
        .some((part) => part.startsWith(word)),
    ),
  );
  const pagesWith = memo(async (words) => (await pagefind.search(words)).results.length);
  return {
    holds,
    holdsStem,
    begins,
    together: async (words) => (await pagesWith(words.join(' '))) > 0,
    pagesWith: (words) => pagesWith(words.join(' ')),
    spelled,
  };
}

/** How one word of the query is searched: `searched` is given to Pagefind, `shown` quoted back to the visitor. */
interface WordPlan {
  searched: string;
  shown: string;
  /** Another word than the visitor's, which the page says («Viser treff for …»). */
  replaced: boolean;
}

/**
 * One search. With words, `search(term)`; without, `search(null)` browses by filters alone. Counts need one more
 * search per group with choices (see `disjunctiveCounts`); Pagefind answers them from chunks already loaded.
 * Sorting by date drops pages Pagefind has no date for (generic pages), so those follow the dated ones. By relevance,
 * events of about the same score come as the site lists them, upcoming first (`upcomingFirst`), by `today` in Oslo,
 * and a page among the first ten whose title or a heading says the query as typed comes first (`headingFirst`).
 * Each word is searched in its shortest base form the index holds; a word the site does not contain is replaced by
 * the site's word for it (synonyms.ts), respelled, written as an amount («50000» → «50 000»), split or spelled as the
 * closest word of the site's, in that order, else left out while other words remain, else nothing is found. Pronouns
 * and question words that would hide the best answer to the rest are left out too (`withoutHidingWords`).
 */
export async function runSearch(
  pagefind: PagefindApi,
  state: SearchState,
  words: WordIndex = wordIndex(pagefind),
  today = osloToday(),
): Promise<SearchOutcome> {
  // Pagefind is asked with the folded words; the visitor is told about the words as written («Åsgårdstrand»).
  const written = writtenQueryWords(state.query);
  const plans = await Promise.all(written.map((word) => planWord(word, words)));
  const kept = plans.filter((plan): plan is WordPlan => plan !== null);
  if (written.length > 0 && kept.length === 0) return { results: [], counts: {}, missing: written, dropped: [] };

  // A phrase in quotes is searched as typed, every word of it.
  const quoted = state.query.includes('"');
  const { asked: withAll, foundWithAll } = quoted
    ? { asked: kept, foundWithAll: null }
    : await withoutHidingWords(pagefind, kept, pagefindFilters(state.filters));
  // Words that are each on the site but never on one page: fewer of them, rather than nothing.
  const fewer = quoted ? null : await fewerWordsFound(withAll, words);
  const asked = fewer ?? withAll;
  const unchanged =
    asked.length === written.length && asked.every((plan, index) => plan.searched === foldWord(written[index]!));
  // The words as read here («09.20» is «09 20»), unless an unchanged query uses Pagefind's «"…"» for exact words.
  const query = unchanged && quoted ? state.query : asked.map((plan) => plan.searched).join(' ');
  const found = await searchPagefind(pagefind, { ...state, query }, today);
  const dropped = written.filter((_, index) => plans[index] === null);
  const outcome: SearchOutcome = { ...found, missing: [], dropped };
  const replaced = kept.some((plan) => plan.replaced);
  if (dropped.length > 0 || replaced || asked.length < kept.length)
    outcome.respelled = asked.map((plan) => plan.shown).join(' ');
  if (fewer) outcome.apart = withAll.map((plan) => plan.shown);
  else if (foundWithAll !== null && dropped.length === 0 && !replaced) outcome.typedCount = foundWithAll;
  return outcome;
}

/**
 * The words to search: all of them, unless pronouns or question words (question-words.ts) hide the page that best
 * answers the rest of the query. Pagefind finds only pages holding every word, and no page about the grant says
 * «jeg», so «kan jeg søke» found one story quoting a parent, where «kan søke» finds the grant first. Such a word
 * is left out only then; one the answer holds stays («hvem kan søke», «når er fristen»: the pages ask the same).
 * `foundWithAll`: how many results every word finds, when some were left out.
 */
async function withoutHidingWords(
  pagefind: PagefindApi,
  plans: WordPlan[],
  filters: PagefindFilters,
): Promise<{ asked: WordPlan[]; foundWithAll: number | null }> {
  // A replaced word counts by the site's word: «kva» (nynorsk) is searched as «hva».
  const optional = plans.filter((plan) => isQuestionWord(plan.shown));
  if (optional.length === 0 || optional.length === plans.length) return { asked: plans, foundWithAll: null };
  const search = (chosen: WordPlan[]) => pagefind.search(chosen.map((plan) => plan.searched).join(' '), { filters });
  const [all, withoutAny] = await Promise.all([
    search(plans),
    search(plans.filter((plan) => !optional.includes(plan))),
  ]);
  const best = withoutAny.results[0]?.id;
  const holdsBest = (response: typeof all) => response.results.some((result) => result.id === best);
  if (best === undefined || holdsBest(all)) return { asked: plans, foundWithAll: null };

  // Each word that does not hide the answer is kept: «hvordan» in «hvordan kan jeg søke».
  const keptOptional = new Set<WordPlan>();
  for (const plan of optional) {
    const trial = plans.filter((other) => !optional.includes(other) || keptOptional.has(other) || other === plan);
    // Every word is the search already made, which lacks the answer.
    if (trial.length < plans.length && holdsBest(await search(trial))) keptOptional.add(plan);
  }
  const asked = plans.filter((plan) => !optional.includes(plan) || keptOptional.has(plan));
  return { asked, foundWithAll: all.results.length };
}

/**
 * A number that says least when no page has it: not a year, which tells one conference or workshop from the others,
 * and not a group of thousands after another number. «kr 30 000» is on no page, and «30» is on every page with a time
 * of day («16.30»): leaving out «000» found the conference programmes, where leaving out «30» finds the amounts in
 * thousands, the grant's «inntil kr 50 000» among them.
 */
function isLooseNumber(word: string, previous?: string): boolean {
  if (!/^\d+$/.test(word) || /^(19|20)\d\d$/.test(word)) return false;
  return !(/^\d{3}$/.test(word) && previous !== undefined && /^\d+$/.test(previous));
}

/** At most this many searches to choose which words to leave out; one word at a time is always tried. */
const maxFewerTrials = 24;

/**
 * The words to search when each word of the query is on the site but no page holds them all, or null when some page
 * does. Pagefind finds only pages with every word, so «økonomisk støtte» found nothing (2 pages say «økonomisk», 10
 * «støtte», none both) and the page advised checking the spelling. As few words as possible are left out, and of the
 * ways to do that the one that finds the most pages, whatever the filters: a word on few pages is the likelier to be
 * beside the point (the Arendalsuka debate's «økonomisk»), and the most pages are likeliest to hold the answer
 * (/aktivitetsstotte under «støtte»). Pronouns and question words are left out first: they say least about what is
 * sought (`withoutHidingWords` has kept them only if the rest found nothing either), and so are loose numbers
 * (`isLooseNumber`). Of as many words, those with the fewest small words such as «får» are kept (function-words.ts:
 * «barna får bestemme» found «barna får» on 13 pages, none about deciding, where «barna bestemme» finds the talk).
 */
async function fewerWordsFound(plans: WordPlan[], words: WordIndex): Promise<WordPlan[] | null> {
  const searchedAs = (chosen: WordPlan[]) => chosen.map((plan) => plan.searched);
  if (plans.length < 2 || (await words.together(searchedAs(plans)))) return null;
  const topical = plans.filter(
    (plan, index) => !isQuestionWord(plan.shown) && !isLooseNumber(plan.searched, plans[index - 1]?.searched),
  );
  const candidates = topical.length > 0 ? topical : plans;

  let trials = 0;
  for (let size = candidates.length - (candidates.length === plans.length ? 1 : 0); size >= 1; size--) {
    // A level too large to try whole (a pasted sentence) is skipped for a smaller one; single words are always tried.
    if (size > 1 && trials + binomial(candidates.length, size) > maxFewerTrials) continue;
    const subsets = combinations(candidates, size);
    trials += subsets.length;
    const found = await Promise.all(subsets.map((subset) => words.pagesWith(searchedAs(subset))));
    // Of the ways that find anything, the one with the fewest small words, then the one that finds the most pages.
    const smallWords = subsets.map((subset) => subset.filter((plan) => isFunctionWord(plan.shown)).length);
    const best = found.reduce<number | null>(
      (chosen, pages, index) =>
        pages > 0 &&
        (chosen === null ||
          smallWords[index]! < smallWords[chosen]! ||
          (smallWords[index] === smallWords[chosen] && pages > found[chosen]!))
          ? index
          : chosen,
      null,
    );
    if (best !== null) return subsets[best]!;
  }
  return null;
}

/** How many ways there are to choose `size` of `count` items. */
function binomial(count: number, size: number): number {
  let ways = 1;
  for (let chosen = 0; chosen < size; chosen++) ways = (ways * (count - chosen)) / (chosen + 1);
  return ways;
}

/** Every choice of `size` items, in their order, the ones keeping the first items first. */
function combinations<Item>(items: Item[], size: number): Item[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) => combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]));
}

/** How to search one word of the query as written, or null when the site has nothing for it. */
async function planWord(written: string, words: WordIndex): Promise<WordPlan | null> {
  const typed = foldWord(written);
  const plan = (searched: string, replaced: boolean, shown = replaced ? searched : written): WordPlan => ({
    searched,
    shown,
    replaced,
  });
  // An everyday word the site lacks may share its stem with a word the site has («fattig» and «fått»): the site's
  // own word for it comes first then. The site's word may begin a longer one («lavinntekt» in «lavinntektsfamilier»).
  const synonyms = synonymsOf(typed);
  if (synonyms.length > 0 && !(await words.begins(typed)))
    for (const synonym of synonyms) {
      const searched = foldWord(synonym);
      if (await words.holds(searched)) return plan(searched, true, synonym);
    }
  // Pagefind matches a stem's beginning: the base form finds the pages with every form of the word. A base of three
  // letters begins too many other words to stand for a word the site has itself: «hanne» (a speaker) as «han» found
  // «handler» and «Han» first.
  for (const base of baseForms(typed))
    if ((base.length > 3 || !(await words.holdsStem(typed))) && (await words.holdsStem(base))) return plan(base, false);
  if (await words.holds(typed)) return plan(typed, false);
  for (const variant of letterVariants(typed)) if (await words.holdsStem(variant)) return plan(variant, true);
  const amount = thousandGroups(typed);
  if (amount && (await words.together(amount.split(' ')))) return plan(amount, true);
  for (const [first, second] of compoundSplits(typed)) {
    // The first part first: the word's beginnings are neighbours in the index, so asking about them all loads one or
    // two of its chunks, where each ending could need a chunk of its own (a download, on a large site).
    // Two words that are on no page together are not what the compound meant («vitamin» is not «vit» + «amin»).
    if (!(await words.holdsStem(first)) || !(await words.holdsStem(second))) continue;
    if (await words.together([first, second])) return plan(`${first} ${second}`, true);
  }
  // Last, as it downloads the site's word list: a word one or two letters from a word the site has.
  const spelled = await words.spelled(typed);
  if (spelled && (await words.holdsStem(foldWord(spelled)))) return plan(spelled, true);
  return null;
}

async function searchPagefind(
  pagefind: PagefindApi,
  state: SearchState,
  today: string,
): Promise<Pick<SearchOutcome, 'results' | 'counts'>> {
  const term = state.query.trim() || null;
  const filters = pagefindFilters(state.filters);
  const byDate = effectiveSort(state) === 'nyeste';

  const chosenGroups = filterGroups.map(({ key }) => key).filter((key) => state.filters[key].length > 0);
  const [unsorted, sorted, ...without] = await Promise.all([
    pagefind.search(term, { filters }),
    byDate ? pagefind.search(term, { filters, sort: { date: 'desc' } }) : null,
    ...chosenGroups.map((key) => pagefind.search(term, { filters: pagefindFilters(state.filters, key) })),
  ]);

  let results = unsorted.results;
  if (sorted) {
    const dated = new Set(sorted.results.map((result) => result.id));
    results = [...sorted.results, ...unsorted.results.filter((result) => !dated.has(result.id))];
  } else if (term) {
    // By relevance, an event still to come goes before a past one that scores about the same, a page with the words
    // themselves before one with only longer words beginning like them, and a page whose heading says what the
    // visitor typed first.
    const upcoming = await upcomingFirst(pagefind, term, results, today);
    results = await headingFirst(await wholeWordFirst(upcoming, queryWords(term)), state.query);
  }

  const countsWithout: Partial<Record<FilterKey, FilterCounts>> = {};
  chosenGroups.forEach((key, index) => (countsWithout[key] = without[index]!.filters));
  return { results, counts: disjunctiveCounts(state.filters, unsorted.filters, countsWithout) };
}
