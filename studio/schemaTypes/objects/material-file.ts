import { DocumentPdfIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { materialFileTitle } from '@for-alle/shared/material-title';
import { downloadableFileTypes } from '@for-alle/shared/options';
import { subtitle } from '../../lib/list-subtitles';
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
      description:
        'Hva filen er og hva den handler om, for eksempel «Presentasjon: Samskaping i Haugesund». Filtype og ' +
        'størrelse legger nettstedet til selv. Står feltet tomt, bruker nettstedet «Presentasjon:» fulgt av ' +
        'innleggets tittel; står det bare ett ord, som «Notat», kommer innleggets tittel etter det.',
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
  preview: {
    select: { title: 'title', filename: 'file.asset.originalFilename' },
    prepare: ({ title, filename }) => ({
      title: materialFileTitle(title),
      subtitle: subtitle(title?.trim() ? undefined : 'uten egen tittel', filename),
    }),
  },
});
