// The elements /sok's script works on come from SearchPage.astro: one that is missing is a fault in the page, said at
// once rather than as a null somewhere later.

export function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Søkesiden mangler ${selector}`);
  return found;
}
