import { CalendarIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { roundState } from '@for-alle/shared/application-rounds';
import { formatDate, subtitle } from '../../lib/list-subtitles';
import { messages } from '../../lib/validation';

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
      options: { dateFormat: 'DD.MM.YYYY' },
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
      options: { dateFormat: 'DD.MM.YYYY' },
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
    prepare: ({ title, opensAt, deadline }) => ({
      title,
      subtitle: subtitle(opensAt && `Åpner ${formatDate(opensAt)}`, deadline && `frist ${formatDate(deadline)}`),
    }),
  },
});
