import { PresentationIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { apiVersion } from '@for-alle/shared/api-version';
import { conferenceRegistrationSubtitle, shortDate, subtitle } from '../../lib/list-subtitles';
import { sampleTag } from '../../lib/sample-tag';
import type { StavangerIdQueryResult } from '../../../src/lib/sanity/sanity.types';
import { conferenceYearTakenQuery, stavangerIdQuery } from '../../lib/queries';
import { messages, uniqueNumber } from '../../lib/validation';
import { bodyField, ingressField, isSampleField, titleField, venueFields } from '../fields';
import { usualDayCapacity } from '../objects/conference-day';

/**
 * One yearly edition of the For Alle conference in Stavanger: a network day and a conference day,
 * the programme with speakers and material, and the workshops that follow. Its page is
 * `/konferanse/{year}`; the archive of sessions is what visitors search.
 */
export const conference = defineType({
  name: 'conference',
  title: 'Konferanse',
  type: 'document',
  icon: PresentationIcon,
  groups: [
    { name: 'content', title: 'Innhold', default: true },
    { name: 'programme', title: 'Program' },
    { name: 'practical', title: 'Tid, sted og påmelding' },
  ],
  fields: [
    defineField({
      name: 'year',
      title: 'År',
      type: 'number',
      group: 'content',
      description: 'Året konferansen holdes. Gir adressen /konferanse/år, og kan bare brukes én gang.',
      validation: (rule) => [
        rule.required().integer().min(2018).max(2100).error('Skriv et årstall fra 2018.'),
        rule.custom(uniqueNumber(conferenceYearTakenQuery, messages.conferenceYearTaken)),
      ],
    }),
    titleField({ group: 'content' }),
    defineField({
      name: 'theme',
      title: 'Tema',
      type: 'string',
      group: 'content',
      description: 'Årets tema i én setning. Helst under 120 tegn.',
      validation: (rule) => rule.max(120).warning('Hold temaet under 120 tegn.'),
    }),
    ingressField('content'),
    bodyField({
      group: 'content',
      description:
        'Står under «Om konferansen» også etter konferansen, i arkivet. Det som bare gjelder påmeldingen, hører ' +
        'hjemme i påmeldingsfeltene; står det her, må det skrives om når konferansen er over.',
    }),
    defineField({
      name: 'days',
      title: 'Dager',
      type: 'array',
      group: 'practical',
      description:
        'Nettverksdagen (100 plasser) og konferansedagen (300 plasser). Når en dag er full, velger du ' +
        '«Fulltegnet – venteliste» på den dagen.',
      of: [defineArrayMember({ type: 'conferenceDay' })],
      validation: (rule) => rule.required().min(1).error('Legg inn minst én dag.'),
    }),
    ...venueFields('practical'),
    defineField({
      name: 'registration',
      title: 'Påmelding',
      type: 'registration',
      group: 'practical',
      description:
        'Felles for begge dagene: ett skjema, én åpningsdato og én frist. Om hver dag er full, velger du under «Dager».',
      validation: (rule) => rule.required().error(messages.registrationRequired),
    }),
    defineField({
      name: 'sessions',
      title: 'Program',
      type: 'array',
      group: 'programme',
      description: 'Innleggene med innledere, sammendrag og materiell. Vises sortert etter starttid.',
      of: [defineArrayMember({ type: 'session' })],
    }),
    defineField({
      name: 'workshops',
      title: 'Workshops i etterkant',
      type: 'array',
      group: 'programme',
      description: 'De lokale workshopene deltakerne inviteres til etter konferansen.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'event' }],
          options: { filter: 'kind == "workshop"' },
        }),
      ],
      validation: (rule) => rule.unique().error(messages.duplicateWorkshop),
    }),
    isSampleField('content'),
  ],
  // The format is the same every year (the programme's text): next January in Stavanger, a network day of 100 places,
  // then the conference day of 300. The days have no title: the site calls them by their kind.
  initialValue: async (_params, { getClient }) => {
    const stavanger = await getClient({ apiVersion })
      .fetch<StavangerIdQueryResult>(stavangerIdQuery)
      .catch(() => null);
    return {
      year: new Date().getFullYear() + 1,
      ...(stavanger ? { place: { _type: 'reference', _ref: stavanger } } : {}),
      registration: { status: 'notOpen' },
      days: (['network', 'conference'] as const).map((kind) => ({
        _key: kind,
        _type: 'conferenceDay',
        kind,
        capacity: usualDayCapacity[kind],
        status: 'available',
      })),
      isSample: false,
    };
  },
  orderings: [{ title: 'År, nyeste først', name: 'yearDesc', by: [{ field: 'year', direction: 'desc' }] }],
  preview: {
    select: {
      title: 'title',
      year: 'year',
      start: 'days.0.start',
      city: 'place.name',
      isSample: 'isSample',
      registration: 'registration',
      days: 'days',
    },
    prepare: ({ title, year, start, city, isSample, registration, days }) => ({
      title: title ?? (year ? `For Alle-konferansen ${year}` : undefined),
      subtitle: subtitle(
        sampleTag(isSample),
        shortDate(start),
        city,
        conferenceRegistrationSubtitle(registration, days, new Date()),
      ),
    }),
  },
});
