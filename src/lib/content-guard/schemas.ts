import { z } from 'astro/zod';
import {
  conferenceDayKinds,
  conferenceDayStatuses,
  eventKinds,
  organisationKinds,
  placeStatuses,
  projectStatuses,
  registrationStatuses,
  reportKinds,
  type Option,
} from '@for-alle/shared/options';
import {
  endsAfterStart,
  hasFileAndLink,
  isEmailAddress,
  ruleMessages,
  slugPattern,
} from '@for-alle/shared/content-rules';
import { wrongKindMessage } from './value-kinds';

// The shape each document type must have for the site to render it, checked at build time because imports and
// API writes bypass the Studio's validation. Messages are Norwegian and follow "feltet …"; the guard adds which
// document and which field. A rule the Studio has too uses its test and words (shared/content-rules.ts).
// tests/studio/schema.test.ts checks that every field named here is a Studio field, and that every field the Studio
// requires is required here or listed as one the site can do without.

const missing = 'mangler, men må fylles ut';
// An import or API write may leave a field as "" rather than leave it out: said as what it is, not as a bad value.
const blank = 'er tomt, men må fylles ut';

const text = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? missing : 'må være tekst') })
  .refine((value) => value.trim().length > 0, blank);

const optionalText = z.string({ error: 'må være tekst' }).nullish();

/**
 * Whether a value starts with a day the calendar has. Date.parse rolls «2025-02-30» over to 2 March, so an import with
 * it would pass, and the site would show «2. mars 2025».
 */
function startsWithRealDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dateTimeWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const dateTimeWithoutOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

const isoDateTime = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null ? missing : 'må være en dato og et klokkeslett',
  })
  // Sanity stores a time with its offset (Z or ±hh:mm). Without one, Date.parse reads it in the build machine's
  // time zone, and the site would show a different hour depending on where it was built.
  .refine((value) => dateTimeWithOffset.test(value) && startsWithRealDay(value) && !Number.isNaN(Date.parse(value)), {
    error: (issue) =>
      String(issue.input).trim() === ''
        ? blank
        : dateTimeWithoutOffset.test(String(issue.input))
          ? `mangler tidssone («${String(issue.input)}»): skriv tiden med Z eller +01:00, slik Sanity lagrer den`
          : `er ikke en gyldig dato og tid («${String(issue.input)}»)`,
  });

const isoDate = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? missing : 'må være en dato') })
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && startsWithRealDay(value), {
    error: (issue) =>
      String(issue.input).trim() === ''
        ? blank
        : `er ikke en gyldig dato («${String(issue.input)}», ventet ÅÅÅÅ-MM-DD)`,
  });

const slug = z.object(
  {
    current: text.refine((value) => slugPattern.test(value), {
      error: (issue) => `«${String(issue.input)}» kan ikke brukes i en nettadresse. ${ruleMessages.slugFormat}`,
    }),
  },
  { error: missing },
);

const reference = z.object({ _ref: text }, { error: missing });

const positiveInteger = z
  .number({ error: (issue) => (issue.input === undefined || issue.input === null ? missing : 'må være et tall') })
  .int('må være et helt tall')
  .positive('må være større enn 0');

// Shown as a mailto: link: «hanne.skretting at example.no» would be a link that opens an empty e-mail to nobody.
const emailAddress = z
  .string({ error: 'må være tekst' })
  .refine((value) => value.trim() === '' || isEmailAddress(value), {
    error: (issue) => ruleMessages.emailAddress(String(issue.input)),
  })
  .nullish();

/** One of a choice list of the Studio (shared/options.ts). */
const oneOf = (choices: Option[]) => {
  const values = choices.map((choice) => choice.value);
  return z.enum(values as [string, ...string[]], {
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? missing
        : `«${String(issue.input)}» er ikke et av valgene (${values.join(', ')})`,
  });
};

// A missing registration is allowed: the site then says nothing about signing up (shared/registration-state.ts), and
// the content report points out an upcoming event without one. A registration the site reads must have a status.
const registration = z
  .object({
    status: oneOf(registrationStatuses),
    opensAt: isoDateTime.nullish(),
    closesAt: isoDateTime.nullish(),
    // Shown as «gratis» or «kr 1 500» and given to search engines as the price: «kr -150» or «kr 1 499,5» would be
    // published as written.
    price: z
      .number({ error: 'må være et tall' })
      .int('må være et helt kronebeløp')
      .nonnegative('kan ikke være mindre enn 0')
      .nullish(),
  })
  .nullish();

