import { StarIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { pillarSlugs } from '@for-alle/shared/document-path';
import { pillarOrderTakenQuery } from '../../lib/queries';
import { messages, typedPlaceCountValidation, uniqueNumber } from '../../lib/validation';
import { bodyField, ingressField, slugField, titleField } from '../fields';

/**
 * One of the five pillars of For Alle. Its slug is its top-level path (`/forskning`), where the site's own route
 * for the pillar finds it: the five are a fixed set (studio/lib/singletons.ts), and their slugs cannot be changed.
 */
export const pillar = defineType({
  name: 'pillar',
  title: 'Satsingsområde',
  type: 'document',
  icon: StarIcon,
  fields: [
    titleField(),
    slugField('title', undefined, { readOnly: true }),
    defineField({
      name: 'order',
      title: 'Rekkefølge',
      type: 'number',
      description:
        'Rekkefølgen på forsiden, på søkesiden og på «Vi fant ikke siden», fra 1 til 5. Hovedmenyen styres i Innstillinger.',
      validation: (rule) => [
        rule.required().integer().min(1).max(5).error('Rekkefølgen må være et helt tall fra 1 til 5.'),
        rule.custom(uniqueNumber(pillarOrderTakenQuery, messages.pillarOrderTaken)),
      ],
    }),
    ingressField(),
    // «sju byer» typed here stays behind when a city joins; the Studio says so once it no longer matches.
    { ...bodyField(), validation: (rule) => rule.custom(typedPlaceCountValidation).warning() },
    defineField({
      name: 'keyFacts',
      title: 'Nøkkeltall',
      type: 'array',
      description:
        'Tre–fire korte fakta som vises øverst, for eksempel «7 byer». Høyst 4. På Aktivitetsstøtte står ' +
        'maksbeløpet først av seg selv, hentet fra «Maksbeløp (kr)».',
      of: [defineArrayMember({ type: 'keyFact' })],
      validation: (rule) => rule.max(4).warning('Mer enn fire nøkkeltall blir uoversiktlig.'),
    }),
    defineField({
      name: 'contacts',
      title: 'Kontaktpersoner',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => [
        rule.unique().error(messages.duplicatePerson),
        // A warning, not a stop: a person may leave, and the page still reads, if with no one to ask.
        rule
          .custom((contacts) => (Array.isArray(contacts) && contacts.length > 0) || messages.pillarWithoutContact)
          .warning(),
      ],
    }),
    defineField({ name: 'mainImage', title: 'Hovedbilde', type: 'figure' }),
    defineField({
      name: 'evaluation',
      title: 'Om evalueringen',
      type: 'evaluation',
      description: 'Bare for forskning: hvem som gjør evalueringen, når og hvordan. Vises øverst på /forskning.',
      hidden: ({ document }) => (document?.slug as { current?: string } | undefined)?.current !== pillarSlugs.research,
    }),
  ],
  orderings: [{ title: 'Rekkefølge', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', order: 'order', media: 'mainImage' },
    prepare: ({ title, order, media }) => ({ title, subtitle: order ? `Satsingsområde ${order}` : undefined, media }),
  },
});
