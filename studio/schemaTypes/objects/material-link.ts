import { LinkIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { materialLinkTitle } from '@for-alle/shared/material-title';
import { httpUrlValidation, messages } from '../../lib/validation';

/** A link to material published elsewhere (a report, a video, a web page). */
export const materialLink = defineType({
  name: 'materialLink',
  title: 'Lenke',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      description:
        'Hva lenken går til og hva det handler om, for eksempel «Rapport: Fritid for alle». «(ekstern lenke)» legger ' +
        'nettstedet til selv. Står det bare ett ord, som «Presentasjon» eller «Opptak», kommer innleggets tittel etter det.',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'url',
      title: 'Adresse',
      type: 'url',
      description: 'Begynner med https://.',
      validation: (rule) => [rule.required().error(messages.required), ...httpUrlValidation(rule)],
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'url' },
    prepare: ({ title, subtitle }) => ({ title: materialLinkTitle(title) || subtitle, subtitle }),
  },
});
