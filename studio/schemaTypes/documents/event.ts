import { CalendarIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { eventRegistrationSubtitle, shortDate, subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import { capacityValidation, messages } from '../../lib/validation';
import { bodyField, ingressField, isSampleField, slugField, titleField, startEndFields, venueFields } from '../fields';
import { eventKinds, optionTitle } from '@for-alle/shared/options';

/** A dated event: a workshop, a debate, a gathering. Times are stored in UTC and shown in Oslo time. */
/**
 * The kinds as the editor picks them: «Nettverksdag» alone invited making the conference's network day as an event.
 * The site keeps the short name.
 */
const studioEventKinds = eventKinds.map((option) =>
  option.value === 'nettverksdag' ? { ...option, title: 'Nettverksdag (ikke konferansens)' } : option,
);

export const event = defineType({
  name: 'event',
  title: 'Arrangement',
  type: 'document',
  icon: CalendarIcon,
  groups: [
    { name: 'content', title: 'Innhold', default: true },
    { name: 'practical', title: 'Tid, sted og påmelding' },
  ],
  fields: [
    titleField({ group: 'content' }),
    slugField('title', 'content'),
    defineField({
      name: 'kind',
      title: 'Type',
      type: 'string',
      group: 'content',
      description:
        'Velg typen selv: den styrer hvilken liste arrangementet står i, hva nettstedet kaller det, og om det kan ' +
        'velges som workshop etter konferansen. Den årlige For Alle-konferansen legges under «Konferanser», ikke som ' +
        'et arrangement, og det samme gjør konferansens nettverksdag: den er en dag i konferansen.',
      options: { list: studioEventKinds },
      // No default: a debate made from «Alle arrangementer» was easily left as a workshop. The lists' «Ny …» set it.
      validation: (rule) => rule.required().error(messages.required),
    }),
    ingressField('content'),
    bodyField({
      name: 'description',
      title: 'Beskrivelse',
      group: 'content',
      description: 'Program, hvem det passer for og praktisk informasjon.',
    }),
    defineField({
      name: 'pillar',
      title: 'Satsingsområde',
      type: 'reference',
      group: 'content',
      description:
        'Når påmeldingen er stengt, står den første kontaktpersonen på satsingsområdet på siden («Spørsmål om plass ' +
        'eller venteliste?»), og i søket finnes arrangementet under satsingsområdet. Står feltet tomt, står ' +
        'konferansens kontaktperson der for et arrangement under en konferanse, ellers e-postadressen i Innstillinger.',
      to: [{ type: 'pillar' }],
    }),
    ...startEndFields({ group: 'practical' }),
    ...venueFields('practical'),
    defineField({
      name: 'capacity',
      title: 'Antall plasser',
      type: 'number',
      group: 'practical',
      description: 'Et positivt heltall. La stå tomt hvis det ikke er noen grense.',
      validation: capacityValidation,
    }),
    defineField({
      name: 'cancelled',
      title: 'Avlyst',
      type: 'boolean',
      group: 'practical',
      description:
        'Kryss av hvis arrangementet er avlyst. Siden blir stående med merket «Avlyst», uten påmeldingsknapp, så ' +
        'lenker og kalenderfiler ikke blir døde. Skriv gjerne i ingressen hvorfor, og hva de påmeldte kan gjøre i stedet.',
      initialValue: false,
    }),
    defineField({
      name: 'registration',
      title: 'Påmelding',
      type: 'registration',
      group: 'practical',
      validation: (rule) => rule.required().error(messages.registrationRequired),
    }),
    isSampleField('content'),
  ],
  orderings: [
    { title: 'Dato, nyeste først', name: 'startDesc', by: [{ field: 'start', direction: 'desc' }] },
    { title: 'Dato, eldste først', name: 'startAsc', by: [{ field: 'start', direction: 'asc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      start: 'start',
      end: 'end',
      city: 'place.name',
      kind: 'kind',
      registration: 'registration',
      isSample: 'isSample',
      cancelled: 'cancelled',
    },
    prepare: ({ title, start, end, city, kind, registration, isSample, cancelled }) => ({
      title,
      // What the site says about signing up now, so the list never contradicts it once the dates take over. A
      // cancelled event offers no sign-up: the site says «Avlyst» instead, before and after its date.
      subtitle: subtitle(
        sampleTag(isSample),
        shortDate(start),
        city,
        optionTitle(eventKinds, kind),
        cancelled === true ? 'Avlyst' : eventRegistrationSubtitle(registration, start, end, new Date()),
      ),
    }),
  },
});
