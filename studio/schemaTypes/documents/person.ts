import { EnvelopeIcon, UserIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import { messages, phoneValidation } from '../../lib/validation';
import { isSampleField } from '../fields';

/** A contact person or a conference speaker. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Navn',
      type: 'string',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(80).error('Navnet kan være høyst 80 tegn.'),
      ],
    }),
    defineField({
      name: 'role',
      title: 'Rolle',
      type: 'string',
      description: 'Stilling eller rolle, for eksempel «Prosjektleder». Høyst 80 tegn.',
      validation: (rule) => rule.max(80).warning('Hold rollen kort, høyst 80 tegn.'),
    }),
    defineField({ name: 'organisation', title: 'Organisasjon', type: 'reference', to: [{ type: 'organisation' }] }),
    defineField({
      name: 'email',
      title: 'E-post',
      type: 'email',
      description: 'Vises som lenke der personen står som kontaktperson. La feltet stå tomt for innledere.',
    }),
    defineField({
      name: 'phone',
      title: 'Telefon',
      type: 'string',
      description: 'Med landskode, for eksempel «+47 51 00 00 00». Vises der personen står som kontaktperson.',
      validation: phoneValidation,
    }),
    defineField({
      name: 'isSharedAddress',
      title: 'Felles adresse, ikke en person',
      type: 'boolean',
      description:
        'Kryss av når kontakten er en felles e-postadresse, for eksempel konferansens. Nettstedet viser da et ' +
        'brevikon i stedet for et portrett, så ingen tror det er en person.',
      initialValue: false,
    }),
    defineField({
      name: 'photo',
      title: 'Portrett',
      type: 'figure',
      // Hidden for a shared address, but not while it still holds a portrait: Sanity validates hidden fields too, so
      // a portrait with an error would stop «Publiser» with no field to mend, and the picture would stay unused.
      hidden: ({ document }) => document?.isSharedAddress === true && !document?.photo,
      validation: (rule) =>
        rule
          .custom((photo, context) =>
            photo && context.document?.isSharedAddress === true
              ? 'Nettstedet viser ikke portrett for en felles adresse. Fjern bildet, så forsvinner feltet.'
              : true,
          )
          .warning(),
      description:
        'Alternativ tekst: navnet holder, for eksempel «Kari Nordmann». Står navnet rett ved bildet, kan du krysse av ' +
        'for Dekorativt bilde.',
    }),
    defineField({
      name: 'bio',
      title: 'Kort om personen',
      type: 'text',
      rows: 3,
      description:
        'Én–to setninger om hvem personen er. Vises under navnet ved innlegg på konferansen. Helst under 300 tegn.',
      validation: (rule) => rule.max(300).warning('Hold omtalen under 300 tegn.'),
    }),
    isSampleField(),
  ],
  orderings: [{ title: 'Navn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: {
      title: 'name',
      role: 'role',
      organisation: 'organisation.name',
      media: 'photo',
      isSample: 'isSample',
      isSharedAddress: 'isSharedAddress',
    },
    prepare: ({ title, role, organisation, media, isSample, isSharedAddress }) => ({
      title,
      subtitle: subtitle(sampleTag(isSample), role, organisation),
      media: isSharedAddress ? EnvelopeIcon : media,
    }),
  },
});
