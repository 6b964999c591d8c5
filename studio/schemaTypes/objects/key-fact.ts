import { NumberIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { messages } from '../../lib/validation';

const kronerAmount = /\b(kr\.?|NOK)\s*\d|\d\s*(kr|kroner)\b/i;
// «7 byer», «5 områder», or «7» with the label «byer med …».
const placeCount = /^\s*\d+\s*(by|byer|område|områder|sted|steder)\b/i;

/** "Nøkkeltall" on a pillar: a short value with a label, e.g. "7 byer" / "med samarbeidsprosjekt". */
export const keyFact = defineType({
  name: 'keyFact',
  title: 'Nøkkeltall',
  type: 'object',
  icon: NumberIcon,
  fields: [
    defineField({
      name: 'value',
      title: 'Tall eller verdi',
      type: 'string',
      description: 'Kort, for eksempel «7 byer» eller «Plass til 300». Høyst 20 tegn.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(20).warning('Hold verdien kort, høyst 20 tegn.'),
        // /aktivitetsstotte shows the grant's maximum as its first key fact, from the field that sets it; a typed
        // copy would be a second «kr 50 000» that stays behind when the limit changes.
        rule
          .custom((value, context) => {
            const slug = (context.document?.slug as { current?: string } | undefined)?.current;
            return slug === 'aktivitetsstotte' && value && kronerAmount.test(value) ? messages.amountInKeyFacts : true;
          })
          .warning(),
        // /samarbeidsprosjekter counts the active places and the areas in process for its first key facts; a typed
        // «7 byer» would stay behind when a city joins.
        rule
          .custom((value, context) => {
            const slug = (context.document?.slug as { current?: string } | undefined)?.current;
            const label = (context.parent as { label?: string } | undefined)?.label ?? '';
            return slug === 'samarbeidsprosjekter' && value && placeCount.test(`${value} ${label}`)
              ? messages.placeCountInKeyFacts
              : true;
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Forklaring',
      type: 'string',
      description: 'Hva tallet betyr, for eksempel «med pågående samarbeidsprosjekt». Høyst 80 tegn.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(80).warning('Hold forklaringen under 80 tegn.'),
      ],
    }),
  ],
  preview: { select: { title: 'value', subtitle: 'label' } },
});
