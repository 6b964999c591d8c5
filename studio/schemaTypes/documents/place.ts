import { PinIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { mapNameLength } from '@for-alle/shared/content-rules';
import { establishingPlaceWords, optionTitle, placeStatuses } from '@for-alle/shared/options';
import { GeopointInput } from '../../components/GeopointInput';
import { subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import { isInNorway, messages, placeStatusChangeValidation, placeStatusValidation } from '../../lib/validation';
import { ingressField, isSampleField, slugField } from '../fields';

const counties = [
  'Agder',
  'Akershus',
  'Buskerud',
  'Finnmark',
  'Innlandet',
  'Møre og Romsdal',
  'Nordland',
  'Oslo',
  'Rogaland',
  'Telemark',
  'Troms',
  'Trøndelag',
  'Vestfold',
  'Vestland',
  'Østfold',
];

/** A city or municipality where For Alle works; its page gathers the project, stories and events there. */
export const place = defineType({
  name: 'place',
  title: 'Sted',
  type: 'document',
  icon: PinIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Navn',
      type: 'string',
      description: 'Byen, kommunen eller bydelen, for eksempel «Haugesund».',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(60).error('Navnet kan være høyst 60 tegn.'),
        rule.max(mapNameLength).warning(messages.placeNameLong),
      ],
    }),
    slugField('name'),
    defineField({
      name: 'preposition',
      title: 'I eller på',
      type: 'string',
      description: 'Slik stedet skrives i en setning: «For Alle i Bergen», men «For Alle på Bryne».',
      options: { list: ['i', 'på'], layout: 'radio', direction: 'horizontal' },
      initialValue: 'i',
    }),
    defineField({
      name: 'county',
      title: 'Fylke',
      type: 'string',
      options: { list: counties },
      validation: (rule) => rule.required().error(messages.required),
    }),
    defineField({
      name: 'location',
      title: 'Kartposisjon',
      type: 'geopoint',
      description:
        'Midt i byen holder; brukes til kartet over stedene. Skriv breddegrad og lengdegrad i desimalgrader, for ' +
        'eksempel 60.39 og 5.32 for Bergen. Du finner dem ved å høyreklikke på stedet i et kart.',
      components: { input: GeopointInput },
      validation: (rule) => [
        rule.required().error(messages.locationRequired),
        rule
          .custom((location) =>
            !location?.lat || !location?.lng || isInNorway(location) ? true : messages.locationOutsideNorway,
          )
          .warning(),
      ],
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      description:
        'Et sted som nettopp er med, er «Under etablering» (hvit prikk på kartet). Besøkende ser det som ' +
        `«${establishingPlaceWords.legend}» ved kartet og «${establishingPlaceWords.status}» på stedets side, ` +
        'så siden lover ikke et prosjekt før det er bestemt. Velg «Aktivt samarbeidsprosjekt» når prosjektet har ' +
        'startet, og sett samtidig «Pågår» på samarbeidsprosjektet. Da telles stedet med i «byer med pågående ' +
        'samarbeidsprosjekt» på Samarbeidsprosjekter. Når prosjektet er avsluttet, velg «Tidligere ' +
        'samarbeidsprosjekt»: stedet og historiene blir stående, men stedet får ingen prikk på kartet og telles ' +
        'ikke med. Et sted som bare trengs for en historie eller et arrangement (et inkluderingsprosjekt, en ' +
        'samling), uten noe samarbeidsprosjekt, er «Annet sted»: det får en side, men ingen prikk og ingen status.',
      options: { list: placeStatuses, layout: 'radio' },
      // A city that has just joined is usually on its way, not yet running a project.
      initialValue: 'establishing',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.custom(placeStatusValidation).warning(),
        rule.custom(placeStatusChangeValidation).warning(),
      ],
    }),
    ingressField(),
    isSampleField(),
  ],
  orderings: [{ title: 'Navn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', county: 'county', status: 'status', isSample: 'isSample' },
    prepare: ({ title, county, status, isSample }) => ({
      title,
      subtitle: subtitle(
        sampleTag(isSample),
        county,
        status === 'establishing' || status === 'ended' || status === 'other'
          ? optionTitle(placeStatuses, status)
          : undefined,
      ),
    }),
  },
});
