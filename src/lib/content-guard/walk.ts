/**
 * Visits a document's value and everything inside it, with the path to each (`['body', 2, 'image']`). Sanity's own
 * keys (`_type`, `_key`, `_ref` …) are not descended into, except the export's `_sanityAsset`.
 */
export function walk(value: unknown, path: PropertyKey[], visit: (value: unknown, path: PropertyKey[]) => void) {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      if (!key.startsWith('_') || key === '_sanityAsset') walk(child, [...path, key], visit);
  }
}
