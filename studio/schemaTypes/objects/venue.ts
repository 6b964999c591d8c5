import { HomeIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { messages } from '../../lib/validation';

/** Where an event takes place: the building and its street address. */
export const venue = defineType({
  name: 'venue',
  title: 'Sted og adresse',
  type: 'object',
  icon: HomeIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Lokale',
      type: 'string',
      description: 'For eksempel «Stavanger konserthus».',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'address',
      title: 'Adresse',
      type: 'string',
      description: 'Gateadresse, postnummer og sted.',
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'address' } },
});
