/**
 * Field factories shared by several document types, so a title, slug or ingress behaves (and is
 * described to the editor) the same way everywhere.
 */
import { defineField, type Rule, type SlugRule } from 'sanity';
import { researchOrganisationKind } from '@for-alle/shared/options';
import { slugPattern } from '@for-alle/shared/content-rules';
import type { RichTextField } from '@for-alle/shared/rich-text';
import { dateTimeInputOptions } from '../lib/date-input-options';
import {
  endAfterStartValidation,
  ingressValidation,
  limits,
  messages,
  researchPartnerValidation,
  slugChangeValidation,
  slugify,
  titleValidation,
} from '../lib/validation';

export const titleField = (options: { name?: string; title?: string; group?: string } = {}) =>
  defineField({
    name: options.name ?? 'title',
    title: options.title ?? 'Tittel',
    type: 'string',
    group: options.group,
    description: `Kort og tydelig. Høyst ${limits.titleMax} tegn; over ${limits.titleSoft} tegn får du en advarsel.`,
    validation: titleValidation,
  });

/**
 * A copy of a slug field's rule without the uniqueness check Sanity puts into the rule it passes in. Every rule made
 * from that one checks uniqueness again: the editor got «Slug er allerede i bruk» once per rule, and a warning rule
 * would repeat it as a warning. (`clone` and `reset` are on Sanity's public Rule; SlugRule's type leaves them out.)
 */
const withoutBuiltInChecks = (rule: SlugRule): SlugRule =>
  (rule as unknown as Rule).clone().reset() as unknown as SlugRule;

/**
 * The slug that makes a document's address. `refuse` names slugs this type cannot take (an editor's page cannot take
 * a path the site's own routes use); `readOnly` for documents whose address the site's code fixes (the pillars).
 */
export const slugField = (
  source = 'title',
  group?: string,
  options: { readOnly?: boolean; refuse?: (slug: string) => string | undefined } = {},
) =>
  defineField({
    name: 'slug',
    title: 'Nettadresse (slug)',
    type: 'slug',
    group,
    readOnly: options.readOnly,
    description: options.readOnly
      ? 'Adressen til siden. Den er fast, fordi nettstedet finner siden på den.'
      : 'Siste del av adressen til siden, for eksempel «bergen». Trykk «Generer» for å lage den fra tittelen. Bare ' +
        'små bokstaver a–z, tall og bindestrek; må være unik. Endrer du den etter at siden er publisert, slutter gamle ' +
        'lenker til siden å virke.',
    options: { source, maxLength: 96, slugify },
    // Sanity's uniqueness check rides on `required` alone; see withoutBuiltInChecks.
    validation: (rule) => [
      rule.required(),
      withoutBuiltInChecks(rule).custom((slug) =>
        !slug?.current || slugPattern.test(slug.current) ? true : messages.slugFormat,
      ),
      withoutBuiltInChecks(rule).custom((slug) => (slug?.current && options.refuse?.(slug.current)) || true),
      withoutBuiltInChecks(rule).custom(slugChangeValidation).warning(),
    ],
  });

export const ingressField = (group?: string) =>
  defineField({
    name: 'ingress',
    title: 'Ingress',
    type: 'text',
    rows: 3,
    group,
    description: `Et par setninger som åpner saken og vises i lister og søk. Hold den under ${limits.ingressSoft} tegn.`,
    validation: ingressValidation,
  });

export const isSampleField = (group?: string) =>
  defineField({
    name: 'isSample',
    title: 'Eksempelinnhold',
    type: 'boolean',
    group,
    description:
      'Kryss av når innholdet er et eksempel og ikke beskriver noe som faktisk har skjedd, eller når dere har fylt inn ' +
      'detaljer som programmet ikke har bekreftet. Nettstedet merker det da tydelig.',
    initialValue: false,
  });

export const bodyField = (
  options: { name?: RichTextField; title?: string; description?: string; group?: string } = {},
) =>
  defineField({
    name: options.name ?? 'body',
    title: options.title ?? 'Brødtekst',
    type: 'blockContent',
    group: options.group,
    description: options.description,
  });

/**
 * When something starts and ends, in Oslo time: events, conference days and sessions. The end must come after the
 * start; it is required unless `endOptional` (a session may have only a start time).
 */
export const startEndFields = (options: { group?: string; endOptional?: boolean } = {}) => [
  defineField({
    name: 'start',
    title: 'Start',
    type: 'datetime',
    group: options.group,
    description: 'Norsk tid.',
    options: dateTimeInputOptions,
    validation: (rule) => rule.required().error(messages.required),
  }),
  defineField({
    name: 'end',
    title: 'Slutt',
    type: 'datetime',
    group: options.group,
    description: 'Norsk tid. Må være etter start.',
    options: dateTimeInputOptions,
    validation: (rule) =>
      options.endOptional
        ? endAfterStartValidation(rule)
        : [rule.required().error(messages.required), endAfterStartValidation(rule)],
  }),
];

/** Where something happens: the venue with its address, and the place (town) it belongs to. */
export const venueFields = (group?: string) => [
  defineField({ name: 'venue', title: 'Lokale og adresse', type: 'venue', group }),
  defineField({
    name: 'place',
    title: 'Sted',
    type: 'reference',
    group,
    to: [{ type: 'place' }],
    validation: (rule) => rule.required().error(messages.required),
  }),
];

/**
 * A research organisation: the picker offers only organisations of the kind «Forskning», and validation refuses
 * any other, so a research update or the evaluation cannot name a municipality or a club as the researchers.
 */
export const researchOrganisationField = (options: {
  name: string;
  title: string;
  description?: string;
  required?: boolean;
}) =>
  defineField({
    name: options.name,
    title: options.title,
    type: 'reference',
    to: [{ type: 'organisation' }],
    description: options.description,
    options: { filter: 'kind == $kind', filterParams: { kind: researchOrganisationKind } },
    validation: (rule) => [
      ...(options.required ? [rule.required().error(messages.required)] : []),
      rule.custom(researchPartnerValidation),
    ],
  });
