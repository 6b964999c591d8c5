// What a search on /sok is (words, chosen filter values, order) and how it is written in the URL, so a search can
// be shared and the back button returns to the previous one: /sok?q=utstyr&sted=Bergen&sted=Stavanger&type=historie
import {
  formatFilter,
  pdfFormat,
  pillarFilter,
  placeFilter,
  searchContentTypes,
  typeFilter,
  yearFilter,
  type SearchContentType,
} from '../../lib/search/contract';
import { norwegianOrder } from './norwegian-order';
import type { FilterCounts, PagefindFilters } from './pagefind-api';

/** The filter groups, in the order shown; keys are the Pagefind filter names SearchMeta writes, and the URL names. */
export const filterGroups = [
  { key: typeFilter, legend: 'Hva slags innhold' },
  { key: formatFilter, legend: 'Format' },
  { key: placeFilter, legend: 'Sted' },
  { key: pillarFilter, legend: 'Satsingsområde' },
  { key: yearFilter, legend: 'År' },
] as const;

export type FilterKey = (typeof filterGroups)[number]['key'];
export type SortOrder = 'relevans' | 'nyeste';

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
  /** null: the default, best match first with words, newest first without. */
  sort: SortOrder | null;
}

const sortParam = 'sorter';

/**
 * Content types as visitors read them: the filter labels (plural) and a result's label (singular). One for every type
 * the index holds (contract.ts), so none shows its raw value.
 */
const contentTypeNames: Record<SearchContentType, { plural: string; singular: string }> = {
  historie: { plural: 'Historier', singular: 'Historie' },
  arrangement: { plural: 'Arrangementer', singular: 'Arrangement' },
  konferanse: { plural: 'Konferanser', singular: 'Konferanse' },
  // The research updates. «Forskning» alone is the pillar, a filter of its own: two «Forskning» boxes read as one.
  // Short enough for the filter panel's narrow column (the research updates' «Forskningsoppdateringer» broke mid-word).
  forskning: { plural: 'Forskningsnytt', singular: 'Forskningsnytt' },
  // Pillar, place and editorial pages: named alike in the filter and on the result, so the one leads to the other.
  side: { plural: 'Sider om For Alle', singular: 'Side om For Alle' },
};

/** A content type's names; undefined for a value the index does not write. */
export function contentTypeName(type: string): { plural: string; singular: string } | undefined {
  return (searchContentTypes as readonly string[]).includes(type)
    ? contentTypeNames[type as SearchContentType]
    : undefined;
}

const formatLabels: Record<string, string> = { [pdfFormat]: 'Dokumenter (PDF)' };

export function emptyFilters(): Record<FilterKey, string[]> {
  return { [typeFilter]: [], [formatFilter]: [], [placeFilter]: [], [pillarFilter]: [], [yearFilter]: [] };
}

/** Reads a search from a query string; unknown parameters are ignored, repeated values kept once. */
export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const { key } of filterGroups) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
  }
  const sort = params.get(sortParam);
  return {
    query: params.get('q')?.trim() ?? '',
    filters,
    sort: sort === 'nyeste' || sort === 'relevans' ? sort : null,
  };
}

/** The query string for a search (without `?`), in a stable order so equal searches give equal URLs. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const { key } of filterGroups) {
    for (const value of state.filters[key]) params.append(key, value);
  }
  if (state.sort) params.set(sortParam, state.sort);
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return filterGroups.some(({ key }) => state.filters[key].length > 0);
}

/** Nothing typed and nothing chosen: the page invites a search instead of listing the whole site. */
export function isBlank(state: SearchState): boolean {
  return !state.query.trim() && !hasFilters(state);
}

export function effectiveSort(state: SearchState): SortOrder {
  return state.sort ?? (state.query.trim() ? 'relevans' : 'nyeste');
}

/**
 * Pagefind filters for the chosen values: OR within a group (`any`), AND across groups. `except` leaves one group
 * out, to count what each of its values would give (see `disjunctiveCounts`).
 */
export function pagefindFilters(filters: Record<FilterKey, string[]>, except?: FilterKey): PagefindFilters {
  const result: PagefindFilters = {};
  for (const { key } of filterGroups) {
    if (key === except || filters[key].length === 0) continue;
    result[key] = { any: [...filters[key]] };
  }
  return result;
}

/**
 * The count shown next to each filter value: how many results match the words, the choices in the *other* groups,
 * and this value. In a group with nothing chosen that is exactly what ticking the value gives; in a group with
 * choices it is how many results carry the value (ticking it adds those not already listed), so counts of an OR
 * group never drop to 0 just because a sibling was ticked. Pagefind's own `filters` counts assume AND everywhere,
 * so each group with choices is counted from a search without that group (`countsWithout`).
 */
export function disjunctiveCounts(
  filters: Record<FilterKey, string[]>,
  current: FilterCounts,
  countsWithout: Partial<Record<FilterKey, FilterCounts>>,
): FilterCounts {
  const counts: FilterCounts = {};
  for (const { key } of filterGroups) {
    const source = filters[key].length > 0 ? countsWithout[key] : current;
    counts[key] = { ...(source?.[key] ?? {}) };
  }
  return counts;
}

/** Filter values in the order shown: content types as listed above, years newest first, the rest alphabetically. */
export function orderedValues(key: FilterKey, values: string[]): string[] {
  const unique = [...new Set(values)];
  if (key === typeFilter) {
    const known: readonly string[] = searchContentTypes;
    return unique.sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99) || norwegianOrder(a, b));
  }
  if (key === yearFilter) return unique.sort((a, b) => Number(b) - Number(a) || norwegianOrder(b, a));
  return unique.sort(norwegianOrder);
}

/** The visible label of a filter value. */
export function valueLabel(key: FilterKey, value: string): string {
  if (key === typeFilter) return contentTypeName(value)?.plural ?? value;
  if (key === formatFilter) return formatLabels[value] ?? value;
  return value;
}
