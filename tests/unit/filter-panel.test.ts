// @vitest-environment jsdom
// /sok's filter panel over a hand-made index: the groups and their values, the count beside each (0: not tickable),
// the chosen values as buttons that remove them, and where focus goes when one is removed. The browser tests
// (tests/e2e/search.test.ts) check the same over the real page and index.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFilterPanel } from '../../src/scripts/search/filter-panel';
import { emptyFilters, type SearchState } from '../../src/scripts/search/search-state';

const index = { type: { historie: 5, arrangement: 2 }, sted: { Stavanger: 4, Bergen: 3, Ålesund: 1 }, år: { 2024: 2 } };

describe('createFilterPanel', () => {
  let root: HTMLElement;
  let field: HTMLInputElement;
  let panel: ReturnType<typeof createFilterPanel>;
  let changes: number;

  const state = (filters: Partial<SearchState['filters']>): SearchState => ({
    query: '',
    filters: { ...emptyFilters(), ...filters },
    sort: null,
  });
  const boxes = () => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const box = (value: string) => boxes().find((candidate) => candidate.value === value)!;
  const chips = () => [...root.querySelectorAll<HTMLButtonElement>('[data-chosen-filters] button')];

  beforeEach(() => {
    window.matchMedia = () => ({ matches: false, addEventListener() {} }) as unknown as MediaQueryList;
    document.body.innerHTML = `<div>
      <input name="q" />
      <details data-filters><summary>Filtrer treffene<span data-chosen-count></span></summary>
        <div data-filter-groups></div><button type="button" data-show-results>Vis treffene</button></details>
      <ul data-chosen-filters hidden></ul></div>`;
    root = document.body.firstElementChild as HTMLElement;
    field = root.querySelector('input')!;
    changes = 0;
    // As the page does: a change searches again, which draws the chosen filters anew.
    panel = createFilterPanel(
      root,
      () => {
        changes += 1;
        panel.showChosen(state(panel.chosen()));
      },
      () => {},
      field,
    );
  });

  it('names each of the five groups, as a screen reader announces its fieldset', () => {
    panel.build({ ...index, format: { PDF: 1 }, satsing: { Konferanse: 2 } }, state({}));
    expect([...root.querySelectorAll('fieldset > legend')].map((legend) => legend.textContent)).toEqual([
      'Hva slags innhold',
      'Format',
      'Sted',
      'Satsingsområde',
      'År',
    ]);
  });

  it('builds a group for each filter the index has values for, in the panel’s order, a chosen value kept', () => {
    panel.build(index, state({ sted: ['Haugesund'], år: ['2025'] }));
    const legends = [...root.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(['Hva slags innhold', 'Sted', 'År']);
    expect(boxes().map((checkbox) => [checkbox.value, checkbox.checked])).toEqual([
      ['historie', false],
      ['arrangement', false],
      ['Bergen', false],
      ['Haugesund', true],
      ['Stavanger', false],
      ['Ålesund', false],
      ['2025', true],
      ['2024', false],
    ]);
  });

  it('shows what each value would give, and a value that gives nothing cannot be ticked unless it is', () => {
    panel.build(index, state({ sted: ['Haugesund'] }));
    panel.showCounts({ sted: { Bergen: 3, Stavanger: 0 } });
    const count = (value: string) => box(value).closest('label')!.querySelector('.filter-option__count')!.textContent;
    expect([count('Bergen'), count('Stavanger'), count('historie')]).toEqual(['3 treff', '0 treff', '0 treff']);
    expect([box('Bergen').disabled, box('Stavanger').disabled, box('Haugesund').disabled]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('reads the ticked values and ticks those of a search', () => {
    panel.build(index, state({}));
    panel.tick(state({ sted: ['Bergen', 'Ålesund'], type: ['historie'] }).filters);
    expect(panel.chosen()).toEqual(state({ sted: ['Bergen', 'Ålesund'], type: ['historie'] }).filters);
  });

  it('lists the chosen values as buttons, with «Fjern alle filtre» from two on', () => {
    panel.showChosen(state({ sted: ['Bergen'] }));
    expect(chips().map((chip) => chip.getAttribute('aria-label'))).toEqual(['Fjern filteret Sted: Bergen']);
    expect(root.querySelector('[data-chosen-count]')!.textContent).toBe(' (1 valgt)');
    panel.showChosen(state({ sted: ['Bergen'], type: ['historie'] }));
    expect(chips().map((chip) => chip.textContent)).toEqual(['Historier ×', 'Bergen ×', 'Fjern alle filtre']);
    panel.showChosen(state({}));
    expect([chips().length, root.querySelector('ul')!.hidden]).toEqual([0, true]);
  });

  it('removes a chosen value and moves focus to the next, the previous after the last, then the search field', () => {
    const chosen = state({ type: ['historie'], sted: ['Bergen', 'Stavanger'] });
    panel.build(index, chosen);
    panel.showChosen(chosen);
    chips()[0]!.click();
    expect([changes, box('historie').checked, document.activeElement?.textContent]).toEqual([1, false, 'Bergen ×']);
    chips()[1]!.click();
    expect([box('Stavanger').checked, document.activeElement?.textContent]).toEqual([false, 'Bergen ×']);
    chips()[0]!.click();
    expect([panel.chosen(), document.activeElement]).toEqual([emptyFilters(), field]);
  });

  it('«Fjern alle filtre» unticks every value and focuses the search field', () => {
    const chosen = state({ type: ['historie'], sted: ['Bergen'] });
    panel.build(index, chosen);
    panel.showChosen(chosen);
    chips().at(-1)!.click();
    expect([changes, panel.chosen(), document.activeElement]).toEqual([1, emptyFilters(), field]);
  });
});
