import { ClipboardIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { eventStartOf, httpUrlValidation, messages } from '../../lib/validation';
import { registrationStatuses } from '../../lib/options';

/**
 * Registration for an event or a conference. The site derives the shown status from these dates
 * and `status` at build time; the status field is the editor's override (e.g. full with waitlist).
 */
export const registration = defineType({
  name: 'registration',
  title: 'Påmelding',
  type: 'object',
  icon: ClipboardIcon,
  options: { collapsible: true, collapsed: false },
  fields: [
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      description: 'Sett «Fulltegnet – venteliste» når alle plassene er tatt.',
      options: { list: registrationStatuses, layout: 'radio', direction: 'horizontal' },
      initialValue: 'notOpen',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'opensAt',
      title: 'Påmeldingen åpner',
      type: 'datetime',
      options: { displayTimeZone: 'Europe/Oslo' },
    }),
    defineField({
      name: 'closesAt',
      title: 'Påmeldingen stenger',
      type: 'datetime',
      description: 'Må være etter at påmeldingen åpner og før arrangementet starter.',
      options: { displayTimeZone: 'Europe/Oslo' },
      validation: (rule) =>
        rule.custom((closesAt, context) => {
          if (!closesAt) return true;
          const opensAt = (context.parent as { opensAt?: string } | undefined)?.opensAt;
          if (opensAt && Date.parse(closesAt) <= Date.parse(opensAt)) {
            return messages.registrationClosesBeforeOpen;
          }
          const start = eventStartOf(context.document);
          if (start && Date.parse(closesAt) > Date.parse(start)) {
            return messages.registrationClosesAfterStart;
          }
          return true;
        }),
    }),
    defineField({
      name: 'url',
      title: 'Påmeldingslenke',
      type: 'url',
      description:
        'Adressen til påmeldingsskjemaet (https://…). Trengs når påmeldingen er åpen eller har en åpningsdato.',
      validation: (rule) => [
        httpUrlValidation(rule),
        rule.custom((url, context) => {
          const { status, opensAt } = (context.parent ?? {}) as { status?: string; opensAt?: string };
          // As the site reads it (src/lib/registration.ts): «Stengt» always wins; an opening date opens it.
          const opens = status !== 'closed' && (status === 'open' || status === 'waitlist' || Boolean(opensAt));
          return url || !opens ? true : messages.registrationUrlRequired;
        }),
      ],
    }),
  ],
});
