import { CheckmarkCircleIcon } from '@sanity/icons';
import { defineType } from 'sanity';
import { helpField, questionField } from './checklist-fields';

/** A sub-question under a checklist item (e.g. under "Hvordan er selve samskapingsmodellen?"). */
export const checklistSubItem = defineType({
  name: 'checklistSubItem',
  title: 'Underpunkt',
  type: 'object',
  icon: CheckmarkCircleIcon,
  fields: [questionField, helpField],
  preview: { select: { title: 'question', subtitle: 'help' } },
});
