import { CogIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { areasInProcessTitle } from '@for-alle/shared/areas-in-process-title';
import { subtitle } from '../../lib/list-subtitles';
import { areasInProcessValidation, messages, phoneValidation } from '../../lib/validation';
import { isSampleField } from '../fields';

/** Site-wide settings (singleton, `_id: "siteSettings"`): name, navigation, footer contact, share image. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Innstillinger',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Nettstedets navn',
      type: 'string',
      description:
        'Overskriften øverst på forsiden. Står også øverst til venstre og i bunnteksten på alle sider, og i fanen i ' +
        'nettleseren («Historier – For Alle»). Høyst 60 tegn.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(60).error('Navnet kan være høyst 60 tegn.'),
      ],
    }),
    defineField({
      name: 'tagline',
      title: 'Slagord',
      type: 'string',
      description:
        'Kort linje under navnet i toppen av alle sider, for eksempel «Samlet innsats for inkludering». Står også ' +
        'etter navnet i fanen i nettleseren på forsiden («For Alle – samlet innsats for inkludering»). Høyst 60 tegn.',
      validation: (rule) => rule.max(60).error('Slagordet kan være høyst 60 tegn.'),
    }),
    defineField({
      name: 'description',
      title: 'Beskrivelse',
      type: 'text',
      rows: 3,
      description:
        'Står under overskriften øverst på forsiden. Brukes også av søkemotorer og når noen deler forsiden eller en ' +
        'side uten egen ingress. Helst 120–160 tegn.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(160).warning('Søkemotorer kutter beskrivelser over 160 tegn.'),
      ],
    }),
    defineField({
      name: 'organisationName',
      title: 'Organisasjon',
      type: 'string',
      description: 'Hvem som står bak nettstedet, vises i bunnteksten.',
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'mainNavigation',
      title: 'Hovedmeny',
      type: 'array',
      description: 'Menypunktene øverst på alle sider, i rekkefølge. Høyst 8.',
      of: [defineArrayMember({ type: 'navItem' })],
      validation: (rule) => rule.max(8).warning('Mer enn åtte menypunkter blir uoversiktlig, særlig på mobil.'),
    }),
    defineField({
      name: 'shortcuts',
      title: 'Snarveier',
      type: 'array',
      description:
        'Noen få lenker øverst til høyre på alle sider, ved søkefeltet, for eksempel «Om For Alle» og «Kontakt». Høyst 3.',
      of: [defineArrayMember({ type: 'navItem' })],
      validation: (rule) => rule.max(3).warning('Flere enn tre snarveier får ikke plass ved søkefeltet på mobil.'),
    }),
    defineField({
      name: 'contactEmail',
      title: 'E-post',
      type: 'email',
      description:
        'Vises i bunnteksten. Personvernsiden og tilgjengelighetserklæringen oppgir den for spørsmål og tilbakemeldinger.',
    }),
    defineField({
      name: 'contactPhone',
      title: 'Telefon',
      type: 'string',
      description: 'Vises i bunnteksten under «Kontakt». Med landskode, for eksempel «+47 51 00 00 00».',
      validation: phoneValidation,
    }),
    defineField({
      name: 'address',
      title: 'Besøksadresse',
      type: 'string',
      description: 'Vises i bunnteksten under «Kontakt».',
    }),
    // Only the contact details: the name, menu and description are the site's own. Marked here, the settings are in
    // «Eksempelinnhold» with everything else to replace.
    {
      ...isSampleField(),
      description:
        'Kryss av så lenge e-post, telefon og besøksadresse over ikke er stiftelsens egne. Nettstedet merker dem da ' +
        '«Eksempel» i bunnteksten, under «Sentralbord og besøksadresse» på «Kontakt» og der e-posten står i ' +
        'personvernerklæringen og tilgjengelighetserklæringen. Fjern krysset når de virkelige opplysningene står der.',
    },
    // The programme gives a count of areas on the way before it names them: the map can show only those it names.
    defineField({
      name: 'areasInProcess',
      title: areasInProcessTitle,
      type: 'number',
      description:
        'Hvor mange områder For Alle snakker med om å starte et samarbeidsprosjekt, men der det ikke har startet ' +
        'ennå. Tell med dem som ikke er lagt inn som steder. Tallet står under kartet over stedene og blant ' +
        'nøkkeltallene om samarbeidsprosjektene. La feltet stå tomt hvis det ikke er noen.',
      validation: (rule) => [
        rule.integer().min(1).error(messages.areasInProcess),
        rule.custom(areasInProcessValidation).warning(),
      ],
    }),
    defineField({
      name: 'defaultShareImage',
      title: 'Standard delingsbilde',
      type: 'figure',
      description: 'Brukes når en side uten eget bilde deles i sosiale medier. 1200 × 630 piksler passer best.',
    }),
  ],
  preview: {
    select: { title: 'title', organisationName: 'organisationName', media: 'defaultShareImage', isSample: 'isSample' },
    prepare: ({ title, organisationName, media, isSample }) => ({
      title,
      subtitle: subtitle(organisationName, isSample ? 'Kontaktopplysningene er eksempler' : undefined),
      media,
    }),
  },
});
