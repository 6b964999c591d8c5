import { DocumentsIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { messages } from '../../lib/validation';

/** Link annotation to another document on the site; the site resolves the path with documentPath(). */
export const internalLinkTargets = [
  'projectStory',
  'event',
  'conference',
  'researchUpdate',
  'pillar',
  'place',
  'page',
  'activitySupport',
  'applicationGuide',
] as const;

export const internalLink = defineType({
  name: 'internalLink',
  title: 'Intern lenke',
  type: 'object',
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Lenker til',
      type: 'reference',
      description: 'Velg en side på nettstedet. Lenken følger med om adressen endres.',
      to: internalLinkTargets.map((type) => ({ type })),
      validation: (rule) => rule.required().error(messages.required),
    }),
  ],
});
