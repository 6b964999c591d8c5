import { HelpCircleIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import { questionNumberTakenQuery } from '../../lib/queries';
import { messages, uniqueNumber } from '../../lib/validation';
import { bodyField, isSampleField } from '../fields';

/**
 * One of the three research questions of the For Alle evaluation, with findings so far. The
 * research pillar lists them; research updates reference the questions they address. The three are a fixed set
 * (studio/lib/singletons.ts): editors edit them, never add or delete one.
 */
export const researchQuestion = defineType({
  name: 'researchQuestion',
  title: 'Problemstilling',
  type: 'document',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'number',
      title: 'Nummer',
      type: 'number',
      description: 'Problemstillingens nummer i evalueringen, 1–3.',
      validation: (rule) => [
        rule.required().integer().min(1).max(3).error('Nummeret må være 1, 2 eller 3.'),
        rule.custom(uniqueNumber(questionNumberTakenQuery, messages.questionNumberTaken)),
      ],
    }),
    defineField({
      name: 'question',
      title: 'Problemstilling',
      type: 'text',
      rows: 3,
      description: 'Ordrett slik den står i evalueringen.',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'explanation',
      title: 'Forklaring',
      type: 'text',
      rows: 4,
      description: 'Hva spørsmålet betyr i praksis, i klarspråk. Helst under 400 tegn.',
      validation: (rule) => rule.max(400).warning('Hold forklaringen under 400 tegn.'),
    }),
    bodyField({ name: 'findings', title: 'Funn så langt', description: 'Oppdateres når forskerne har nye funn.' }),
    isSampleField(),
  ],
  orderings: [{ title: 'Nummer', name: 'numberAsc', by: [{ field: 'number', direction: 'asc' }] }],
  preview: {
    select: { number: 'number', question: 'question', isSample: 'isSample' },
    prepare: ({ number, question, isSample }) => ({
      title: number ? `Problemstilling ${number}` : 'Problemstilling',
      subtitle: subtitle(sampleTag(isSample), question),
    }),
  },
});
