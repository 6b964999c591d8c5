import { ComposeIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { storyPillarSlugs } from '@for-alle/shared/document-path';
import { dateTimeInputOptions } from '../../lib/date-input-options';
import { shortDate, subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import { limits, messages, publishDateAheadValidation, publishDateValidation } from '../../lib/validation';
import { bodyField, ingressField, isSampleField, slugField, titleField } from '../fields';

/** A story from a project: what happened, who did it, and what it meant for the children. */
export const projectStory = defineType({
  name: 'projectStory',
  title: 'Historie',
  type: 'document',
  icon: ComposeIcon,
  groups: [
    { name: 'content', title: 'Innhold', default: true },
    { name: 'context', title: 'Sted og prosjekt' },
    { name: 'publishing', title: 'Publisering' },
  ],
  fields: [
    titleField({ group: 'content' }),
    slugField('title', 'content'),
    ingressField('content'),
    defineField({
      name: 'summary',
      title: 'Kort fortalt',
      type: 'text',
      rows: 4,
      group: 'content',
      description:
        'Historien i klarspråk: korte setninger, vanlige ord, helst under 300 tegn (høyst 600). Vises i en egen boks ' +
        'øverst for dem som vil ha det kort.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(limits.shortSummaryMax).error(messages.shortSummaryTooLong('«Kort fortalt»')),
        rule.max(limits.shortSummarySoft).warning('«Kort fortalt» bør være under 300 tegn.'),
      ],
    }),
    defineField({
      name: 'mainImage',
      title: 'Hovedbilde',
      type: 'figure',
      group: 'content',
      description:
        'Står øverst i historien, på kortet i listene og når historien deles i sosiale medier. Uten bilde får kortet ' +
        'satsingsområdets bilde.',
    }),
    // On the first tab: it is required, and «Publiser» should not send the editor to a tab they never opened.
    defineField({
      name: 'pillar',
      title: 'Satsingsområde',
      type: 'reference',
      group: 'content',
      description:
        'Bestemmer om historien står på siden Samarbeidsprosjekter eller Inkluderingsprosjekter, og hvor den finnes ' +
        'når besøkende velger satsingsområde under Historier.',
      to: [{ type: 'pillar' }],
      // Only these two pages list stories; a story under another pillar would be on neither.
      options: { filter: 'slug.current in $slugs', filterParams: { slugs: storyPillarSlugs } },
      validation: (rule) => rule.required().error(messages.required),
    }),
    bodyField({ group: 'content' }),
    defineField({
      name: 'place',
      title: 'Sted',
      type: 'reference',
      group: 'context',
      description:
        'Historien står på stedets side og under stedet i historielisten, og lenker til «Flere historier fra …» stedet.',
      to: [{ type: 'place' }],
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'organisations',
      title: 'Organisasjoner',
      type: 'array',
      group: 'context',
      description: 'Lagene, foreningene og kommunene som er med. Står nederst i historien under «Med i prosjektet».',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'organisation' }] })],
      validation: (rule) => rule.unique().error(messages.duplicateOrganisation),
    }),
    defineField({
      name: 'period',
      title: 'Periode',
      type: 'object',
      group: 'context',
      // The place's project has its own start year on the place page; a story's period is the initiative's.
      description:
        'Når tiltaket historien handler om, startet og sluttet, ikke samarbeidsprosjektet på stedet. Står øverst i ' +
        'historien som «Tiltaket: fra 2021, pågår».',
      options: { columns: 3 },
      fields: [
        defineField({
          name: 'startYear',
          title: 'Fra år',
          type: 'number',
          // The initiative may be older than For Alle (a choir, a club's equipment bank): only a mistyped year is stopped.
          validation: (rule) =>
            rule.integer().min(1900).max(2100).error('Skriv årstallet med fire sifre, for eksempel 2021.'),
        }),
        defineField({
          name: 'endYear',
          title: 'Til år',
          type: 'number',
          validation: (rule) =>
            rule.custom((endYear, context) => {
              const startYear = (context.parent as { startYear?: number } | undefined)?.startYear;
              return endYear === undefined || startYear === undefined || endYear >= startYear
                ? true
                : 'Sluttåret kan ikke være før startåret.';
            }),
        }),
        defineField({
          name: 'ongoing',
          title: 'Pågår fortsatt',
          type: 'boolean',
          initialValue: true,
          // The site shows «fra 2024, pågår» and never the end year of an ongoing project, so an end year typed with
          // the box still ticked (as it is from the start) would vanish without a word: stopped, not warned.
          validation: (rule) =>
            rule.custom((ongoing, context) =>
              ongoing && (context.parent as { endYear?: number } | undefined)?.endYear !== undefined
                ? 'Tiltaket kan ikke både pågå og ha et sluttår. Er det over, fjern krysset ved «Pågår fortsatt». Pågår det, fjern «Til år».'
                : true,
            ),
        }),
      ],
    }),
    defineField({
      name: 'tags',
      title: 'Stikkord',
      type: 'array',
      group: 'context',
      description: 'Noen få ord som gjør historien lett å finne, for eksempel «idrett», «kultur», «utstyr».',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      // Two rules: a level set on one chain applies to all of it, and a duplicate is an error, a long list advice.
      validation: (rule) => [
        rule.unique().error(messages.duplicateTag),
        rule.max(8).warning('Bruk helst høyst åtte stikkord.'),
      ],
    }),
    defineField({
      name: 'publishedAt',
      title: 'Publisert',
      type: 'datetime',
      group: 'publishing',
      description:
        'Står på historien («Publisert 3. mars 2027») og styrer rekkefølgen, nyeste først. La feltet stå tomt, så ' +
        'settes det til tidspunktet du trykker «Publiser» første gang. Velger du et tidspunkt selv, tidligere eller ' +
        'senere, beholdes det. Planlegger du publiseringen, må du velge tidspunktet selv.',
      placeholder: 'Settes når du publiserer',
      options: dateTimeInputOptions,
      // No initial value: a filled-in field is always the editor's choice, and «Publiser» fills an empty one
      // (studio/lib/publish-date.ts).
      // A date far ahead is allowed (an editor may mean it) but warned about: it would stand first until then.
      validation: (rule) => [rule.custom(publishDateValidation), rule.custom(publishDateAheadValidation).warning()],
    }),
    isSampleField('publishing'),
  ],
  orderings: [
    { title: 'Publisert, nyeste først', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      city: 'place.name',
      publishedAt: 'publishedAt',
      media: 'mainImage',
      isSample: 'isSample',
    },
    prepare: ({ title, city, publishedAt, media, isSample }) => ({
      title,
      subtitle: subtitle(sampleTag(isSample), city, shortDate(publishedAt)),
      media,
    }),
  },
});
