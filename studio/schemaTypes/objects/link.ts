import { LinkIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { hrefValidation } from '../../lib/validation';

/** External link annotation in Portable Text: only http(s), mailto and tel targets. */
export const link = defineType({
  name: 'link',
  title: 'Lenke',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Adresse',
      type: 'url',
      description: 'Begynner med https://, http://, mailto: (e-post) eller tel: (telefon).',
      validation: hrefValidation,
    }),
  ],
});
