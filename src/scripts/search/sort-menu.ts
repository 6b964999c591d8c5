// /sok's order menu, «Beste treff først» or «Nyeste først». It shows when the order matters (words and two results or
// more: without words they always come newest first); the default order is not written into the URL.
import { required } from './required-element';
import { effectiveSort, type SearchState } from './search-state';

/** `onChange`: the visitor chose another order. */
export function createSortMenu(root: HTMLElement, onChange: () => void) {
  const select = required<HTMLSelectElement>(root, 'select[name="sorter"]');
  const label = required<HTMLElement>(root, '.search-sort');
  const menu = {
    /**
     * The order the visitor chose; null for the default (best match with words, newest without), which the select
     * shows but which is not written into the URL. Kept while the words are cleared, for when new ones are typed.
     */
    chosen: null as SearchState['sort'],

    /** The order `state` is shown in. */
    show(state: SearchState) {
      select.value = effectiveSort(state);
    },

    /** Shown for a search with words and `count` results, when that is two or more. */
    showFor(state: SearchState, count: number) {
      label.hidden = !state.query || count < 2;
    },

    hide() {
      label.hidden = true;
    },
  };

  select.addEventListener('change', () => {
    menu.chosen = select.value === 'nyeste' ? 'nyeste' : null;
    onChange();
  });
  return menu;
}
