import { BlockContentIcon } from '@sanity/icons';
import { defineArrayMember, defineType } from 'sanity';
import { annotationTypes, blockStyles, decorators, embeddedTypes, listTypes } from '@for-alle/shared/rich-text';

/**
 * Rich text used for every body field, from the lists in shared/rich-text.ts (the content guard checks content
 * against the same lists). Headings start at h2 (the page title is the h1); links are restricted to
 * http(s)/mailto/tel by the `link` type; `language` marks a passage in another language.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rik tekst',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: blockStyles,
      lists: listTypes,
      marks: {
        decorators,
        annotations: annotationTypes.map(({ value }) => defineArrayMember({ type: value })),
      },
    }),
    ...embeddedTypes.map(({ value }) => defineArrayMember({ type: value })),
  ],
});
