import { BlockContentIcon } from '@sanity/icons';
import { defineArrayMember, defineType } from 'sanity';

/**
 * Rich text used for every body field. Headings start at h2 (the page title is the h1);
 * links are restricted to http(s)/mailto/tel by the `link` type; `language` marks a passage in another language.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rik tekst',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Overskrift 2', value: 'h2' },
        { title: 'Overskrift 3', value: 'h3' },
        { title: 'Overskrift 4', value: 'h4' },
        { title: 'Sitat', value: 'blockquote' },
      ],
      lists: [
        { title: 'Punktliste', value: 'bullet' },
        { title: 'Nummerert liste', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Uthevet', value: 'strong' },
          { title: 'Kursiv', value: 'em' },
        ],
        annotations: [
          defineArrayMember({ type: 'link' }),
          defineArrayMember({ type: 'internalLink' }),
          defineArrayMember({ type: 'language' }),
        ],
      },
    }),
    defineArrayMember({ type: 'figure' }),
    defineArrayMember({ type: 'attachment' }),
  ],
});
