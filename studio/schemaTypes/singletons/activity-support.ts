import { CreditCardIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { roundTakingApplications, type ApplicationRound } from '../../lib/application-rounds';
import { httpUrlValidation, limits, messages } from '../../lib/validation';
import { bodyField, ingressField, titleField } from '../fields';

/** For Alle aktivitetsstøtte (singleton, `_id: "activitySupport"`): grants of up to kr 50 000 to clubs. */
export const activitySupport = defineType({
  name: 'activitySupport',
  title: 'Aktivitetsstøtte',
  type: 'document',
  icon: CreditCardIcon,
  fields: [
    titleField(),
    ingressField(),
    defineField({
      name: 'maxAmount',
      title: 'Maksbeløp (kr)',
      type: 'number',
      description: `Høyeste beløp en organisasjon kan søke om, i hele kroner. Mellom 1 og 50 000.`,
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.integer().greaterThan(0).max(limits.maxActivitySupport).error(messages.maxAmount),
      ],
    }),
    defineField({
      name: 'eligibleExpenses',
      title: 'Hva det kan søkes støtte til',
      type: 'array',
      description: 'Én utgift per linje, for eksempel «Utstyr». Vises som liste under «Hva kan dere søke støtte til?».',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => [
        rule.required().min(1).error('Legg inn minst én utgift.'),
        rule.unique().error('Den samme utgiften står to ganger.'),
      ],
    }),
    bodyField({
      name: 'whoCanApply',
      title: 'Hvem kan søke',
      description: 'Vises under overskriften «Hvem kan søke?». Skriv ikke overskriften selv.',
    }),
    bodyField({
      name: 'amountCriteria',
      title: 'Slik fastsettes beløpet',
      description: 'Vises under overskriften «Hvordan beløpet fastsettes». Skriv ikke overskriften selv.',
    }),
    defineField({
      name: 'rounds',
      title: 'Søknadsrunder',
      type: 'array',
      description:
        'Vises i en tabell. Søknadsknappen vises bare mens en runde er åpen (fra «Åpner» til og med «Frist»); før det står det når neste runde åpner.',
      of: [defineArrayMember({ type: 'applicationRound' })],
    }),
    defineField({
      name: 'applyUrl',
      title: 'Søknadsskjema',
      type: 'url',
      description:
        'Lenke til søknadsskjemaet (https://…). Knappen «Søk om aktivitetsstøtte» går hit mens en runde er åpen. ' +
        'Trengs så lenge en runde er åpen eller skal åpne.',
      validation: (rule) => [
        httpUrlValidation(rule),
        // A rule over the whole document: the rounds decide whether the link is needed, as the page reads them.
        rule.custom((applyUrl, context) => {
          if (applyUrl) return true;
          const rounds = context.document?.rounds as ApplicationRound[] | undefined;
          const round = roundTakingApplications(rounds, new Date());
          return round ? messages.applyUrlRequired(round.title) : true;
        }),
      ],
    }),
    bodyField({ description: 'Vises under søknadsrundene, for eksempel råd om hva søknaden bør inneholde.' }),
    defineField({
      name: 'contacts',
      title: 'Kontaktpersoner',
      description: 'Vises nederst under «Spørsmål om aktivitetsstøtten?», med e-post og telefon.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => rule.unique(),
    }),
  ],
  preview: {
    select: { title: 'title', maxAmount: 'maxAmount' },
    prepare: ({ title, maxAmount }) => ({
      title,
      subtitle: typeof maxAmount === 'number' ? `Inntil kr ${maxAmount.toLocaleString('nb-NO')}` : undefined,
    }),
  },
});
