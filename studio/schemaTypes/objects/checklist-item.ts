import { CheckmarkCircleIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { helpField, questionField } from './checklist-fields';

/** One point on the preparation checklist in the application guide. */
export const checklistItem = defineType({
  name: 'checklistItem',
  title: 'Punkt i sjekklisten',
  type: 'object',
  icon: CheckmarkCircleIcon,
  fields: [
    questionField,
    helpField,
    defineField({
      name: 'subItems',
      title: 'Underpunkter',
      type: 'array',
      of: [defineArrayMember({ type: 'checklistSubItem' })],
    }),
  ],
  preview: {
    select: { title: 'question', subItems: 'subItems' },
    prepare: ({ title, subItems }) => ({
      title,
      subtitle: Array.isArray(subItems) && subItems.length > 0 ? `${subItems.length} underpunkter` : undefined,
    }),
  },
});
