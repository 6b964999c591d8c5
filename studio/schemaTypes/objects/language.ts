import { TranslateIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { passageLanguages } from '@for-alle/shared/options';
import { messages } from '../../lib/validation';

/**
 * Marks a passage in rich text as another language than the page's bokmål (a quote in English, a title in
 * nynorsk), so screen readers read it with the right voice and pronunciation (WCAG 3.1.2). Rendered as
 * <span lang="…">.
 */
export const language = defineType({
  name: 'language',
  title: 'Språk',
  type: 'object',
  icon: TranslateIcon,
  fields: [
    defineField({
      name: 'lang',
      title: 'Språket teksten er på',
      type: 'string',
      description: 'Merk tekst på et annet språk enn bokmål, så skjermlesere leser den riktig.',
      options: { list: passageLanguages, layout: 'radio' },
      validation: (rule) => rule.required().error(messages.languageRequired),
    }),
  ],
});
