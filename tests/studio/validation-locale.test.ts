// A rule without a message of its own shows Sanity's built-in text. The Studio replaces the nb-NO texts an editor
// meets («Obligatorisk», «Kan ikke være en duplikat», «Slug må ha en verdi») with its own: this runs the Studio's own
// validation, with its own configuration, over a document type whose rules have no messages.
import { describe, expect, test } from 'vitest';
import {
  createWorkspaceFromConfig,
  defineArrayMember,
  defineField,
  defineType,
  validateDocument,
  type SanityDocument,
} from 'sanity';
import { createClient } from '@sanity/client';
import { apiVersion } from '@for-alle/shared/api-version';
import config from '../../studio/sanity.config';

/** Every built-in check the bundle words, on fields without a message. */
const bareRules = defineType({
  name: 'bareRules',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'slug', type: 'slug', validation: (rule) => rule.required() }),
    defineField({
      name: 'tags',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.unique(),
    }),
  ],
});

const workspace = createWorkspaceFromConfig({
  ...(config as Parameters<typeof createWorkspaceFromConfig>[0]),
  schema: { types: [...(config.schema?.types as never[]), bareRules] },
  currentUser: { id: 'test', name: 'Test', email: 'test@example.no', role: 'administrator', roles: [] },
  getClient: () =>
    createClient({ projectId: 'forallelocal', dataset: 'production', apiVersion, useCdn: false }) as never,
});

/** A schema type as the workspace compiles it, with its validation rules. */
interface CompiledType {
  validation?: { _rules: { flag: string }[]; _message?: unknown }[];
  fields?: { name: string; type: CompiledType }[];
  of?: CompiledType[];
}

/** A document that passes every rule. */
const valid = { title: 'Tittel', slug: { _type: 'slug', current: 'tittel' }, tags: ['kultur'] };

/** No other document has the slug: the uniqueness check asks a client that says it is unique. */
const emptyClient = { withConfig: () => emptyClient, config: () => ({}), fetch: async () => true };

async function messagesFor(document: Record<string, unknown>) {
  const markers = await validateDocument({
    document: { _id: 'bare', _type: 'bareRules', ...document } as SanityDocument,
    workspace: await workspace,
    environment: 'studio',
    getClient: () => emptyClient as never,
  });
  return markers.map((marker) => [marker.path[0], marker.message]);
}

describe("Sanity's own messages, in the Studio's words", () => {
  test.each([
    ['an empty required field', { title: undefined }, 'title', 'Feltet må fylles ut.'],
    ['a slug field left empty', { slug: undefined }, 'slug', 'Feltet må fylles ut.'],
    [
      'a slug without an address',
      { slug: { _type: 'slug', current: ' ' } },
      'slug',
      'Siden trenger en adresse. Trykk «Generer» ved feltet for å lage den.',
    ],
    [
      'a list with the same thing twice',
      { tags: ['kultur', 'kultur'] },
      'tags',
      'Det samme er valgt to ganger. Fjern det ene.',
    ],
  ])('%s', async (_case, broken, field, message) => {
    const markers = await messagesFor({ ...valid, ...broken });
    expect(markers).toContainEqual([field, message]);
    expect(markers.filter(([path]) => path !== field)).toEqual([]);
  });

  test('every list in the Studio that refuses the same thing twice says what it is with a message of its own', async () => {
    const schema = (await workspace).schema;
    const bare: string[] = [];
    const seen = new Set<unknown>();
    const visit = (type: CompiledType | undefined, path: string) => {
      if (!type || seen.has(type)) return;
      seen.add(type);
      for (const rule of type.validation ?? [])
        if (rule._rules.some((spec) => spec.flag === 'unique') && !rule._message) bare.push(path);
      for (const field of type.fields ?? []) visit(field.type, `${path}.${field.name}`);
      for (const member of type.of ?? []) visit(member, `${path}[]`);
    };
    for (const name of schema.getTypeNames().filter((name) => name !== 'bareRules'))
      visit(schema.get(name) as CompiledType, name);
    expect(seen.size).toBeGreaterThan(50);
    expect(bare).toEqual([]);
  });
});
