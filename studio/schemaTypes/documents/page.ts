import { DocumentTextIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { reservedPaths } from '@for-alle/shared/document-path';
import { messages, typedPlaceCountValidation } from '../../lib/validation';
import { bodyField, ingressField, slugField, titleField } from '../fields';

/** A free-standing page owned by the editors, such as «Om For Alle» and «Kontakt». */
export const page = defineType({
  name: 'page',
  title: 'Side',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    titleField(),
    slugField('title', undefined, {
      refuse: (slug) => (reservedPaths.has(slug) ? messages.reservedPath(slug) : undefined),
    }),
    ingressField(),
    defineField({
      name: 'contactTopics',
      title: 'Spørsmål og hvem som svarer',
      type: 'array',
      description:
        'Vises rett under ingressen: én overskrift per spørsmål, med personen som svarer under teksten (navn, rolle, e-post og telefon). Brukes på «Kontakt».',
      of: [defineArrayMember({ type: 'contactTopic' })],
    }),
    defineField({
      name: 'mainImage',
      title: 'Hovedbilde',
      type: 'figure',
      description: 'På en side med spørsmål og kontaktpersoner vises bildet etter dem, så de kommer først på mobil.',
    }),
    // «sju byer» typed here stays behind when a city joins; the Studio says so once it no longer matches.
    { ...bodyField(), validation: (rule) => rule.custom(typedPlaceCountValidation).warning() },
    defineField({
      name: 'contacts',
      title: 'Kontaktpersoner',
      type: 'array',
      description:
        'Folk som ikke hører til et av spørsmålene over. Vises nederst på siden med navn, rolle, e-post og telefon, slik de står på personen. Skriv ikke numrene inn i teksten: da må de rettes to steder når noen slutter.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => rule.unique().error(messages.duplicatePerson),
    }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current', media: 'mainImage' },
    prepare: ({ title, slug, media }) => ({ title, subtitle: slug ? `/${slug}` : undefined, media }),
  },
});
