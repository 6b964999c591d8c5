import { CaseIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import { httpUrlValidation, messages } from '../../lib/validation';
import { isSampleField } from '../fields';
import { organisationKinds } from '@for-alle/shared/options';

/** An actor in a project: an NGO, a municipality, a club, a research institution. */
export const organisation = defineType({
  name: 'organisation',
  title: 'Organisasjon',
  type: 'document',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Navn',
      type: 'string',
      description: 'Som organisasjonen selv skriver det, med lokallag der det hører med.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(90).error('Navnet kan være høyst 90 tegn.'),
      ],
    }),
    defineField({
      name: 'kind',
      title: 'Type',
      type: 'string',
      options: { list: organisationKinds },
      initialValue: 'ideell',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'website',
      title: 'Nettsted',
      type: 'url',
      description: 'Full adresse som begynner med https://.',
      validation: httpUrlValidation,
    }),
    defineField({
      name: 'place',
      title: 'Sted',
      type: 'reference',
      description:
        'Lokale organisasjoner står under «Organisasjoner i …» på stedets side. La feltet stå tomt for ' +
        'landsdekkende organisasjoner og stiftelsen.',
      to: [{ type: 'place' }],
    }),
    isSampleField(),
  ],
  orderings: [{ title: 'Navn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', kind: 'kind', city: 'place.name', isSample: 'isSample' },
    prepare: ({ title, kind, city, isSample }) => ({
      title,
      subtitle: subtitle(sampleTag(isSample), organisationKinds.find((option) => option.value === kind)?.title, city),
    }),
  },
});
