import { SearchIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { isSampleField, researchOrganisationField } from '../fields';

/**
 * «Om evalueringen» on the research pillar: who does the research, over which years and how. Visitors asked who
 * stands behind the findings and when results come; the research updates only told it one piece at a time.
 */
export const evaluation = defineType({
  name: 'evaluation',
  title: 'Om evalueringen',
  type: 'object',
  icon: SearchIcon,
  fields: [
    researchOrganisationField({
      name: 'researchPartner',
      title: 'Forskningspartner',
      description:
        'Hvem som gjør evalueringen. Vises med lenke til nettstedet deres. Bare organisasjoner av typen «Forskning» kan velges.',
      required: true,
    }),
    defineField({
      name: 'startYear',
      title: 'Startet (år)',
      type: 'number',
      validation: (rule) => rule.required().integer().min(2020).max(2100).error('Skriv et årstall, for eksempel 2023.'),
    }),
    defineField({
      name: 'resultsYear',
      title: 'Sluttresultater ventes (år)',
      type: 'number',
      description: 'Året de endelige resultatene ventes. La stå tomt hvis det ikke er kjent.',
      validation: (rule) =>
        rule
          .integer()
          .custom((year, context) => {
            const start = (context.parent as { startYear?: number } | undefined)?.startYear;
            return year === undefined || start === undefined || year >= start
              ? true
              : 'Resultatene kan ikke komme før evalueringen startet.';
          })
          .error(),
    }),
    defineField({
      name: 'methods',
      title: 'Slik jobber forskerne',
      type: 'array',
      description: 'Metodene, én per linje, for eksempel «Intervjuer med prosjektledere». Høyst 6.',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.max(6).warning('Hold listen kort, høyst seks metoder.'),
    }),
    {
      ...isSampleField(),
      description:
        'Kryss av så lenge forskningspartneren, årene eller metodene er eksempler og ikke hentet fra evalueringen selv. ' +
        'Nettstedet merker da hele «Om evalueringen» som eksempel.',
    },
  ],
});
