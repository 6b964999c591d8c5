import { UserIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { messages } from '../../lib/validation';

/**
 * A question visitors bring to a page such as «Kontakt», with the person who answers it: the page shows the person's
 * name, role, e-mail and phone under the question, so the visitor need not match a role to a name further down.
 */
export const contactTopic = defineType({
  name: 'contactTopic',
  title: 'Spørsmål og hvem som svarer',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Overskrift',
      type: 'string',
      description: 'Hva spørsmålene gjelder, kort, for eksempel «Aktivitetsstøtte» eller «Presse».',
      validation: (rule) => [rule.required().error(messages.required), rule.max(60).warning('Hold overskriften kort.')],
    }),
    defineField({
      name: 'text',
      title: 'Tekst',
      type: 'text',
      rows: 3,
      description:
        'Hva personen kan svare på, i en setning eller to. Skriv ikke navn, e-post eller telefon her: de vises fra personen.',
    }),
    defineField({
      name: 'contact',
      title: 'Kontaktperson',
      type: 'reference',
      to: [{ type: 'person' }],
      description: 'Vises under teksten med navn, rolle, e-post og telefon, slik de står på personen.',
      validation: (rule) => rule.required().error(messages.required),
    }),
  ],
  preview: {
    select: { title: 'heading', subtitle: 'contact.name' },
  },
});
