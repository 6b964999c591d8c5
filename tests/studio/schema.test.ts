// The schema has no drift: preview paths point at real fields, initial values are among their options, every
// document type has an icon and a preview, and singletons cannot be created twice, duplicated or deleted.
import { describe, expect, test } from 'vitest';
import type { SchemaType } from 'sanity';
import config from '../../studio/sanity.config';
import { siteLinkActions } from '../../studio/actions/site-links';
import { fixedSetTypes, singletonTypes } from '../../studio/lib/singletons';
import { templates } from '../../studio/lib/templates';
import { documentTypes, objectTypes, schemaTypes, singletonSchemaTypes } from '../../studio/schemaTypes';
import { evaluate, parse } from 'groq-js';
import { z } from 'astro/zod';
import { documentSchemas, renderedTypes } from '../../src/lib/content-guard/schemas';
import { richTextFields } from '@for-alle/shared/rich-text';
import { documentTypeNames } from '@for-alle/shared/document-type-names';
import { readDataset, studioWorkspace } from './dataset';

type AnyType = SchemaType & { fields?: { name: string; type: AnyType }[]; of?: AnyType[]; to?: AnyType[] };

/** Resolves a preview select path ("place.name", "speakers.0.name") through fields, references and arrays. */
function pathExists(type: AnyType | undefined, segments: string[]): boolean {
  if (!type) return false;
  if (segments.length === 0) return true;
  const [head, ...rest] = segments;
  if (type.jsonType === 'array') {
    if (!/^\d+$/.test(head)) return false;
    return (type.of ?? []).some((member) => pathExists(member as AnyType, rest));
  }
  if (type.name === 'reference' || (type as { to?: unknown }).to) {
    return (type.to ?? []).every((target) => pathExists(target as AnyType, segments));
  }
  const field = type.fields?.find((f) => f.name === head);
  return field ? pathExists(field.type, rest) : false;
}

function* walkFields(
  fields: { name: string; initialValue?: unknown; options?: { list?: unknown[] }; fields?: unknown[] }[] = [],
  prefix = '',
): Generator<{ path: string; initialValue?: unknown; list?: unknown[] }> {
  for (const field of fields) {
    yield { path: `${prefix}${field.name}`, initialValue: field.initialValue, list: field.options?.list };
    yield* walkFields(field.fields as never, `${prefix}${field.name}.`);
  }
}

/** The words of an English name in code: «contactEmail» → «contact», «email». */
const nameWords = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Words a Norwegian title shares with the English name of its field or type because Norwegian writes them the same:
 * «Status», «Start», «Ingress», «Workshops i etterkant», «Video», «Person», «Hvem utgiftene dekkes for», and «slug»
 * in «Nettadresse (slug)», the word editors meet in Sanity's own messages.
 */
const sameInNorwegian = new Set(['status', 'start', 'ingress', 'workshops', 'video', 'person', 'for', 'slug']);

/** English words that no Norwegian title has, so an English title that does not repeat the name is caught too. */
const englishOnly = /\b(the|of|and|with|your|date|name|title)\b/i;

/**
 * What is wrong with a title an editor reads: missing or blank; the name in Title Case (what Sanity shows for a field
 * without a title, and what a copied title looks like); an English word of the name («Capacity», «Contact e-post»);
 * or English grammar. Null for a Norwegian title.
 */
function titleProblem(name: string, title: unknown): string | null {
  if (typeof title !== 'string' || !/\S/.test(title)) return 'no title';
  const words = title.toLowerCase().split(/[^a-zæøå0-9]+/);
  const shared = nameWords(name).filter((word) => words.includes(word) && !sameInNorwegian.has(word));
  if (shared.length > 0) return `«${title}» repeats «${shared.join(' ')}» from the name`;
  if (englishOnly.test(title)) return `«${title}» is English`;
  return null;
}

type TitledField = { name: string; title?: unknown; fields?: TitledField[]; of?: { fields?: TitledField[] }[] };

