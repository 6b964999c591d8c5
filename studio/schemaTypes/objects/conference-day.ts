import { CalendarIcon } from '@sanity/icons';
import { startEndFields } from '../fields';
import { defineField, defineType } from 'sanity';
import { capacityValidation, limits, messages } from '../../lib/validation';
import { conferenceDayKinds, conferenceDayStatuses, optionTitle } from '@for-alle/shared/options';
import { shortDate, subtitle } from '../../lib/list-subtitles';

/** The places each kind of day has (the programme's text): a new conference starts with them, more is a warning. */
export const usualDayCapacity: Record<string, number> = { network: 100, conference: 300 };

/**
 * One day of the two-day conference: the network day (100 places) or the conference day (300). Its title is
 * optional: without one the site and the lists call it by its kind, so the editor need not type «Nettverksdag» twice.
 */
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
      description:
        'La feltet stå tomt, så heter dagen «Nettverksdag» eller «Konferansedag» etter typen. Skriv en tittel bare hvis ' +
        'dagen skal hete noe annet. Høyst 90 tegn.',
      validation: (rule) => rule.max(90).error(messages.titleTooLong),
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
            const usual = usualDayCapacity[(context.parent as { kind?: string } | undefined)?.kind ?? ''];
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
        'hele konferansen. Når påmeldingen åpner og stenger, bestemmer du under «Påmelding».',
      options: { list: conferenceDayStatuses, layout: 'radio', direction: 'horizontal' },
      initialValue: 'available',
      // A conference without sign-up has no waitlist either.
      hidden: ({ document }) => (document?.registration as { status?: string } | undefined)?.status === 'none',
    }),
  ],
  preview: {
    select: { title: 'title', kind: 'kind', start: 'start', capacity: 'capacity', status: 'status' },
    prepare: ({ title, kind, start, capacity, status }) => ({
      title: title || optionTitle(conferenceDayKinds, kind),
      subtitle: subtitle(
        shortDate(start),
        capacity ? `${capacity} plasser` : undefined,
        status === 'waitlist' ? optionTitle(conferenceDayStatuses, status) : undefined,
      ),
    }),
  },
});
