import { DocumentPdfIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { downloadableFileTypes } from '../../lib/options';
import { downloadableFileValidation, messages } from '../../lib/validation';

/** An uploaded file from a conference session (slides, a summary). */
export const materialFile = defineType({
  name: 'materialFile',
  title: 'Fil',
  type: 'object',
  icon: DocumentPdfIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      description: 'For eksempel «Presentasjon (PDF)».',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'file',
      title: 'Fil',
      type: 'file',
      description: 'PDF, Word, PowerPoint, Excel eller OpenDocument. Bare teksten i PDF-er blir søkbar.',
      options: { accept: downloadableFileTypes },
      validation: (rule) => [rule.required().error(messages.required), downloadableFileValidation(rule)],
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'file.asset.originalFilename' } },
});
