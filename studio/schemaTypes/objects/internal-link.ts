import { DocumentsIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { messages } from '../../lib/validation';

/**
 * Link annotation to another document on the site; the site resolves the path with documentPath(). Not the
 * activity support's terms (activitySupport): its page is the pillar «Aktivitetsstøtte», which an editor picks
 * instead (an older link to it still leads to /aktivitetsstotte).
 */
const internalLinkTargets = [
  'projectStory',
  'event',
  'conference',
  'researchUpdate',
  'pillar',
  'place',
  'page',
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
