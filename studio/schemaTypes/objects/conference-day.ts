import { CalendarIcon } from '@sanity/icons';
import { startEndFields } from '../fields';
import { defineField, defineType } from 'sanity';
import { capacityValidation, limits, messages } from '../../lib/validation';
import { conferenceDayKinds, conferenceDayStatuses, optionTitle } from '@for-alle/shared/options';
import { formatDate, subtitle } from '../../lib/list-subtitles';

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
    defineField({
      name: 'description',
      title: 'Kort om dagen',
      type: 'text',
      rows: 2,
      description:
        'Én eller to setninger om hva som skjer denne dagen og hvem den er for, for eksempel at prosjektlederne ' +
        'deltar på nettverksdagen. Vises på dagens kort, og i programmet når dagen ikke har egne programposter.',
      validation: (rule) => rule.max(limits.dayDescriptionSoft).warning(messages.dayDescriptionLong),
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
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      description:
        'Velg «Fulltegnet – venteliste» når alle plassene denne dagen er tatt. Nettstedet viser det ved dagen i ' +
        'stedet for antall plasser, mens påmeldingen er åpen. Er alle dagene fulle, viser nettstedet venteliste for ' +
        'hele konferansen. Åpner og stenger påmeldingen styrer du under «Påmelding».',
      options: { list: conferenceDayStatuses, layout: 'radio', direction: 'horizontal' },
      initialValue: 'available',
      // A conference without sign-up has no waitlist either.
      hidden: ({ document }) => (document?.registration as { status?: string } | undefined)?.status === 'none',
    }),
  ],
  preview: {
    select: { title: 'title', start: 'start', capacity: 'capacity', status: 'status' },
    prepare: ({ title, start, capacity, status }) => ({
      title,
      subtitle: subtitle(
        formatDate(start),
        capacity ? `${capacity} plasser` : undefined,
        status === 'waitlist' ? optionTitle(conferenceDayStatuses, status) : undefined,
      ),
    }),
  },
});
