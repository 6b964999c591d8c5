import { CalendarIcon } from '@sanity/icons';
import { startEndFields } from '../fields';
import { defineField, defineType } from 'sanity';
import { capacityValidation, messages } from '../../lib/validation';
import { conferenceDayKinds } from '../../lib/options';
import { formatDate, subtitle } from '../../lib/preview';

/** One day of the two-day conference: the network day (100 places) or the conference day (300). */
export const conferenceDay = defineType({
  name: 'conferenceDay',
  title: 'Konferansedag',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'kind',
      title: 'Type dag',
      type: 'string',
      options: { list: conferenceDayKinds, layout: 'radio', direction: 'horizontal' },
      initialValue: 'conference',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      description: 'For eksempel «Nettverksdag». Høyst 90 tegn.',
      validation: (rule) => [rule.required().error(messages.titleRequired), rule.max(90).error(messages.titleTooLong)],
    }),
    ...startEndFields(),
    defineField({
      name: 'capacity',
      title: 'Antall plasser',
      type: 'number',
      description: 'Et positivt heltall. Nettverksdagen har vanligvis 100 plasser, konferansedagen 300.',
      validation: (rule) => [
        capacityValidation(rule),
        rule
          .custom((capacity, context) => {
            const usual = { network: 100, conference: 300 }[
              (context.parent as { kind?: string } | undefined)?.kind ?? ''
            ];
            return usual && typeof capacity === 'number' && capacity > usual
              ? `Vanligvis er det plass til ${usual}. Stemmer ${capacity}?`
              : true;
          })
          .warning(),
      ],
    }),
  ],
  preview: {
    select: { title: 'title', start: 'start', capacity: 'capacity' },
    prepare: ({ title, start, capacity }) => ({
      title,
      subtitle: subtitle(formatDate(start), capacity ? `${capacity} plasser` : undefined),
    }),
  },
});
