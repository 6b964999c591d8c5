import { ClipboardImageIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { messages } from '../../lib/validation';
import { bodyField, ingressField, titleField } from '../fields';

/**
 * How to get a For Alle collaboration project (singleton, `_id: "applicationGuide"`): dialogue first,
 * then the preparation checklist. Shown at `/samarbeidsprosjekter#soknad`.
 */
/** Named for whom it is: beside the grant it read as the grant's own application guide. */
export const applicationGuideTitle = 'Søknadsveiledning for samarbeidsprosjekter';

export const applicationGuide = defineType({
  name: 'applicationGuide',
  title: applicationGuideTitle,
  type: 'document',
  icon: ClipboardImageIcon,
  fields: [
    titleField(),
    ingressField(),
    bodyField({
      name: 'dialogue',
      title: 'Dialog før søknad',
      description: 'Kravet om tett dialog med satsingen i forkant. Det tildeles ikke prosjekter uten dialog.',
    }),
    defineField({
      name: 'steps',
      title: 'Slik går det til',
      type: 'array',
      description:
        'Stegene fra første kontakt til prosjektet starter, i rekkefølge. Vises som en nummerert liste under ' +
        '«Slik går det til», før sjekklisten, så søkerne ser hva som kommer etter den.',
      of: [defineArrayMember({ type: 'applicationStep' })],
    }),
    defineField({
      name: 'checklist',
      title: 'Sjekkliste for forberedelsesfasen',
      type: 'array',
      description: 'Det søkerne må kartlegge, i rekkefølge. Underpunkter legges inne i punktet de hører til.',
      of: [defineArrayMember({ type: 'checklistItem' })],
      validation: (rule) => rule.required().min(1).error('Legg inn minst ett punkt.'),
    }),
    defineField({
      name: 'steeringGroupAdvice',
      title: 'Råd om styringsgruppen',
      type: 'text',
      rows: 4,
      description:
        'Vises under overskriften «Styringsgruppen». Skriv ikke overskriften selv. Ren tekst i ett avsnitt, uten lenker.',
    }),
    defineField({
      name: 'applicantOrganisation',
      title: 'Én søkerorganisasjon',
      type: 'text',
      rows: 4,
      description:
        'Hvorfor én organisasjon må stå som søker og ha arbeidsgiveransvaret. Vises under overskriften «Én organisasjon ' +
        'søker». Ren tekst i ett avsnitt, uten lenker.',
      validation: (rule) => rule.required().error(messages.required),
    }),
    bodyField(),
  ],
  preview: { select: { title: 'title', subtitle: 'ingress' } },
});
