/** The question and help fields shared by checklist items and their sub-items. */
import { defineField } from 'sanity';
import { messages } from '../../lib/validation';

export const questionField = defineField({
  name: 'question',
  title: 'Spørsmål',
  type: 'string',
  description: 'Det søkerne må kartlegge, skrevet som et spørsmål. Høyst 250 tegn.',
  validation: (rule) => [
    rule.required().error(messages.required),
    rule.max(250).error('Spørsmålet kan være høyst 250 tegn.'),
  ],
});

export const helpField = defineField({
  name: 'help',
  title: 'Hjelpetekst',
  type: 'text',
  rows: 3,
  description: 'Et råd eller eksempel som hjelper søkerne å svare. Valgfri.',
});
