// The Studio calls one thing by one name: an editor who reads «innledere» in one field and «foredragsholdere» in the
// next, or «Forskningspartner» on an update and «Forskningsmiljø» on the evaluation, cannot tell whether they are
// the same. Every title and description in the schema, and every validation message, is read here.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { areasInProcessTitle } from '@for-alle/shared/areas-in-process-title';
import { researchOrganisationKind } from '@for-alle/shared/options';
import { messages } from '../../studio/lib/validation';
import { schemaTypes } from '../../studio/schemaTypes';
import { siteSettings } from '../../studio/schemaTypes/singletons/site-settings';

interface Labelled {
  name?: string;
  title?: unknown;
  description?: unknown;
  type?: unknown;
  to?: unknown;
  options?: { filterParams?: { kind?: string } };
}

/** Every object in the schema definitions that has a title or a description (types, fields, array members). */
function* labelled(value: unknown, seen = new Set<unknown>()): Generator<Labelled> {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const item = value as Labelled & Record<string, unknown>;
  if (typeof item.title === 'string' || typeof item.description === 'string') yield item;
  for (const child of Object.values(item)) yield* labelled(child, seen);
}

const schemaTexts = [...labelled(schemaTypes)].flatMap((item) =>
  [item.title, item.description].filter((text): text is string => typeof text === 'string'),
);

/** Each message as an editor reads it; those that name the research partner or the areas with example values. */
const messageTexts = [
  ...(Object.values(messages) as unknown[]).filter((message): message is string => typeof message === 'string'),
  messages.researchPartnerKind(null),
  messages.typedPlaceCount('fem områder', 'områder', 4),
  messages.publishDateAhead('projectStory'),
  messages.publishDateAhead('researchUpdate'),
];

describe('the words the Studio uses', () => {
  test.each([
    ['foredragsholder', 'innleder'],
    ['forskningsmiljø', 'forskningspartner'],
    ['velg forskerne', 'velg forskningspartneren'],
    ['prosess mot', areasInProcessTitle],
    ['lysark', 'presentasjon'],
    ['lista ', 'listen'],
    ['workshoper', 'workshops'],
    ['klokka', 'klokken'],
  ])('never «%s» (the Studio says «%s»)', (word) => {
    const texts = [...schemaTexts, ...messageTexts];
    expect(texts.filter((text) => text.toLowerCase().includes(word))).toEqual([]);
  });

  test('every field that holds a research organisation is titled «Forskningspartner»', () => {
    const fields = [...labelled(schemaTypes)].filter(
      (item) => item.options?.filterParams?.kind === researchOrganisationKind,
    );
    expect(fields.length).toBeGreaterThan(1);
    expect(new Set(fields.map((field) => field.title))).toEqual(new Set(['Forskningspartner']));
  });

  test('the messages about the areas name the field in «Innstillinger» by its title', () => {
    const field = (siteSettings.fields as Labelled[]).find((item) => item.name === 'areasInProcess');
    expect(field?.title).toBe(areasInProcessTitle);
    expect(messages.typedPlaceCount('fem områder', 'områder', 4)).toContain(`«${field?.title}»`);
    expect(messages.placeCountInKeyFacts).toContain(`«${field?.title}»`);
  });

  test.each([
    ['lista', 'listen'],
    ['workshoper', 'workshops'],
    ['klokka', 'klokken'],
  ])('the editors’ guide never says «%s» (the Studio says «%s»)', (word) => {
    const guide = readFileSync('docs/redaktorveiledning.md', 'utf8');
    expect(guide.match(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'giu')) ?? []).toEqual([]);
  });
});
