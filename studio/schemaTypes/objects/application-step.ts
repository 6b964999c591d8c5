import { ArrowRightIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { messages } from '../../lib/validation';

/**
 * One step on the way to a collaboration project, from the first contact to the start: the application guide lists
 * them in order under «Slik går det til», so an applicant sees what comes after the checklist.
 */
export const applicationStep = defineType({
  name: 'applicationStep',
  title: 'Steg',
  type: 'object',
  icon: ArrowRightIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Steg',
      type: 'string',
      description: 'Kort, for eksempel «Ta kontakt» eller «Søknaden». Høyst 40 tegn.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(40).error('Steget kan være høyst 40 tegn.'),
      ],
    }),
    defineField({
      name: 'text',
      title: 'Hva skjer',
      type: 'text',
      rows: 3,
      description:
        'Hva dere gjør, og hva For Alle gjør, i ett–to setninger. Vet dere ikke noe ennå (en frist, når svaret kommer), ' +
        'skriv hvem som kan svare.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(300).warning('Hold teksten under 300 tegn: ett–to setninger.'),
      ],
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'text' } },
});
