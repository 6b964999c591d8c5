import { expandNode, type StudioFieldNode, type StudioFields, type ValueKind } from '@for-alle/shared/studio-fields';
import committedFields from './studio-fields.json';

/** As the message says it: what the field must hold, and what it holds. */
const expected: Record<ValueKind, string> = {
  text: 'tekst',
  number: 'et tall',
  yesNo: 'avkrysset eller ikke (true eller false)',
  list: 'en liste',
  object: 'en gruppe felt',
};
const found: Record<ValueKind, string> = {
  text: 'tekst',
  number: 'et tall',
  yesNo: 'true eller false',
  list: 'en liste',
  object: 'en gruppe felt',
};

function kindOfValue(value: unknown): ValueKind | undefined {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'yesNo';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && value !== null) return 'object';
  return undefined;
}

const preview = (value: unknown) => {
  const written = typeof value === 'string' ? value : JSON.stringify(value);
  return written.length > 40 ? `${written.slice(0, 40)}…` : written;
};

/** «må være en liste, ikke tekst («jobb, ungdom»)». */
export function wrongKindMessage(kind: ValueKind, value: unknown): string {
  const actual = kindOfValue(value);
  return `må være ${expected[kind]}${actual ? `, ikke ${found[actual]} («${preview(value)}»)` : ''}`;
}

/** Zod's names for the kinds it expects, for its messages about fields the Studio does not describe. */
export const zodKinds: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  boolean: 'yesNo',
  array: 'list',
  object: 'object',
};

/**
 * Every value stored as another kind than its Studio field stores: a list of tags as one text, rich text as plain
 * text, a yes/no as "true", a conference's days as one day. The Studio cannot write them, but an import or an API
 * write can, and a page would crash on them in English («story.tags.map is not a function») or leave them out without
 * a word. Reports the outermost wrong value only; fields the Studio does not have are left to the schemas. Returns
 * whether anything was wrong, so that checks which read the document's shape can skip it.
 */
export function checkValueKinds(
  document: Record<string, unknown>,
  report: (path: PropertyKey[], message: string) => void,
  fields: StudioFields = committedFields as StudioFields,
): boolean {
  let wrong = false;
  // One path, pushed and popped, and each node expanded once per tree: the walk visits every block of 10,000 stories'
  // bodies in the benchmark, where a new array and a spread object per value cost half a second.
  const path: PropertyKey[] = [];
  const expanded = expandedNodes.get(fields) ?? new WeakMap<StudioFieldNode, Expanded>();
  expandedNodes.set(fields, expanded);
  const expand = (node: StudioFieldNode): Expanded => {
    let known = expanded.get(node);
    if (!known) {
      const full = expandNode(node, fields);
      known = { ...full, members: full.of?.map((member) => expandNode(member, fields)) };
      expanded.set(node, known);
    }
    return known;
  };
  const fail = (message: string) => {
    wrong = true;
    report([...path], message);
  };
  const visit = (value: unknown, node: StudioFieldNode) => {
    const { kind, fields: below, members } = expand(node);
    const actual = kindOfValue(value);
    if (actual === undefined) return;
    if (kind && actual !== kind) return fail(wrongKindMessage(kind, value));
    if (actual === 'list' && members) {
      const items = value as unknown[];
      for (let index = 0; index < items.length; index++) {
        const item = items[index];
        path.push(index);
        // An empty line in a list (an API write can store one) crashes whatever reads the list's items.
        if (item === null || item === undefined) fail('er en tom linje i listen: fjern den, eller fyll den ut');
        else {
          const type = (item as { _type?: unknown })._type;
          const member = members.length === 1 ? members[0] : members.find((candidate) => candidate.stored === type);
          if (member) visit(item, member);
          else if (members.every((candidate) => candidate.kind === 'object')) visit(item, anyObject);
        }
        path.pop();
      }
    }
    if (actual === 'object' && below) {
      for (const key in value as Record<string, unknown>) {
        const field = below[key];
        if (!field || key.startsWith('_')) continue;
        path.push(key);
        visit((value as Record<string, unknown>)[key], field);
        path.pop();
      }
    }
  };
  const root = fields[String(document._type)];
  if (root) visit(document, root);
  return wrong;
}

/** A node with its named type filled in, and its members so too. */
type Expanded = StudioFieldNode & { members?: StudioFieldNode[] };
const expandedNodes = new WeakMap<StudioFields, WeakMap<StudioFieldNode, Expanded>>();
/** An item of a list whose members are all objects, when its `_type` names none of them. */
const anyObject: StudioFieldNode = { kind: 'object' };
