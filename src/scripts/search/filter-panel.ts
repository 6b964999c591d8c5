// /sok's filter panel: a group of checkboxes for each filter (filterGroups), with the values the index holds and how
// many results each would give; the chosen values as buttons above the results that remove them; open beside the
// results on wide screens, folded away on narrow ones until asked for.
import type { FilterCounts } from './pagefind-api';
import { required } from './required-element';
import { chosenCountLabel, groupDigits } from './search-text';
import {
  emptyFilters,
  filterGroups,
  orderedValues,
  valueLabel,
  type FilterKey,
  type SearchState,
} from './search-state';

/**
 * `onChange`: a value was ticked or removed, so the search changes. `showResults`: «Vis treffene» was pressed, after
 * the panel has folded away. `fallbackFocus`: where focus goes when the last chosen filter is removed.
 */
export function createFilterPanel(
  root: HTMLElement,
  onChange: () => void,
  showResults: () => void,
  fallbackFocus: HTMLElement,
) {
  const panel = required<HTMLDetailsElement>(root, '[data-filters]');
  const groups = required<HTMLElement>(root, '[data-filter-groups]');
  const chosenCount = required<HTMLElement>(root, '[data-chosen-count]');
  const chips = required<HTMLUListElement>(root, '[data-chosen-filters]');

  // Wide screens show the filters beside the results; narrow ones fold them away until asked for.
  const wide = window.matchMedia('(min-width: 56rem)');
  const syncPanel = () => {
    if (wide.matches) panel.open = true;
  };
  wide.addEventListener('change', syncPanel);
  syncPanel();

  const checkboxes = () => [...groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  groups.addEventListener('change', onChange);

  // On narrow screens the filters cover the results: this folds them away and takes the visitor to the count.
  required<HTMLButtonElement>(root, '[data-show-results]').addEventListener('click', () => {
    panel.open = false;
    showResults();
  });

  // The chosen filters' buttons, and «Fjern alle filtre» there and in the suggestions when nothing is found.
  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>(
      'button[data-filter], button[data-clear-filters]',
    );
    if (!target) return;
    // Focus moves to the next chosen filter (the previous one after the last), or back to the search field when
    // none is left. The search draws the chips anew before it waits for Pagefind, so the button to focus is found
    // again by its filter and value once onChange returns.
    let next: HTMLButtonElement | null | undefined = null;
    if (target.dataset.clearFilters !== undefined) {
      for (const box of checkboxes()) box.checked = false;
    } else {
      const box = checkboxes().find(
        (candidate) => candidate.name === target.dataset.filter && candidate.value === target.dataset.value,
      );
      if (box) box.checked = false;
      next =
        target.closest('li')?.nextElementSibling?.querySelector<HTMLButtonElement>('button[data-filter]') ??
        target.closest('li')?.previousElementSibling?.querySelector<HTMLButtonElement>('button[data-filter]');
    }
    const focusKey = next ? { filter: next.dataset.filter, value: next.dataset.value } : null;
    onChange();
    const chip =
      focusKey &&
      [...chips.querySelectorAll<HTMLButtonElement>('button[data-filter]')].find(
        (button) => button.dataset.filter === focusKey.filter && button.dataset.value === focusKey.value,
      );
    (chip || fallbackFocus).focus();
  });

  return {
    /** The ticked values. */
    chosen(): SearchState['filters'] {
      const filters = emptyFilters();
      for (const box of checkboxes()) if (box.checked) filters[box.name as FilterKey].push(box.value);
      return filters;
    },

    /** Ticks the values of `filters` and no others. */
    tick(filters: SearchState['filters']) {
      for (const box of checkboxes()) box.checked = filters[box.name as FilterKey]?.includes(box.value) ?? false;
    },

    /**
     * The groups, with the values the index holds (`all`) and the values chosen in `state`: a value in a shared link
     * that the index no longer has still gets a (0) checkbox, so it can be unticked.
     */
    build(all: FilterCounts, state: SearchState) {
      groups.replaceChildren();
      for (const { key, legend } of filterGroups) {
        const values = orderedValues(key, [...Object.keys(all[key] ?? {}), ...state.filters[key]]);
        if (values.length === 0) continue;
        const fieldset = document.createElement('fieldset');
        fieldset.className = 'filter-group';
        const legendElement = document.createElement('legend');
        legendElement.textContent = legend;
        const options = document.createElement('ul');
        for (const value of values) {
          const item = document.createElement('li');
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.checked = state.filters[key].includes(value);
          const text = document.createElement('span');
          text.className = 'filter-option__label';
          text.textContent = valueLabel(key, value);
          const count = document.createElement('span');
          count.className = 'filter-option__count';
          label.className = 'filter-option';
          label.append(box, ' ', text, ' ', count);
          item.append(label);
          options.append(item);
        }
        fieldset.append(legendElement, options);
        groups.append(fieldset);
      }
    },

    /** How many results each value would give. */
    showCounts(counts: FilterCounts) {
      for (const box of checkboxes()) {
        const count = counts[box.name]?.[box.value] ?? 0;
        const label = box.closest('label');
        const countElement = label?.querySelector('.filter-option__count');
        if (countElement) {
          countElement.textContent = groupDigits(count);
          const unit = document.createElement('span');
          unit.className = 'visually-hidden';
          unit.textContent = ' treff';
          countElement.append(unit);
        }
        // A value that would give nothing stays visible (the list does not jump) but cannot be ticked.
        box.disabled = count === 0 && !box.checked;
        label?.classList.toggle('filter-option--empty', count === 0);
      }
    },

    /** The values chosen in `state` as buttons that remove them, with «Fjern alle filtre» from two on. */
    showChosen(state: SearchState) {
      chips.replaceChildren();
      let total = 0;
      for (const { key, legend } of filterGroups) {
        for (const value of state.filters[key]) {
          total += 1;
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'chosen-filter';
          button.dataset.filter = key;
          button.dataset.value = value;
          button.setAttribute('aria-label', `Fjern filteret ${legend}: ${valueLabel(key, value)}`);
          button.textContent = `${valueLabel(key, value)} `;
          const cross = document.createElement('span');
          cross.setAttribute('aria-hidden', 'true');
          cross.textContent = '×';
          button.append(cross);
          item.append(button);
          chips.append(item);
        }
      }
      if (total > 1) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chosen-filter chosen-filter--all';
        button.dataset.clearFilters = '';
        button.textContent = 'Fjern alle filtre';
        item.append(button);
        chips.append(item);
      }
      chips.hidden = total === 0;
      chosenCount.textContent = chosenCountLabel(total);
    },

    /** Without the index there is nothing to filter. */
    hide() {
      panel.hidden = true;
    },
  };
}