// A yes/no the site acts on: an import that writes «ja» or "true" as text would read as no, and a cancelled event
// would go on offering its sign-up.
// Worded as value-kinds.ts words every wrong kind (which reports it first for the Studio's fields).
const yesOrNo = z.boolean({ error: (issue) => wrongKindMessage('yesNo', issue.input) }).nullish();

/** A dated thing must end after it starts, as the Studio asks. */
const startBeforeEnd = (value: { start?: string | null; end?: string | null }) =>
  endsAfterStart(value.start, value.end);
const endsBeforeStart = { error: ruleMessages.endAfterStart, path: ['end'] };

export const documentSchemas: Record<string, z.ZodType> = {
  siteSettings: z.object({
    title: text,
    contactEmail: emailAddress,
    mainNavigation: z.array(z.object({ label: text })).nullish(),
  }),
  pillar: z.object({ title: text, slug, order: positiveInteger, ingress: text }),
  place: z.object({
    name: text,
    slug,
    status: oneOf(placeStatuses),
    location: z.object(
      { lat: z.number({ error: missing }), lng: z.number({ error: missing }) },
      { error: ruleMessages.locationRequired },
    ),
  }),
  organisation: z.object({
    name: text,
    kind: oneOf(organisationKinds),
  }),
  person: z.object({ name: text, email: emailAddress }),
  collaborationProject: z.object({
    title: text,
    place: reference,
    startYear: positiveInteger.nullish(),
    status: oneOf(projectStatuses).nullish(),
  }),
  projectStory: z.object({
    title: text,
    slug,
    place: reference,
    pillar: reference,
    ingress: text,
    publishedAt: isoDateTime,
  }),
  event: z
    .object({
      title: text,
      slug,
      kind: oneOf(eventKinds),
      start: isoDateTime,
      // Without an end an event would be «Avholdt» from the minute it starts. The Studio asks for it too.
      end: isoDateTime,
      capacity: positiveInteger.nullish(),
      registration,
      cancelled: yesOrNo,
    })
    .refine(startBeforeEnd, endsBeforeStart),
  conference: z.object({
    year: positiveInteger,
    title: text,
    registration,
    // Its dates, its place in the archive and its programme's days: without one the page had an empty «Dagene», no
    // date anywhere and «Programmet er ikke klart ennå» over a past conference's sessions. The Studio asks the same.
    days: z
      .array(
        z
          .object({
            kind: oneOf(conferenceDayKinds),
            start: isoDateTime,
            end: isoDateTime,
            capacity: positiveInteger.nullish(),
            // Missing reads as places left (a day from before the field).
            status: oneOf(conferenceDayStatuses).nullish(),
          })
          .refine(startBeforeEnd, endsBeforeStart),
        { error: missing },
      )
      .min(1, 'har ingen dager: legg inn minst én dag'),
    sessions: z
      .array(
        z
          .object({ _key: text, title: text, start: isoDateTime.nullish(), end: isoDateTime.nullish() })
          .refine(startBeforeEnd, endsBeforeStart),
      )
      .nullish(),
  }),
  researchQuestion: z.object({ number: positiveInteger, question: text }),
  researchUpdate: z.object({
    title: text,
    slug,
    date: isoDate,
    summary: text,
    // The page shows one report: given both, it would show the file and silently drop the link.
    report: z
      .object({
        kind: oneOf(reportKinds).nullish(),
        file: z.object({ asset: z.unknown().optional() }).nullish(),
        url: z.unknown().optional(),
      })
      .nullish()
      .refine((report) => !hasFileAndLink(report), { error: ruleMessages.reportFileOrLink, path: ['url'] }),
  }),
  // The page's title and ingress are the pillar's; the amount has no upper limit here (the Studio warns above the
  // usual one), since the foundation may raise it.
  activitySupport: z.object({
    maxAmount: positiveInteger,
    rounds: z.array(z.object({ title: text, opensAt: isoDate.nullish(), deadline: isoDate })).nullish(),
  }),
  applicationGuide: z.object({
    title: text,
    // A numbered step without its title or its text would be an empty line in «Slik går det til».
    steps: z.array(z.object({ title: text, text })).nullish(),
    checklist: z
      .array(z.object({ question: text, subItems: z.array(z.object({ question: text })).nullish() }))
      .nullish(),
  }),
  // «Kontakt» names each question by its heading (its anchor) and shows the person under it.
  page: z.object({
    title: text,
    slug,
    ingress: optionalText,
    contactTopics: z.array(z.object({ heading: text, contact: reference })).nullish(),
  }),
};

/** Types the site renders; documents of other types are left alone. */
export const renderedTypes = Object.keys(documentSchemas);
