import { ProjectsIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { projectStatuses } from '@for-alle/shared/options';
import { subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import { messages, projectStatusAtPlaceValidation } from '../../lib/validation';
import { bodyField, ingressField, isSampleField, titleField } from '../fields';

/**
 * A For Alle collaboration project in one place: the lead organisation that holds the grant and
 * the partners in the steering group. Shown on the place's page (`/steder/{place}`).
 */
export const collaborationProject = defineType({
  name: 'collaborationProject',
  title: 'Samarbeidsprosjekt',
  type: 'document',
  icon: ProjectsIcon,
  fields: [
    titleField(),
    defineField({
      name: 'place',
      title: 'Sted',
      type: 'reference',
      to: [{ type: 'place' }],
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'startYear',
      title: 'Startår',
      type: 'number',
      description: 'Året prosjektet startet. De første startet i 2020.',
      validation: (rule) => rule.required().integer().min(2015).max(2100).error('Skriv et årstall fra 2015.'),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      options: { list: projectStatuses, layout: 'radio', direction: 'horizontal' },
      // A project is added when it is decided, usually before it starts: «Pågår» is for the editor to choose.
      initialValue: 'establishing',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.custom(projectStatusAtPlaceValidation).warning(),
      ],
    }),
    defineField({
      name: 'leadOrganisation',
      title: 'Søker og arbeidsgiver for prosjektleder',
      type: 'reference',
      description: 'Én organisasjon står som søker, har arbeidsgiveransvaret og mottar utbetalingene.',
      to: [{ type: 'organisation' }],
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'partners',
      title: 'Samarbeidspartnere',
      type: 'array',
      description: 'De andre aktørene i styringsgruppen og samarbeidet.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'organisation' }],
          // The lead organisation is named on its own; the list offers the others.
          options: {
            filter: ({ document }) => {
              const lead = (document.leadOrganisation as { _ref?: string } | undefined)?._ref;
              return lead ? { filter: '_id != $lead', params: { lead } } : {};
            },
          },
        }),
      ],
      validation: (rule) => [
        rule.unique().error(messages.duplicateOrganisation),
        rule.custom((partners, context) => {
          const lead = (context.document?.leadOrganisation as { _ref?: string } | undefined)?._ref;
          const refs = (partners ?? []) as { _ref?: string }[];
          return lead && refs.some((partner) => partner._ref === lead)
            ? 'Søkeren står allerede over. Fjern den fra samarbeidspartnerne.'
            : true;
        }),
      ],
    }),
    ingressField(),
    bodyField(),
    defineField({
      name: 'contacts',
      title: 'Kontaktpersoner',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      // At least one, as a warning: the place's page falls back to the programme's contacts, so a project without
      // one can still go out. A custom rule, since min(1) lets a list that was never filled in pass.
      validation: (rule) => [
        rule.unique().error(messages.duplicatePerson),
        rule.custom((contacts) => ((contacts ?? []).length > 0 ? true : messages.projectContactMissing)).warning(),
      ],
    }),
    isSampleField(),
  ],
  orderings: [
    { title: 'Startår, nyeste først', name: 'startYearDesc', by: [{ field: 'startYear', direction: 'desc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      city: 'place.name',
      startYear: 'startYear',
      lead: 'leadOrganisation.name',
      isSample: 'isSample',
    },
    prepare: ({ title, city, startYear, lead, isSample }) => ({
      title,
      subtitle: subtitle(sampleTag(isSample), city, startYear ? `fra ${startYear}` : undefined, lead),
    }),
  },
});
