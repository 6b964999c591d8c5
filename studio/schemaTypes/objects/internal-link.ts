import { DocumentsIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { isSectionAnchor } from '@for-alle/shared/section-anchor';
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
    // A section of the page, so «Presse» on /om can lead to the press contact on /kontakt, not to the page's top; a
    // heading in rich text has an id from its words (bodyParts in src/lib/portable-text.ts).
    defineField({
      name: 'anchor',
      title: 'Avsnitt på siden (valgfritt)',
      type: 'string',
      description:
        'Skal lenken gå rett til et avsnitt, skriver du avsnittets navn slik det står i adressen etter #, for eksempel «presse» for «Presse» på Kontakt-siden. En mellomtittel i brødteksten får navnet av ordene sine: «Hva er For Alle?» blir «hva-er-for-alle». La feltet stå tomt for å lenke til toppen av siden.',
      validation: (rule) => rule.custom((value) => (!value || isSectionAnchor(value) ? true : messages.anchor)),
    }),
  ],
});
