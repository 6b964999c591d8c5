import { CreditCardIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { currentRounds, type ApplicationRound } from '@for-alle/shared/application-rounds';
import { subtitle } from '../../lib/list-subtitles';
import { httpUrlValidation, maxAmountRaisedValidation, messages } from '../../lib/validation';
import { bodyField, isSampleField } from '../fields';

/** The singleton's name in the desk, so it is not mistaken for the pillar «Aktivitetsstøtte» it belongs to. */
export const activitySupportTitle = 'Aktivitetsstøtte – søknadsrunder og vilkår';

/**
 * What is particular to the grant (singleton, `_id: "activitySupport"`): how much, for what, to whom, when and where
 * to apply, and reporting. The page /aktivitetsstotte is the pillar «Aktivitetsstøtte»: the pillar owns the page's
 * title, ingress, picture, key facts, text and contact people, as every pillar does, and this document adds its
 * sections.
 */
export const activitySupport = defineType({
  name: 'activitySupport',
  title: activitySupportTitle,
  type: 'document',
  icon: CreditCardIcon,
  fields: [
    defineField({
      name: 'maxAmount',
      title: 'Maksbeløp (kr)',
      type: 'number',
      description:
        'Høyeste beløp en organisasjon kan søke om, i hele kroner, for eksempel 50000. Nettstedet viser det som ' +
        '«kr 50 000» i nøkkeltallene og under «Hvor mye kan dere få?». Skriv derfor ikke beløpet i tekstene.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.integer().greaterThan(0).error(messages.maxAmount),
        rule.custom(maxAmountRaisedValidation).warning(),
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
    // The programme's «til disse barna»: without it, the list reads as funding for any club's running costs.
    defineField({
      name: 'expensesFor',
      title: 'Hvem utgiftene dekkes for',
      type: 'string',
      description:
        'Hvem pengene skal komme til gode, skrevet slik at det passer etter «… for», for eksempel «barn og unge ' +
        'som ikke har råd til å være med». Vises over listen over utgifter og etter den på forsiden.',
      validation: (rule) => rule.required().warning(messages.expensesFor),
    }),
    bodyField({
      name: 'whoCanApply',
      title: 'Hvem kan søke',
      description:
        'Vises under overskriften «Hvem kan søke?». Skriv ikke overskriften selv. Siden legger selv til et avsnitt til ' +
        'foreldre, med lenke til kontaktpersonene nederst på siden.',
    }),
    bodyField({
      name: 'amountCriteria',
      title: 'Slik fastsettes beløpet',
      description:
        'Vises under overskriften «Hvor mye kan dere få?», etter setningen «Dere kan søke om inntil …» med ' +
        'maksbeløpet. Skriv ikke overskriften eller beløpet selv.',
    }),
    defineField({
      name: 'rounds',
      title: 'Søknadsrunder',
      type: 'array',
      description:
        'Vises i en tabell. Søknadsknappen vises bare mens en runde er åpen (fra «Åpner» til og med «Søknadsfrist»); før det står det når neste runde åpner.',
      of: [defineArrayMember({ type: 'applicationRound' })],
    }),
    defineField({
      name: 'applyUrl',
      title: 'Søknadsskjema',
      type: 'url',
      description:
        'Lenke til søknadsskjemaet (https://…). Knappen «Søk om aktivitetsstøtte» går hit mens en runde er åpen. ' +
        'Må være på plass når en runde åpner.',
      validation: (rule) => [
        ...httpUrlValidation(rule),
        // A rule over the whole document: the rounds decide whether the link is needed, as the page reads them.
        // A reminder, not an error: without the link the page says it is coming (the build goes on, and the content
        // report reminds the editors too), and an error would block every other change to the grant meanwhile.
        rule
          .custom((applyUrl, context) => {
            if (applyUrl) return true;
            const rounds = context.document?.rounds as ApplicationRound[] | undefined;
            const { open, next } = currentRounds(rounds, new Date());
            if (open) return messages.applyUrlWhileOpen(open.title);
            return next ? messages.applyUrlBeforeOpening(next.title) : true;
          })
          .warning(),
      ],
    }),
    // Near the top of the page with the open or next round and the form's button, so a club reads it before it applies.
    defineField({
      name: 'beforeApplying',
      title: 'Før dere søker',
      type: 'array',
      description:
        'Det en organisasjon må ha klart før den søker, ett punkt per linje, for eksempel «Antall medlemmer». Vises ' +
        'som liste under «Før dere søker», over knappen «Søk om aktivitetsstøtte» øverst på siden.',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.unique().error('Det samme punktet står to ganger.'),
    }),
    bodyField({
      description:
        'Vises under søknadsrundene: for eksempel hvordan lagene rapporterer etter tildelingen. Det de må ha klart før ' +
        'de søker, skriver du i «Før dere søker».',
    }),
    // On the document, not on each round: what is invented is the rounds, the form's link and the text under them
    // together (the terms of applying), while the amount, the expenses and the criteria are the programme's own.
    {
      ...isSampleField(),
      description:
        'Kryss av så lenge søknadsrundene, fristene, lenken til søknadsskjemaet, «Før dere søker» og teksten under ' +
        'rundene ikke er stiftelsens egne. Nettstedet merker dem da «Eksempel» på /aktivitetsstotte og på forsiden. ' +
        'Maksbeløpet, hva det kan søkes støtte til, hvem som kan søke og hvordan beløpet fastsettes, merkes ikke. ' +
        'Legger du inn den første virkelige runden, slett eksempelrundene og fjern krysset. Sjekk da også lenken til ' +
        'søknadsskjemaet og teksten under rundene.',
    },
  ],
  preview: {
    select: { maxAmount: 'maxAmount', isSample: 'isSample' },
    prepare: ({ maxAmount, isSample }) => ({
      title: activitySupportTitle,
      subtitle: subtitle(
        typeof maxAmount === 'number' ? `Inntil kr ${maxAmount.toLocaleString('nb-NO')}` : undefined,
        isSample ? 'Søknadsrundene er eksempler' : undefined,
      ),
    }),
  },
});
