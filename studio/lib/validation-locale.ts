/**
 * Sanity's own validation messages in the Studio's voice. Rules without a message of their own (a required slug,
 * a field whose only rule is `required()`, a list with `unique()`) show Sanity's nb-NO text, which reads «Obligatorisk»,
 * «Slug må ha en verdi» and «Kan ikke være en duplikat». This bundle replaces those keys for nb-NO; the other keys
 * keep Sanity's text. Keys: node_modules/@sanity/locale-nb-no (namespace «validation»).
 * https://reference.sanity.io/sanity/index/LocaleResourceBundle
 */
import { defineLocaleResourceBundle } from 'sanity';
import { messages } from './validation';

export const validationLocaleBundle = defineLocaleResourceBundle({
  locale: 'nb-NO',
  namespace: 'validation',
  resources: {
    'generic.required': messages.required,
    'array.item-duplicate': messages.duplicate,
    'slug.missing-current': messages.slugMissing,
    'slug.not-unique': messages.slugTaken,
  },
});