/** Every field an editor sees, with its path: the type's own, those of an inline object and of array members. */
function* titledFields(fields: TitledField[] = [], prefix: string): Generator<[string, TitledField]> {
  for (const field of fields) {
    const path = `${prefix}.${field.name}`;
    yield [path, field];
    yield* titledFields(field.fields, path);
    for (const member of field.of ?? []) yield* titledFields(member.fields, `${path}[]`);
  }
}

describe('schema', () => {
  test('every type in schemaTypes is registered once', () => {
    const names = schemaTypes.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(schemaTypes.filter((type) => 'preview' in type && type.preview).map((type) => [type.name, type] as const))(
    'every preview select path of %s exists as a field',
    async (name, definition) => {
      const schema = (await studioWorkspace()).schema;
      const select =
        ((definition as { preview?: unknown }).preview as { select?: Record<string, string> }).select ?? {};
      for (const path of Object.values(select)) {
        expect(pathExists(schema.get(name) as AnyType, path.split('.')), `${name}: ${path}`).toBe(true);
      }
    },
  );

  test('the path check itself catches a misspelt or dangling path', async () => {
    const schema = (await studioWorkspace()).schema;
    expect(pathExists(schema.get('projectStory') as AnyType, ['place', 'name'])).toBe(true);
    expect(pathExists(schema.get('projectStory') as AnyType, ['place', 'nmae'])).toBe(false);
    expect(pathExists(schema.get('session') as AnyType, ['speakers', '0', 'name'])).toBe(true);
    expect(pathExists(schema.get('session') as AnyType, ['speakers', 'name'])).toBe(false);
    expect(pathExists(schema.get('figure') as AnyType, ['asset'])).toBe(true);
  });

  test.each(schemaTypes.map((type) => [type.name, type] as const))(
    'every initialValue of %s is in its options.list',
    (_name, type) => {
      for (const field of walkFields((type as { fields?: never }).fields)) {
        if (field.initialValue === undefined || !field.list) continue;
        const values = field.list.map((option) =>
          typeof option === 'object' && option ? (option as { value: unknown }).value : option,
        );
        expect(values, field.path).toContain(field.initialValue);
      }
    },
  );

  test.each([...documentTypes, ...singletonSchemaTypes].map((type) => [type.name, type] as const))(
    'document type %s has an icon, a Norwegian title and a preview',
    (_name, type) => {
      expect(type.icon).toBeTruthy();
      expect(titleProblem(type.name, type.title)).toBeNull();
      expect(type.preview?.select).toBeTruthy();
    },
  );

  test.each(objectTypes.map((type) => [type.name, type] as const))('object type %s has an icon', (_name, type) => {
    expect(type.icon).toBeTruthy();
  });

  test('a phone number is described with one spelling, «landskode»', () => {
    const descriptions: string[] = [];
    const collect = (fields: { description?: unknown; fields?: unknown }[] = []) => {
      for (const field of fields) {
        if (typeof field.description === 'string') descriptions.push(field.description);
        collect(field.fields as never);
      }
    };
    for (const type of schemaTypes) collect((type as { fields?: never }).fields);
    expect(descriptions.filter((text) => /landskode/.test(text)).length).toBeGreaterThanOrEqual(2);
    expect(descriptions.filter((text) => /landkode/i.test(text))).toEqual([]);
  });

  test('field descriptions are whole sentences that say what happens, a soft limit as «helst», like the guide', () => {
    const describe = (type: string, field: string) =>
      (
        schemaTypes.find((schemaType) => schemaType.name === type) as {
          fields: { name: string; description?: string }[];
        }
      ).fields.find((candidate) => candidate.name === field)?.description ?? '';
    // Was «Åpner og stenger påmeldingen styrer du under «Påmelding».», which is not a sentence.
    expect(describe('conferenceDay', 'status')).toContain(
      'Når påmeldingen åpner og stenger, bestemmer du under «Påmelding».',
    );
    // Was «navnet holder, for eksempel «Portrett av Kari Nordmann»»: the example was not the name.
    expect(describe('person', 'photo')).toBe(
      'Alternativ tekst: navnet holder, for eksempel «Kari Nordmann». Står navnet rett ved bildet, kan du krysse av ' +
        'for Dekorativt bilde.',
    );
    // The theme's limit is a warning, not a stop: «Høyst» promised one.
    expect(describe('conference', 'theme')).toBe('Årets tema i én setning. Helst under 120 tegn.');
    // Not only what never happened: details the programme has not confirmed, as the guide says.
    for (const type of ['event', 'conference', 'projectStory'])
      expect(describe(type, 'isSample'), type).toContain(
        'eller når dere har fylt inn detaljer som programmet ikke har bekreftet',
      );
  });

  test('a file or link in a session is exemplified as «Presentasjon», the word the site uses, not «Lysark»', () => {
    for (const name of ['materialFile', 'materialLink']) {
      const type = schemaTypes.find((schemaType) => schemaType.name === name) as {
        fields: { name: string; description?: string }[];
      };
      const title = type.fields.find((field) => field.name === 'title')?.description ?? '';
      expect(title, name).toContain('«Presentasjon');
      expect(title, name).not.toMatch(/lysark/i);
    }
  });

  test("an organisation's «Sted» says it puts the organisation on the place's page, and when to leave it empty", () => {
    const organisation = schemaTypes.find((type) => type.name === 'organisation') as {
      fields: { name: string; description?: string }[];
    };
    const place = organisation.fields.find((field) => field.name === 'place');
    expect(place?.description).toContain('Lokale organisasjoner står under «Organisasjoner i …» på stedets side.');
    expect(place?.description).toContain('La feltet stå tomt for landsdekkende organisasjoner og stiftelsen.');
  });

  test('every date and date-time field is typed the same way, 22.01.2027 09:00 in Oslo time', () => {
    type Field = { name: string; type: string; options?: Record<string, unknown>; fields?: Field[]; of?: Field[] };
    const found: string[] = [];
    const check = (fields: Field[] = [], at: string) => {
      for (const field of fields) {
        const path = `${at}.${field.name}`;
        if (field.type === 'date' || field.type === 'datetime') {
          found.push(path);
          expect(field.options?.dateFormat, path).toBe('DD.MM.YYYY');
        }
        if (field.type === 'datetime') {
          expect(field.options?.timeFormat, path).toBe('HH:mm');
          expect(field.options?.displayTimeZone, path).toBe('Europe/Oslo');
        }
        check(field.fields, path);
        for (const member of field.of ?? []) check(member.fields, path);
      }
    };
    for (const type of schemaTypes) check((type as { fields?: Field[] }).fields, type.name);
    // Events, conference days and sessions, registration, stories, research updates and application rounds.
    expect(found).toEqual(
      expect.arrayContaining([
        'event.start',
        'conferenceDay.end',
        'registration.opensAt',
        'projectStory.publishedAt',
        'researchUpdate.date',
        'applicationRound.deadline',
      ]),
    );
  });

  test('every field has a Norwegian title', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const type of schemaTypes) {
      for (const [path, field] of titledFields((type as { fields?: TitledField[] }).fields, type.name)) {
        checked += 1;
        const problem = titleProblem(field.name, field.title);
        if (problem) problems.push(`${path}: ${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  test('the title check tells a Norwegian title from a missing, copied or English one', () => {
    expect(titleProblem('capacity', 'Antall plasser')).toBeNull();
    expect(titleProblem('status', 'Status')).toBeNull();
    expect(titleProblem('slug', 'Nettadresse (slug)')).toBeNull();
    expect(titleProblem('capacity', undefined)).toBe('no title');
    expect(titleProblem('capacity', ' ')).toBe('no title');
    expect(titleProblem('capacity', 'Capacity')).toBe('«Capacity» repeats «capacity» from the name');
    expect(titleProblem('contactEmail', 'Contact e-post')).toBe('«Contact e-post» repeats «contact» from the name');
    expect(titleProblem('opensAt', 'Opens at')).toBe('«Opens at» repeats «opens at» from the name');
    expect(titleProblem('capacity', 'Number of places')).toBe('«Number of places» is English');
  });
});

describe('research partners', () => {
  type ReferenceField = {
    name: string;
    type: { options?: { filter?: string; filterParams?: Record<string, unknown> } };
  };
  const fieldOf = async (typeName: string, fieldName: string) => {
    const schema = (await studioWorkspace()).schema;
    const type = schema.get(typeName) as unknown as { fields: ReferenceField[] };
    return type.fields.find((field) => field.name === fieldName)!;
  };

  test.each([
    ['researchUpdate', 'partner'],
    ['evaluation', 'researchPartner'],
  ])('%s.%s offers only research organisations', async (typeName, fieldName) => {
    const { filter, filterParams } = (await fieldOf(typeName, fieldName)).type.options ?? {};
    expect(filter, 'the reference has a filter').toBeTruthy();
    const organisations = readDataset().filter((doc) => doc._type === 'organisation');
    const query = parse(`*[_type == "organisation" && (${filter})]`, { params: filterParams });
    const result = await evaluate(query, { dataset: organisations, params: filterParams });
    const offered = (await result.get()) as { _id: string; kind: string }[];
    // The seed's research institute is offered; a municipality or a club is not.
    expect(offered.map((organisation) => organisation._id)).toContain('org-inkluderingsforskning');
    expect(organisations.some((organisation) => organisation.kind !== 'forskning')).toBe(true);
    expect(offered.every((organisation) => organisation.kind === 'forskning')).toBe(true);
  });
});

describe('tools', () => {
  const resolveTools = config.tools as unknown as (
    prev: { name: string }[],
    context: { currentUser: { roles: { name: string }[] } | null },
  ) => { name: string }[];
  const tools = [{ name: 'structure' }, { name: 'vision' }];

  test('Vision (GROQ) is offered to administrators only', () => {
    const names = (roles: string[]) =>
      resolveTools(tools, { currentUser: { roles: roles.map((name) => ({ name })) } }).map((tool) => tool.name);
    expect(names(['administrator'])).toEqual(['structure', 'vision']);
    expect(names(['editor'])).toEqual(['structure']);
    expect(resolveTools(tools, { currentUser: null }).map((tool) => tool.name)).toEqual(['structure']);
  });
});

describe('singletons', () => {
  const resolveTemplates = config.schema?.templates as unknown as (
    prev: { id: string; schemaType: string }[],
  ) => { id: string; schemaType: string }[];
  const resolveOptions = config.document?.newDocumentOptions as unknown as (
    prev: { templateId: string }[],
    context: { creationContext: { type: string } },
  ) => { templateId: string }[];
  const resolveActions = config.document?.actions as unknown as (
    prev: { action?: string }[],
    context: { schemaType: string },
  ) => { action?: string }[];

  test('no create template exists for a singleton, a pillar or a research question', () => {
    const defaults = schemaTypes.map((type) => ({ id: type.name, schemaType: type.name }));
    const resolved = resolveTemplates(defaults);
    for (const fixed of [...singletonTypes, ...fixedSetTypes])
      expect(resolved.map((t) => t.schemaType)).not.toContain(fixed);
    expect(resolved.map((t) => t.schemaType)).toContain('projectStory');
    expect(resolved.map((t) => t.id)).toEqual(expect.arrayContaining(templates.map((t) => t.id)));
  });

  test('the global create menu offers no singleton and no template that needs a parameter', () => {
    const offered = resolveOptions(
      [...schemaTypes.map((type) => ({ templateId: type.name })), { templateId: 'projectStory-by-place' }],
      { creationContext: { type: 'global' } },
    ).map((item) => item.templateId);
    for (const fixed of [...singletonTypes, ...fixedSetTypes]) expect(offered).not.toContain(fixed);
    expect(offered).not.toContain('projectStory-by-place');
    expect(offered).toContain('projectStory');
  });

  test.each([...singletonTypes, ...fixedSetTypes])(
    '%s cannot be duplicated, deleted or unpublished, but can be scheduled',
    (schemaType) => {
      const all = ['publish', 'schedule', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'].map(
        (action) => ({ action }),
      );
      // «Forhåndsvis» and «Åpne på nettstedet», as far as the Studio's environment configures them.
      const siteLinks = (type: string) => siteLinkActions(type).map((action) => action.action);
      expect(resolveActions(all, { schemaType }).map((a) => a.action)).toEqual([
        'publish',
        'schedule',
        'discardChanges',
        'restore',
        ...siteLinks(schemaType),
      ]);
      expect(resolveActions(all, { schemaType: 'projectStory' }).map((a) => a.action)).toEqual([
        ...all.map((a) => a.action),
        ...siteLinks('projectStory'),
      ]);
    },
  );

  // What «Ny historie fra {sted}» writes, for a published place and one that is only a draft: templates.test.ts.

  // Only /samarbeidsprosjekter and /inkluderingsprosjekter list stories: under another pillar a story is on neither.
  test("a story's «Satsingsområde» offers the two pillars whose pages list stories, on the first tab", async () => {
    const { schema } = await studioWorkspace();
    const story = schema.get('projectStory') as AnyType & { fields: { name: string; group?: string | string[] }[] };
    const pillar = story.fields.find((field) => field.name === 'pillar') as unknown as {
      group?: string;
      type: { options?: { filter?: string; filterParams?: Record<string, unknown> } };
    };
    expect(pillar.group).toBe('content');
    const { filter, filterParams } = pillar.type.options ?? {};
    const query = `*[_type == "pillar" && !(_id in path("drafts.**")) && ${filter}].slug.current`;
    const offered = await (
      await evaluate(parse(query, { params: filterParams }), { dataset: readDataset(), params: filterParams })
    ).get();
    expect([...offered].sort()).toEqual(['inkluderingsprosjekter', 'samarbeidsprosjekter']);
  });
});

/** Each field the content guard's shape check names, as path segments (an array's item is `0`), and whether it must be there. */
function guardFields(schema: z.ZodType, prefix: string[] = []): { path: string[]; required: boolean }[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([name, field]) => {
    // `_key` and a reference's `_ref` are Sanity's own, not fields of the schema.
    if (name.startsWith('_')) return [];
    let inner = field;
    let required = true;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
      required = false;
      inner = inner.unwrap() as z.ZodType;
    }
    const path = [...prefix, name];
    const item = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : null;
    return [{ path, required }, ...(item ? guardFields(item, [...path, '0']) : guardFields(inner, path))];
  });
}

/**
 * The fields the Studio marks required(), as `type.path` (an array's item is `0`). Not inside Sanity's own types
 * (an image's crop) nor slugs, and not inside rich text: the guard checks what rich text holds by its own walk.
 */
function studioRequiredFields(type: AnyType, prefix: string[]): string[] {
  return (type.fields ?? []).flatMap((field) => {
    const fieldType = field.type as AnyType & { validation?: { isRequired?: () => boolean }[] };
    if (fieldType.name?.startsWith('sanity.') || (richTextFields as readonly string[]).includes(field.name)) return [];
    const path = [...prefix, field.name];
    const own = Array.isArray(fieldType.validation) && fieldType.validation.some((rule) => rule.isRequired?.());
    const nested =
      fieldType.jsonType === 'object' && !fieldType.to && fieldType.name !== 'slug'
        ? studioRequiredFields(fieldType, path)
        : fieldType.jsonType === 'array'
          ? (fieldType.of ?? [])
              .filter((member) => member.jsonType === 'object' && member.name !== 'block' && !(member as AnyType).to)
              .flatMap((member) => studioRequiredFields(member as AnyType, [...path, '0']))
          : [];
    return [...(own ? [path.join('.')] : []), ...nested];
  });
}

/**
 * Required in the Studio, left to the site by the guard: the page is built without them, leaving out the part they
 * fill (TypeGen types each as possibly missing, so the page is checked to cope). The Studio asks for them so a page is
 * complete; an import without them publishes a thinner page, not a broken one.
 */
const requiredInStudioOnly = new Set([
  // No registration: the page says nothing about signing up (shared/registration-state.ts), and the content report
  // names an upcoming event or conference without one. A registration that is there must have its status.
  'event.registration',
  'conference.registration',
  // Text a page shows when it is there: an ingress, a story's «Kort fortalt» (named in the content report), a county.
  'place.ingress',
  'place.county',
  'collaborationProject.ingress',
  'projectStory.summary',
  'event.ingress',
  'conference.ingress',
  'applicationGuide.ingress',
  'page.ingress',
  'siteSettings.organisationName',
  'activitySupport.expensesFor',
  // A session's start: without it the programme shows the title alone.
  'conference.sessions.0.start',
  // Where something is held, who leads or researches it, since when, what it answers: without them the page leaves
  // that line out. A reference that is there must point at a published document (the guard's own walk).
  'event.venue.name',
  'event.place',
  'conference.venue.name',
  'conference.place',
  'collaborationProject.leadOrganisation',
  'collaborationProject.startYear',
  'collaborationProject.status',
  'applicationGuide.applicantOrganisation',
  'pillar.evaluation.researchPartner',
  'pillar.evaluation.startYear',
  'researchUpdate.questions',
  // Lists a page shows when they have items, and the parts of an item it can do without: a key fact or a shortcut without its label or value is left
  // out, and so is a material item without its file or link (one without a title is named after its session or its
  // address).
  'applicationGuide.checklist',
  'activitySupport.eligibleExpenses',
  'pillar.keyFacts.0.value',
  'pillar.keyFacts.0.label',
  'siteSettings.shortcuts.0.label',
  'conference.sessions.0.material.0.file',
  'conference.sessions.0.material.0.title',
  'conference.sessions.0.material.0.url',
]);

describe('the content guard and the Studio schema', () => {
  test.each(renderedTypes)('every field the guard checks on %s is a field of the Studio schema', async (type) => {
    const schema = (await studioWorkspace()).schema;
    const paths = guardFields(documentSchemas[type]!).map(({ path }) => path);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths)
      expect(pathExists(schema.get(type) as AnyType, path), `${type}.${path.join('.')}`).toBe(true);
  });

  test('every field the Studio requires on a rendered type is required by the guard, or listed as left to the site', async () => {
    const schema = (await studioWorkspace()).schema;
    const studio = renderedTypes.flatMap((type) => studioRequiredFields(schema.get(type) as AnyType, [type]));
    const guard = new Set(
      renderedTypes.flatMap((type) =>
        guardFields(documentSchemas[type]!)
          .filter(({ required }) => required)
          .map(({ path }) => [type, ...path].join('.')),
      ),
    );
    expect(studio.filter((path) => !guard.has(path) && !requiredInStudioOnly.has(path))).toEqual([]);
    // An exception the Studio no longer requires, or the guard now does, is taken off the list.
    expect([...requiredInStudioOnly].filter((path) => !studio.includes(path) || guard.has(path))).toEqual([]);
  });

  test('the field walk sees through optional, nullable and array fields', () => {
    const paths = guardFields(documentSchemas.conference!).map(
      ({ path, required }) => `${path.join('.')}${required ? '' : '?'}`,
    );
    expect(paths).toEqual(
      expect.arrayContaining(['year', 'registration?', 'registration.status', 'days', 'days.0.kind']),
    );
  });
});

describe('the names the build messages give document types', () => {
  test('are the Studio’s own titles, for every document type', () => {
    const titles = Object.fromEntries(
      [...documentTypes, ...singletonSchemaTypes].map((type) => [type.name, (type as { title?: string }).title]),
    );
    expect(documentTypeNames).toEqual(titles);
  });
});
