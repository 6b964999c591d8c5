/**
 * The Studio's fields as the site's build knows them: the title editors see on each field, so that build messages can
 * name a field as the Studio does («Påmelding › Påmeldingslenke») and not only by its path (`registration.url`), and
 * the kind of value each field stores, so that the content guard can refuse a value of the wrong kind that an import
 * or an API write left (a list of tags stored as one text, a yes/no stored as "true"), which a page would otherwise
 * crash on or leave out without a word. The site cannot import the Studio's schema (it would load all of `sanity`), so
 * `npm run typegen` writes this tree to src/lib/content-guard/studio-fields.json, and a Studio test checks that the
 * committed file is current.
 */

/** The kind of JSON value a field stores: what Sanity writes for each schema type. */
export type ValueKind = 'text' | 'number' | 'yesNo' | 'list' | 'object';

/** A field, an array member or a named type: its title, the kind of value it stores, and what lies below it. */
export interface StudioFieldNode {
  title?: string;
  /** A named type of this schema whose fields, members and kind apply here. */
  type?: string;
  kind?: ValueKind;
  /** An array member's `_type` as Sanity stores it on each item: the member's name, or its type. */
  stored?: string;
  fields?: Record<string, StudioFieldNode>;
  /** Array members, in the schema's order. */
  of?: StudioFieldNode[];
}

export type StudioFields = Record<string, StudioFieldNode>;

interface Definition {
  name?: string;
  title?: string;
  type?: string;
  fields?: Definition[];
  of?: Definition[];
  marks?: { annotations?: Definition[] };
}

/** What Sanity stores for each of its own types; a named type of this schema stores what its own type does. */
const storedKinds: Record<string, ValueKind> = {
  string: 'text',
  text: 'text',
  url: 'text',
  email: 'text',
  date: 'text',
  datetime: 'text',
  number: 'number',
  boolean: 'yesNo',
  array: 'list',
  object: 'object',
  document: 'object',
  block: 'object',
  span: 'object',
  slug: 'object',
  reference: 'object',
  crossDatasetReference: 'object',
  image: 'object',
  file: 'object',
  geopoint: 'object',
};

/** A node with what its named type (`type`) says filled in: the named type's fields, members and kind. */
export function expandNode(node: StudioFieldNode, fields: StudioFields): StudioFieldNode {
  const named = node.type ? fields[node.type] : undefined;
  return named ? { ...named, ...node, fields: node.fields ?? named.fields, of: node.of ?? named.of } : node;
}

/** Every named type (documents and objects) with its fields' titles and kinds. */
export function studioFieldTree(types: readonly Definition[]): StudioFields {
  const named = new Set(types.map((type) => type.name));
  const tree: StudioFields = {};
  for (const type of types) {
    tree[type.name!] = { title: type.title, ...kindOf(type.type), ...below(type, named) };
  }
  return tree;
}

const kindOf = (type: string | undefined) => (type && storedKinds[type] ? { kind: storedKinds[type] } : {});

function node(definition: Definition, named: Set<string | undefined>): StudioFieldNode {
  // A paragraph of rich text: its own fields (children, markDefs) have Sanity's English titles, so none is shown;
  // a link in it is named by its annotation's title («Lenke»).
  if (definition.type === 'block') {
    const annotations = definition.marks?.annotations ?? [];
    return { kind: 'object', fields: { markDefs: { of: annotations.map((annotation) => member(annotation, named)) } } };
  }
  // A named type's kind is on its own entry, which `type` points to.
  const own = named.has(definition.type) ? { type: definition.type } : kindOf(definition.type);
  return { title: definition.title, ...own, ...below(definition, named) };
}

/** An array member, with the `_type` Sanity stores on each of its items. */
function member(definition: Definition, named: Set<string | undefined>): StudioFieldNode {
  return { ...node(definition, named), stored: definition.name ?? definition.type };
}

function below(definition: Definition, named: Set<string | undefined>): Omit<StudioFieldNode, 'title' | 'type'> {
  return {
    ...(definition.fields && {
      fields: Object.fromEntries(definition.fields.map((field) => [field.name!, node(field, named)])),
    }),
    ...(definition.of && { of: definition.of.map((item) => member(item, named)) }),
  };
}
