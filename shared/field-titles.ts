/**
 * The titles editors see on each field, taken from the schema definitions, so that the site's build messages can
 * name a field as the Studio does («Påmelding › Påmeldingslenke») and not only by its path (`registration.url`).
 * The site cannot import the Studio's schema (it would load all of `sanity`), so `npm run typegen` writes this tree
 * to src/lib/content-guard/field-titles.json, and a Studio test checks that the committed file is current.
 */

/** A field, an array member or a named type: its title, and what lies below it. */
export interface FieldTitleNode {
  title?: string;
  /** A named type of this schema whose fields or members apply here. */
  type?: string;
  fields?: Record<string, FieldTitleNode>;
  /** Array members, in the schema's order. */
  of?: FieldTitleNode[];
}

export type FieldTitles = Record<string, FieldTitleNode>;

interface Definition {
  name?: string;
  title?: string;
  type?: string;
  fields?: Definition[];
  of?: Definition[];
  marks?: { annotations?: Definition[] };
}

/** Every named type (documents and objects) with its fields' titles. */
export function fieldTitleTree(types: readonly Definition[]): FieldTitles {
  const named = new Set(types.map((type) => type.name));
  const tree: FieldTitles = {};
  for (const type of types) tree[type.name!] = { title: type.title, ...below(type, named) };
  return tree;
}

function node(definition: Definition, named: Set<string | undefined>): FieldTitleNode {
  // A paragraph of rich text: its own fields (children, markDefs) have Sanity's English titles, so none is shown;
  // a link in it is named by its annotation's title («Lenke»).
  if (definition.type === 'block') {
    const annotations = definition.marks?.annotations ?? [];
    return { fields: { markDefs: { of: annotations.map((member) => node(member, named)) } } };
  }
  const reference = named.has(definition.type) ? { type: definition.type } : {};
  return { title: definition.title, ...reference, ...below(definition, named) };
}

function below(definition: Definition, named: Set<string | undefined>): Omit<FieldTitleNode, 'title' | 'type'> {
  return {
    ...(definition.fields && {
      fields: Object.fromEntries(definition.fields.map((field) => [field.name!, node(field, named)])),
    }),
    ...(definition.of && { of: definition.of.map((member) => node(member, named)) }),
  };
}
