import { ClipboardIcon } from '@sanity/icons';
import { defineField, defineType, type ValidationContext } from 'sanity';
import { dateTimeInputOptions } from '../../lib/date-input-options';
import { startOf as eventStartOf } from '@for-alle/shared/event-time';
import { httpUrlValidation, limits, messages } from '../../lib/validation';
import { registrationStatuses } from '@for-alle/shared/options';
import {
  registrationStateOf,
  type ConferenceDayInput,
  type RegistrationInput,
} from '@for-alle/shared/registration-state';

type RegistrationValue = { status?: string; opensAt?: string } | undefined;

/** With «Ingen påmelding» the dates and the link mean nothing to the site: hidden, and not checked. */
const withoutSignUp = (parent: unknown) => (parent as RegistrationValue)?.status === 'none';

/** A cancelled event offers no sign-up («Avlyst» instead), so its link is neither needed nor missed. */
const isCancelled = (context: ValidationContext) => context.document?.cancelled === true;

/** What the site says about signing up right now, read as the site reads it (registrationStateOf). */
function stateNow(context: ValidationContext) {
  const days = context.document?.days;
  return registrationStateOf(
    {
      registration: context.parent as RegistrationInput | undefined,
      start: eventStartOf(context.document),
      days: Array.isArray(days) ? (days as ConferenceDayInput[]) : undefined,
    },
    new Date(),
  );
}

/**
 * Registration for an event or a conference. The site derives the shown status from these dates and `status` at
 * build time (shared/registration-state.ts); the status field is the editor's override (full, closed early, no
 * sign-up at all).
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
      description:
        'Datoene under bestemmer det meste: før «Påmeldingen åpner» står det på nettstedet at påmeldingen ikke har ' +
        'åpnet, fra den datoen at den er åpen, og etter «Påmeldingen stenger» eller når arrangementet har begynt, at ' +
        'den er stengt – uansett hva som er valgt her. Selv trenger du bare å velge «Fulltegnet – venteliste» når alle ' +
        'plassene er tatt, eller «Stengt» for å stenge før datoen. Hva nettstedet viser nå, står under tittelen i ' +
        'listen over dokumenter.',
      options: { list: registrationStatuses, layout: 'radio' },
      initialValue: 'notOpen',
      validation: (rule) => [
        rule.required().error(messages.required),
        // A conference's days fill up one by one: «Fulltegnet – venteliste» here would tell visitors that every day
        // is full. With every day marked full under «Dager», the site already says so.
        rule.custom((status, context) => {
          if (status !== 'waitlist' || context.document?._type !== 'conference') return true;
          const days = Array.isArray(context.document.days) ? (context.document.days as ConferenceDayInput[]) : [];
          return days.every((day) => day.status === 'waitlist') ? true : messages.conferenceWaitlistOnDays;
        }),
      ],
    }),
    // A number, not free text: the site writes «gratis» or «kr 1 500» the same way on every page, and the Event's
    // JSON-LD carries it as an Offer's price.
    defineField({
      name: 'price',
      title: 'Pris (kr)',
      type: 'number',
      description:
        'Hva det koster å være med, i hele kroner. Skriv 0 hvis det er gratis: da står det «Pris: gratis» på siden. ' +
        'Prisen er noe av det første folk lurer på, særlig de dette arrangementet er til for.',
      validation: (rule) => [
        rule.custom((price) =>
          price === undefined || (Number.isInteger(price) && price >= 0) ? true : messages.price,
        ),
        rule
          .custom((price, context) => {
            // A cancelled event shows no registration, so no price either.
            if (price !== undefined || context.document?.cancelled === true) return true;
            const start = eventStartOf(context.document);
            return start && Date.parse(start) > Date.now() ? messages.priceMissing : true;
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'priceNote',
      title: 'Om prisen',
      type: 'string',
      description:
        'Valgfritt. Én kort setning om hva prisen dekker eller hvem som slipper å betale, for eksempel «Lunsj er ' +
        'inkludert.» Står rett etter prisen.',
      validation: (rule) => rule.max(limits.priceNoteMax).error(messages.priceNoteTooLong),
    }),
    defineField({
      name: 'opensAt',
      title: 'Påmeldingen åpner',
      type: 'datetime',
      description:
        'Fra dette tidspunktet viser nettstedet at påmeldingen er åpen, med knappen «Meld deg på», også om status ' +
        'fortsatt er «Ikke åpnet ennå», så sant påmeldingslenken er lagt inn. Før det står det når påmeldingen åpner.',
      options: dateTimeInputOptions,
      hidden: ({ parent }) => withoutSignUp(parent),
      // Opening after the start (a mistyped year) would never open: the site goes from «åpner …» to «stengt».
      validation: (rule) =>
        rule.custom((opensAt, context) => {
          if (!opensAt || withoutSignUp(context.parent)) return true;
          const start = eventStartOf(context.document);
          return start && Date.parse(opensAt) >= Date.parse(start) ? messages.registrationOpensAfterStart : true;
        }),
    }),
    defineField({
      name: 'closesAt',
      title: 'Påmeldingen stenger',
      type: 'datetime',
      description:
        'Fra dette tidspunktet viser nettstedet at påmeldingen er stengt, uansett status. Må være etter at ' +
        'påmeldingen åpner og før arrangementet starter.',
      options: dateTimeInputOptions,
      hidden: ({ parent }) => withoutSignUp(parent),
      validation: (rule) =>
        rule.custom((closesAt, context) => {
          if (!closesAt || withoutSignUp(context.parent)) return true;
          const opensAt = (context.parent as RegistrationValue)?.opensAt;
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
        'Adressen til påmeldingsskjemaet (https://…). Har du satt en åpningsdato, kan du publisere uten lenken: ' +
        'før datoen står det på siden når påmeldingen åpner, og etter den «Påmeldingen åpner snart», uten knapp, ' +
        'til lenken er lagt inn. Med status «Åpen» eller «Fulltegnet – venteliste» må lenken være med.',
      hidden: ({ parent }) => withoutSignUp(parent),
      validation: (rule) => [
        ...httpUrlValidation(rule),
        // «Åpen» or «Venteliste» chosen by hand promises a form: refused without it, whatever the opening date, unless
        // registration has already closed, so what the Studio lets through never stops the build when the opening day
        // comes (the guard stops only imports).
        rule.custom((url, context) => {
          const status = (context.parent as RegistrationValue)?.status;
          const handOpen = status === 'open' || status === 'waitlist';
          if (url || !handOpen || isCancelled(context)) return true;
          return stateNow(context) === 'closed' ? true : messages.registrationUrlRequired;
        }),
        // Opening by its date: the page waits for the link («Påmeldingen åpner snart»), so a reminder, not a stop.
        rule
          .custom((url, context) => {
            const opensAt = (context.parent as RegistrationValue)?.opensAt;
            if (url || !opensAt || isCancelled(context)) return true;
            const state = stateNow(context);
            if (state === 'awaitingLink') return messages.registrationUrlAfterOpening(opensAt);
            return state === 'notOpen' ? messages.registrationUrlBeforeOpening(opensAt) : true;
          })
          .warning(),
      ],
    }),
  ],
});
