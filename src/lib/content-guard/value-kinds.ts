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
  const expand = (node: StudioFieldNode) => expandNode(node, fields);
  const visit = (value: unknown, node: StudioFieldNode, path: PropertyKey[]) => {
    const { kind, fields: below, of } = expand(node);
    const actual = kindOfValue(value);
    if (actual === undefined) return;
    if (kind && actual !== kind) {
      wrong = true;
      report(path, wrongKindMessage(kind, value));
      return;
    }
    if (actual === 'list' && of) {
      const members = of.map(expand);
      (value as unknown[]).forEach((item, index) => {
        // An empty line in a list (an API write can store one) crashes whatever reads the list's items.
        if (item === null || item === undefined) {
          wrong = true;
          report([...path, index], 'er en tom linje i listen: fjern den, eller fyll den ut');
          return;
        }
        const type = (item as { _type?: unknown })._type;
        const member = members.length === 1 ? members[0] : members.find((candidate) => candidate.stored === type);
        if (member) visit(item, member, [...path, index]);
        else if (members.every((candidate) => candidate.kind === 'object'))
          visit(item, { kind: 'object' }, [...path, index]);
      });
    }
    if (actual === 'object' && below) {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const field = below[key];
        if (field && !key.startsWith('_')) visit(child, field, [...path, key]);
      }
    }
  };
  const root = fields[String(document._type)];
  if (root) visit(document, root, []);
  return wrong;
}
