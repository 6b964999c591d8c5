import { BulbOutlineIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { hasFileAndLink } from '@for-alle/shared/content-rules';
import { reportKinds } from '@for-alle/shared/options';
import { dateInputOptions } from '../../lib/date-input-options';
import { shortDate, subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import {
  downloadableFileValidation,
  httpUrlValidation,
  limits,
  messages,
  publishDateAheadValidation,
  publishDateValidation,
} from '../../lib/validation';
import { bodyField, isSampleField, researchOrganisationField, slugField, titleField } from '../fields';

/** News from the research project: a finding, a report, a method note. */
export const researchUpdate = defineType({
  name: 'researchUpdate',
  title: 'Forskningsoppdatering',
  type: 'document',
  icon: BulbOutlineIcon,
  fields: [
    titleField(),
    slugField(),
    defineField({
      name: 'date',
      title: 'Publisert',
      type: 'date',
      description:
        'Datoen som står på oppdateringen og styrer rekkefølgen, nyeste først. La feltet stå tomt, så settes det til ' +
        'dagen du trykker «Publiser» første gang. Velger du en dato selv, tidligere eller senere, beholdes den. ' +
        'Planlegger du publiseringen, må du velge datoen selv.',
      placeholder: 'Settes når du publiserer',
      options: dateInputOptions,
      // No initial value: a filled-in field is always the editor's choice, and «Publiser» fills an empty one with the
      // day in Oslo (studio/lib/publish-date.ts).
      // A date far ahead is allowed (an editor may mean it) but warned about: it would stand first until then.
      validation: (rule) => [rule.custom(publishDateValidation), rule.custom(publishDateAheadValidation).warning()],
    }),
    defineField({
      name: 'questions',
      title: 'Problemstillinger',
      type: 'array',
      description: 'Hvilke av evalueringens tre problemstillinger oppdateringen handler om.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'researchQuestion' }] })],
      validation: (rule) => [
        rule.required().min(1).error('Velg minst én problemstilling.'),
        rule.unique().error('Den samme problemstillingen er valgt to ganger.'),
      ],
    }),
    defineField({
      name: 'summary',
      title: 'Sammendrag',
      type: 'text',
      rows: 4,
      description:
        'Det viktigste i to–tre setninger. Helst under 300 tegn, høyst 600. Står øverst på siden, på kortet i ' +
        'listene og i søkemotorenes beskrivelse.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(limits.shortSummaryMax).error(messages.shortSummaryTooLong('Sammendraget')),
        rule.max(limits.shortSummarySoft).warning('Hold sammendraget under 300 tegn.'),
      ],
    }),
    bodyField(),
    researchOrganisationField({
      name: 'partner',
      title: 'Forskningspartner',
      description:
        'Organisasjonen som har gjort forskningen. Bare organisasjoner av typen «Forskning» kan velges; mangler den, lag den under Organisasjoner først.',
    }),
    defineField({
      name: 'report',
      title: 'Rapport',
      type: 'object',
      description: 'Last opp rapporten som fil, eller lenk til den hos forskerne. Ikke begge.',
      fields: [
        defineField({
          name: 'kind',
          title: 'Hva slags dokument',
          type: 'string',
          description:
            'Velg «Sammendrag» når dokumentet er et kort sammendrag, ikke hele rapporten. Nettstedet kaller det det du velger her («Last ned sammendraget …»).',
          options: { list: reportKinds, layout: 'radio', direction: 'horizontal' },
          initialValue: 'report',
        }),
        defineField({
          name: 'file',
          title: 'Fil',
          type: 'file',
          description: 'Helst PDF med ekte tekst, ikke skannede bilder: teksten i PDF-en blir søkbar.',
          options: { accept: '.pdf' },
          validation: downloadableFileValidation,
        }),
        defineField({
          name: 'url',
          title: 'Lenke',
          type: 'url',
          description: 'Begynner med https://.',
          // The site can show one of them: with both, the link would silently go missing.
          validation: (rule) => [
            ...httpUrlValidation(rule),
            rule.custom((url, context) =>
              hasFileAndLink({ ...(context.parent as object | undefined), url }) ? messages.reportFileOrLink : true,
            ),
          ],
        }),
      ],
    }),
    isSampleField(),
  ],
  orderings: [{ title: 'Publisert, nyeste først', name: 'dateDesc', by: [{ field: 'date', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', date: 'date', partner: 'partner.name', isSample: 'isSample' },
    prepare: ({ title, date, partner, isSample }) => ({
      title,
      subtitle: subtitle(sampleTag(isSample), shortDate(date), partner),
    }),
  },
});
