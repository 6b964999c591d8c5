import { CalendarIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { roundState, type ApplicationRound } from '@for-alle/shared/application-rounds';
import { dateInputOptions } from '../../lib/date-input-options';
import { shortDate, subtitle } from '../../lib/list-subtitles';
import { messages } from '../../lib/validation';

/** Where the round stands today, as /aktivitetsstotte shows it, with the dates that matter in that state. */
function roundSubtitle(round: ApplicationRound, now: Date): string | undefined {
  const deadline = round.deadline && `frist ${shortDate(round.deadline)}`;
  switch (roundState(round, now)) {
    case 'open':
      return subtitle('Åpen nå', deadline);
    case 'upcoming':
      return subtitle('Kommer', round.opensAt && `åpner ${shortDate(round.opensAt)}`, deadline);
    case 'closed':
      // Only a round with a deadline is over: «Fristen gikk ut 1. mars 2026», as the table marks it «fristen er ute».
      return `Fristen gikk ut ${shortDate(round.deadline)}`;
  }
}

/** An application round for the activity support: when it opens, its deadline, when applicants hear back. */
export const applicationRound = defineType({
  name: 'applicationRound',
  title: 'Søknadsrunde',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Navn på runden',
      type: 'string',
      description: 'For eksempel «Vårens runde 2027».',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'opensAt',
      title: 'Åpner',
      type: 'date',
      description: 'Første dag lagene kan søke. Fra denne dagen vises knappen «Søk om aktivitetsstøtte».',
      options: dateInputOptions,
      // Without it the page shows the round as open from the day it is published, which is rarely what was meant.
      // A round whose deadline is past no longer matters, so old rounds need not be filled in.
      validation: (rule) =>
        rule.custom((opensAt, context) => {
          const deadline = (context.parent as { deadline?: string } | undefined)?.deadline;
          if (opensAt || (deadline && roundState({ deadline }, new Date()) === 'closed')) return true;
          return messages.opensAtRequired;
        }),
    }),
    defineField({
      name: 'deadline',
      title: 'Søknadsfrist',
      type: 'date',
      options: dateInputOptions,
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.custom((deadline, context) => {
          const opensAt = (context.parent as { opensAt?: string } | undefined)?.opensAt;
          return !deadline || !opensAt || deadline > opensAt ? true : messages.deadlineAfterOpen;
        }),
      ],
    }),
    defineField({
      name: 'decision',
      title: 'Svar på søknaden',
      type: 'string',
      description: 'Når søkerne kan vente svar, for eksempel «Innen utgangen av mai». Vises i kolonnen «Svar».',
    }),
  ],
  preview: {
    select: { title: 'title', opensAt: 'opensAt', deadline: 'deadline' },
    prepare: ({ title, opensAt, deadline }) => ({ title, subtitle: roundSubtitle({ opensAt, deadline }, new Date()) }),
  },
});
