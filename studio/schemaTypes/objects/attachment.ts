import { DocumentPdfIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { downloadableFileTypes } from '@for-alle/shared/options';
import { downloadableFileValidation, messages } from '../../lib/validation';

/** A downloadable file placed in running text (e.g. a PDF with the full report). */
export const attachment = defineType({
  name: 'attachment',
  title: 'Vedlegg',
  type: 'object',
  icon: DocumentPdfIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Lenketekst',
      type: 'string',
      description: 'Det leseren ser, for eksempel «Last ned rapporten (PDF)».',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'file',
      title: 'Fil',
      type: 'file',
      description:
        'PDF, Word, PowerPoint, Excel eller OpenDocument. Helst PDF med ekte tekst, ikke skannede bilder: bare teksten i PDF-er blir søkbar.',
      options: { accept: downloadableFileTypes },
      validation: (rule) => [rule.required().error(messages.required), downloadableFileValidation(rule)],
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'file.asset.originalFilename' } },
});
