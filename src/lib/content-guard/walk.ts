/**
 * Visits a document's value and everything inside it, with the path to each (`['body', 2, 'image']`). Sanity's own
 * keys (`_type`, `_key`, `_ref` …) are not descended into, except the export's `_sanityAsset`.
 *
 * The path is one array, changed as the walk goes on (a new array per value made the content guard's two walks over
 * 10,000 stories cost a second): `visit` must read it, or copy it, before it returns.
 */
export function walk(value: unknown, path: PropertyKey[], visit: (value: unknown, path: PropertyKey[]) => void) {
  visit(value, path);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walk(value[index], path, visit);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      if (!Object.hasOwn(value, key) || (key.startsWith('_') && key !== '_sanityAsset')) continue;
      path.push(key);
      walk((value as Record<string, unknown>)[key], path, visit);
      path.pop();
    }
  }
}
