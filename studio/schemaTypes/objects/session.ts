import { MicrophoneIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { osloDay } from '@for-alle/shared/dates';
import { countOf, formatDayAndTime, subtitle } from '../../lib/list-subtitles';
import { httpUrlValidation, messages, sessionTitleValidation } from '../../lib/validation';
import { startEndFields } from '../fields';

/** One item in a conference programme. Its `_key` is the anchor of the session on the archive page. */
export const session = defineType({
  name: 'session',
  title: 'Programpost',
  type: 'object',
  icon: MicrophoneIcon,
  // The programme lists each session under the day it falls on: one on no day of the conference would be missing.
  validation: (rule) =>
    rule.custom((session: { start?: string } | undefined, context) => {
      const days = (context.document?.days ?? []) as { start?: string }[];
      if (!session?.start || days.length === 0) return true;
      const dayDates = days.flatMap((day) => (day.start ? [osloDay(day.start)] : []));
      return dayDates.includes(osloDay(session.start))
        ? true
        : { message: messages.sessionOutsideDays, path: ['start'] };
    }),
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      description:
        'Slik den står i programmet. Helst under 90 tegn; er tittelen en problemstilling eller et sitat, kan den være ' +
        'lengre, høyst 200 tegn.',
      validation: sessionTitleValidation,
    }),
    ...startEndFields({ endOptional: true }),
    defineField({
      name: 'speakers',
      title: 'Innledere',
      type: 'array',
      description:
        'Velg personene under «Personer», eller lag dem der. Programmet viser navn, rolle og organisasjon slik de står ' +
        'på personen, og stedet til organisasjonen gjør innlegget søkbart under det stedet.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => rule.unique().error(messages.duplicatePerson),
    }),
    defineField({
      name: 'summary',
      title: 'Sammendrag',
      type: 'text',
      rows: 4,
      description: 'Hva handlet innlegget om? Gjør arkivet søkbart. Helst under 400 tegn.',
      validation: (rule) => rule.max(400).warning('Sammendraget bør være under 400 tegn.'),
    }),
    defineField({
      name: 'material',
      title: 'Materiell',
      type: 'array',
      description: 'Presentasjoner og andre filer, eller lenker til materiell.',
      of: [defineArrayMember({ type: 'materialFile' }), defineArrayMember({ type: 'materialLink' })],
    }),
    defineField({
      name: 'videoUrl',
      title: 'Video',
      type: 'url',
      description: 'Lenke til opptak (https://…), hvis innlegget ble filmet.',
      validation: httpUrlValidation,
    }),
    // On the session, not on the update: the Studio's reference picker finds the update by its title, where a
    // session can only be told apart by a generated key.
    defineField({
      name: 'researchUpdate',
      title: 'Forskningsoppdatering',
      type: 'reference',
      to: [{ type: 'researchUpdate' }],
      description:
        'Ble en forskningsoppdatering lagt fram i denne programposten? Velg den her. Programmet lenker da til oppdateringen, ' +
        'og oppdateringen sier hvor den ble presentert.',
      // Made from here, an update would start as an empty draft the programme links to.
      options: { disableNew: true },
      validation: (rule) =>
        rule
          .custom((value: { _ref?: string } | undefined, context) => {
            if (!value?._ref) return true;
            const sessions = (context.document?.sessions ?? []) as {
              _key?: string;
              researchUpdate?: { _ref?: string };
            }[];
            const own = (context.path?.[1] as { _key?: string } | undefined)?._key;
            const elsewhere = sessions.some(
              (session) => session._key !== own && session.researchUpdate?._ref === value._ref,
            );
            return elsewhere ? messages.researchUpdateInTwoSessions : true;
          })
          .warning(),
    }),
  ],
  preview: {
    select: {
      title: 'title',
      start: 'start',
      speaker: 'speakers.0.name',
      nextSpeaker: 'speakers.1.name',
      material: 'material',
      videoUrl: 'videoUrl',
    },
    // «tor. 23. jan. 09.00 · Kari Nordmann · 2 filer»: which day (a programme runs over two), who, and what a visitor
    // can get afterwards, so the sessions still missing material stand out when the conference is archived.
    prepare: ({ title, start, speaker, nextSpeaker, material, videoUrl }) => ({
      title,
      subtitle: subtitle(
        formatDayAndTime(start),
        speaker && nextSpeaker ? `${speaker} m.fl.` : speaker,
        materialSummary(material, videoUrl),
      ),
    }),
  },
});

type MaterialItem = { _type?: string; file?: { asset?: unknown }; url?: string };

/** «2 filer, 1 lenke, video» or «ingen materiell»: only what the site will show (a file uploaded, a link given). */
function materialSummary(material: unknown, videoUrl: unknown): string {
  const items = Array.isArray(material) ? (material as MaterialItem[]) : [];
  const files = items.filter((item) => item._type === 'materialFile' && item.file?.asset).length;
  const links = items.filter((item) => item._type === 'materialLink' && item.url).length;
  const parts = [countOf(files, 'fil', 'filer'), countOf(links, 'lenke', 'lenker'), videoUrl ? 'video' : undefined];
  return parts.filter(Boolean).join(', ') || 'ingen materiell';
}
