// What /sok says about a search in words: the status line, the words no page holds, the tab's title, and the labels
// that count something. Pure functions of the search and its outcome, so that the page's parts only decide where each
// goes.
import { queryWords } from './query-words';
import { quote, quoteList } from './quote';
import type { SearchOutcome } from './run-search';
import { filterGroups, valueLabel, type SearchState } from './search-state';

/**
 * A count as the site's pages write it, thousands apart with a no-break space: «3 729 treff», as «10 000 historier»
 * (formatCount in src/lib/format.ts). Spelled out here instead of by Intl, as result-date.ts says why;
 * tests/unit/search-text.test.ts compares the two.
 */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, '\u00a0');
}

/** The chosen filters by name, for the count («Konferanser», «2025»): the visitor may not have chosen them (a link). */
export function filterNames(state: SearchState): string[] {
  return filterGroups.flatMap(({ key }) => state.filters[key].map((value) => valueLabel(key, value)));
}

/** The status line while the search is under way, before Pagefind has answered. */
export function pendingSentence(state: SearchState): string {
  return state.query ? `Søker etter «${state.query}» …` : 'Henter treff …';
}

/**
 * The status line once the results are in. `unfiltered`: how many results the words find without the filters, when
 * the filters leave none.
 */
export function statusSentence(outcome: SearchOutcome, state: SearchState, unfiltered = 0): string {
  const count = outcome.results.length;
  const query = state.query ? ` for ${quote(state.query)}` : '';
  const names = filterNames(state);
  const filters = names.length === 1 ? 'filteret' : 'filtrene';
  const filtered = names.length > 0 ? ` med ${filters} ${names.join(', ')}` : '';
  const withoutFilters = unfiltered > 0 ? ` Uten ${filters}: ${groupDigits(unfiltered)} treff.` : '';
  // The order changes nothing else in the sentence, and a screen reader does not repeat one it has just said.
  const order = state.query && state.sort === 'nyeste' && count > 1 ? ', nyeste først' : '';
  if (outcome.respelled) {
    // Words left out are named, as are words never found together; a query searched in other words, or without its
    // pronouns, is quoted whole.
    const reasons = [
      outcome.dropped.length > 0 ? `Ingen sider inneholder ${quoteList(outcome.dropped)}.` : '',
      outcome.apart ? apartSentence(outcome.apart) : '',
    ].filter(Boolean);
    const lead =
      reasons.length > 0
        ? reasons.join(' ')
        : outcome.typedCount
          ? `${groupDigits(outcome.typedCount)} treff${query}.`
          : `Ingen treff${query}.`;
    return count > 0
      ? `${lead} Viser ${groupDigits(count)} treff for ${quote(outcome.respelled)}${filtered}${order}.`
      : `${lead} Heller ingen for ${quote(outcome.respelled)}${filtered}.${withoutFilters}`;
  }
  // Missing words find nothing whatever the filters, so the filters are not blamed.
  if (outcome.missing.length > 0) return `Ingen treff${query}.`;
  if (count === 0) return `Ingen treff${query}${filtered}.${withoutFilters}`;
  return `${groupDigits(count)} treff${query}${filtered}${order}.`;
}

/** Words each on some page, but never all on one: «Ingen sider har både «økonomisk» og «støtte».» */
function apartSentence(words: string[]): string {
  return words.length === 2
    ? `Ingen sider har både ${quote(words[0]!)} og ${quote(words[1]!)}.`
    : `Ingen sider har alle ordene ${quoteList(words)}.`;
}

/** Whether a word of the query is on no page, so that its spelling is worth checking. */
export function hasMissingWords(outcome: SearchOutcome): boolean {
  return outcome.missing.length > 0 || outcome.dropped.length > 0;
}

/**
 * Which words no page contains, when the query has more than one (with one, the status line already says it); empty
 * otherwise.
 */
export function missingWordsSentence(outcome: SearchOutcome, state: SearchState): string {
  if (outcome.missing.length === 0 || queryWords(state.query).length < 2) return '';
  return `Ingen sider inneholder ${quoteList(outcome.missing)}.`;
}

/**
 * The tab's title, which history and screen readers name the page by: the words, and once known, the count. Without
 * words, the chosen filters («Konferanser, 2026»): each filter ticked is a step in the browser's history, and steps
 * that all read «Søk» cannot be told apart. `baseTitle`: the page's own title, shown alone without either.
 */
export function pageTitle(baseTitle: string, state: SearchState, count?: number, respelled?: string): string {
  const filters = filterNames(state);
  if (!state.query && filters.length === 0) return baseTitle;
  const found = count === undefined ? '' : count === 0 ? ' (ingen treff)' : ` (${groupDigits(count)} treff)`;
  if (!state.query) return `${filters.join(', ')}${found} – ${baseTitle}`;
  // The results of a respelled search are for the words searched, not the words typed, which found none.
  const words = respelled && count ? respelled : state.query;
  return `«${words}»${found} – ${baseTitle}`;
}

/**
 * The button in the suggestions that drops the filters: how many results that gives, when the words find some
 * without them (`unfiltered`). `filters`: how many values are chosen, for «filteret» or «filtrene».
 */
export function clearFiltersLabel(unfiltered: number, filters: number): string {
  const which = filters === 1 ? 'filteret' : 'filtrene';
  if (unfiltered === 1) return `Vis treffet uten ${which}`;
  if (unfiltered > 1) return `Vis de ${groupDigits(unfiltered)} treffene uten ${which}`;
  // As the chosen filters' own button says it.
  return filters === 1 ? 'Fjern filteret' : 'Fjern alle filtre';
}

/** The lead of that suggestion, before the button. */
export function filtersLimitSentence(filters: number): string {
  return `${filters === 1 ? 'Filteret' : 'Filtrene'} begrenser søket.`;
}

/** The suggestion to search in other words: «færre ord» only when there are several; none without words. */
export function otherWordsSentence(state: SearchState): string {
  const words = queryWords(state.query).length;
  if (words === 0) return '';
  return words > 1 ? 'Prøv færre ord, eller et annet ord for det samme.' : 'Prøv et annet ord for det samme.';
}

/** After «Filtrer treffene», how many values are chosen; nothing when none is. */
export function chosenCountLabel(total: number): string {
  return total > 0 ? ` (${total} valgt)` : '';
}
