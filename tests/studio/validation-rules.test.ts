// Each validation rule rejects a bad document with its Norwegian message, and lets the good variant through.
// The documents are real ones from the bundled dataset with one thing broken.
import { describe, expect, test } from 'vitest';
import { ruleMessages, slugPattern } from '@for-alle/shared/content-rules';
import { osloDay } from '@for-alle/shared/dates';
import { placeStatusMismatchMessage } from '@for-alle/shared/place-status';
import { slugify } from '../../studio/lib/validation';
import { type Doc, messagesOf, readDataset, validate } from './dataset';

const dataset = readDataset();
const byId = (id: string) => structuredClone(dataset.find((doc) => doc._id === id)) as Doc;

const story = () => byId('story-bergen-utstyrsbanken');
const event = () => byId('event-workshop-bergen-2027');
const conference = () => byId('conference-2027');
const activitySupport = () => byId('activitySupport');

const inYear2999 = (value: unknown) => (typeof value === 'string' ? value.replace(/^\d{4}/, '2999') : value);

type Fields = Record<string, unknown>;

/** What the Studio says when the document's slug is taken, as the dataset's document has it. */
const slugTaken = (doc: Doc) =>
  `Adressen «${(doc.slug as { current: string }).current}» er allerede i bruk på en annen side. Velg en annen.`;

/** The list at `path` with its first item twice (under a key of its own, as the Studio adds it). */
function withSecondCopy(doc: Doc, path: readonly (string | number)[]): Doc {
  const parent = path.slice(0, -1).reduce<Fields>((value, key) => (value as never)[key], doc);
  const field = path[path.length - 1];
  const list = parent[field] as unknown[];
  expect(list?.length, path.join('.')).toBeGreaterThan(0);
  const first = list[0];
  parent[field] = [...list, typeof first === 'object' ? { ...first, _key: 'copy' } : first];
  return doc;
}

/** A registration's dates moved to 2999, so they stay ahead of any day the tests run on. */
const inTheFuture = (registration: unknown): Fields => ({
  ...(registration as Fields),
  opensAt: inYear2999((registration as Fields).opensAt),
  closesAt: inYear2999((registration as Fields).closesAt),
});

/** The dataset's event and conference, moved to 2999 with their registration. */
const comingEvent = (): Doc & { registration: Fields } => {
  const doc = event();
  return {
    ...doc,
    start: inYear2999(doc.start),
    end: inYear2999(doc.end),
    registration: inTheFuture(doc.registration),
  };
};
const comingConference = (): Doc & { registration: Fields; days: Fields[] } => {
  const doc = conference();
  const days = (doc.days as Fields[]).map((day) => ({
    ...day,
    start: inYear2999(day.start),
    end: inYear2999(day.end),
  }));
  return { ...doc, days, sessions: [], registration: inTheFuture(doc.registration) };
};

/** The 2025 conference (its programme is published) with its first talk's title replaced. */
const pastConferenceWithFirstTitle = (title: string): Doc => {
  const doc = byId('conference-2025');
  const [first, ...rest] = doc.sessions as Fields[];
  return { ...doc, sessions: [{ ...first, title }, ...rest] };
};
const firstSessionKey = () => (byId('conference-2025').sessions as Fields[])[0]._key as string;

// Rounds far from any day the tests run on, so each stays open, to come or past.
const closedRound = {
  _type: 'applicationRound',
  _key: 'closed',
  title: 'Runden som er over',
  opensAt: '2001-01-15',
  deadline: '2001-03-01',
};
const openRound = {
  _type: 'applicationRound',
  _key: 'open',
  title: 'Runden som er åpen',
  opensAt: '2001-01-15',
  deadline: '2999-03-01',
};
const upcomingRound = {
  _type: 'applicationRound',
  _key: 'upcoming',
  title: 'Runden som kommer',
  opensAt: '2999-01-15',
  deadline: '2999-03-01',
};

/** A paragraph with a passage marked as another language, `lang` as given. */
const languageBlock = (lang?: string) => ({
  _type: 'block',
  _key: 'quote',
  style: 'normal',
  markDefs: [{ _type: 'language', _key: 'l1', ...(lang ? { lang } : {}) }],
  children: [{ _type: 'span', _key: 's1', text: 'Nothing about us without us', marks: ['l1'] }],
});

const linkBlock = (href: string) => ({
  _type: 'block',
  _key: 'badlink',
  style: 'normal',
  markDefs: [{ _type: 'link', _key: 'm1', href }],
  children: [{ _type: 'span', _key: 's1', text: 'Klikk her', marks: ['m1'] }],
});

interface Case {
  rule: string;
  doc: () => Doc;
  level?: 'error' | 'warning';
  message: string | RegExp;
  /** 'studio' where the CLI environment downgrades the rule (object-typed fields such as slug). */
  environment?: 'cli' | 'studio';
  path?: (string | number | { _key: string })[];
}

const cases: Case[] = [
  {
    rule: 'alt text is required on a figure that is not decorative',
    doc: () => {
      const doc = story();
      // The sample stories' illustrations are decorative; a photo is not.
      (doc.mainImage as Record<string, unknown>).decorative = false;
      delete (doc.mainImage as Record<string, unknown>).alt;
      return doc;
    },
    message: 'Skriv en alternativ tekst som forteller hva bildet viser, eller kryss av for at bildet er dekorativt.',
    path: ['mainImage', 'alt'],
  },
  {
    rule: 'alt text is required on a figure inside Portable Text',
    doc: () => {
      const doc = story();
      const figure: Record<string, unknown> = {
        ...(doc.mainImage as Record<string, unknown>),
        _key: 'fig1',
        decorative: false,
      };
      delete figure.alt;
      doc.body = [...(doc.body as unknown[]), figure];
      return doc;
    },
    message: 'Skriv en alternativ tekst som forteller hva bildet viser, eller kryss av for at bildet er dekorativt.',
    path: ['body', { _key: 'fig1' }, 'alt'],
  },
  {
    rule: 'an image needs the confirmation that it shows no recognisable children, or that consent was obtained',
    doc: () => {
      const doc = story();
      (doc.mainImage as Record<string, unknown>).childConsentConfirmed = false;
      return doc;
    },
    message:
      'Bekreft at bildet ikke viser barn som kan kjennes igjen, eller at samtykke er innhentet. Er du i tvil, bruk et annet bilde.',
    path: ['mainImage', 'childConsentConfirmed'],
  },
  {
    rule: 'a decorative image needs the confirmation as well: it can show children too',
    doc: () => {
      const doc = story();
      doc.mainImage = {
        ...(doc.mainImage as object),
        alt: undefined,
        decorative: true,
        childConsentConfirmed: undefined,
      };
      return doc;
    },
    message: /^Bekreft at bildet ikke viser barn/,
    path: ['mainImage', 'childConsentConfirmed'],
  },
  {
    rule: 'an image inside Portable Text needs the confirmation',
    doc: () => {
      const doc = story();
      const figure: Record<string, unknown> = {
        ...(doc.mainImage as Record<string, unknown>),
        _key: 'fig1',
        decorative: false,
      };
      delete figure.childConsentConfirmed;
      doc.body = [...(doc.body as unknown[]), figure];
      return doc;
    },
    message: /^Bekreft at bildet ikke viser barn/,
    path: ['body', { _key: 'fig1' }, 'childConsentConfirmed'],
  },
  {
    rule: 'a passage marked as another language names the language',
    doc: () => ({ ...story(), body: [languageBlock()] }),
    message: 'Velg hvilket språk teksten er på, eller fjern språkmerkingen.',
    path: ['body', { _key: 'quote' }, 'markDefs', { _key: 'l1' }, 'lang'],
  },
  {
    rule: "an event's kind is chosen by the editor: it has no default",
    doc: () => {
      const doc = event();
      delete doc.kind;
      return doc;
    },
    message: 'Feltet må fylles ut.',
    path: ['kind'],
  },
  {
    rule: 'an event ends after it starts',
    doc: () => ({ ...event(), end: '2027-02-16T10:00:00Z' }),
    message: 'Slutt må være etter start.',
    path: ['end'],
  },
  {
    rule: 'a conference day ends after it starts',
    doc: () => {
      const doc = conference();
      const days = doc.days as Record<string, unknown>[];
      days[0] = { ...days[0], end: days[0].start };
      return doc;
    },
    message: 'Slutt må være etter start.',
  },
  {
    rule: 'registration closes before the event starts',
    doc: () => {
      const doc = event();
      doc.registration = { ...(doc.registration as object), closesAt: '2027-02-16T12:00:00Z' };
      return doc;
    },
    message: 'Påmeldingen må stenge før arrangementet starter.',
    path: ['registration', 'closesAt'],
  },
  {
    rule: 'registration closes before the first conference day starts',
    doc: () => {
      const doc = conference();
      doc.registration = { ...(doc.registration as object), closesAt: '2027-01-20T12:00:00Z' };
      return doc;
    },
    message: 'Påmeldingen må stenge før arrangementet starter.',
    path: ['registration', 'closesAt'],
  },
  {
    rule: 'registration opens before the event starts (a mistyped year would never open)',
    doc: () => {
      const doc = event();
      doc.registration = { ...(doc.registration as object), opensAt: '2028-01-22T08:00:00Z', closesAt: undefined };
      return doc;
    },
    message: 'Påmeldingen må åpne før arrangementet starter, ellers åpner den aldri. Sjekk året og datoen.',
    path: ['registration', 'opensAt'],
  },
  {
    rule: 'registration closes after it opens',
    doc: () => {
      const doc = event();
      doc.registration = { ...(doc.registration as object), closesAt: '2027-01-01T12:00:00Z' };
      return doc;
    },
    message: 'Påmeldingen må stenge etter at den åpner.',
  },
  {
    rule: 'a slug is unique per document type',
    doc: () => ({ ...story(), _id: 'story-copy' }),
    environment: 'studio',
    message: slugTaken(story()),
    path: ['slug'],
  },
  {
    rule: 'a slug without an address says how to make one',
    doc: () => ({ ...story(), slug: { _type: 'slug', current: '' } }),
    environment: 'studio',
    message: 'Siden trenger en adresse. Trykk «Generer» ved feltet for å lage den.',
    path: ['slug'],
  },
  {
    rule: 'a slug left empty says what every empty required field says',
    doc: () => ({ ...story(), slug: undefined }),
    environment: 'studio',
    message: 'Feltet må fylles ut.',
    path: ['slug'],
  },
  ...(
    [
      [
        'a story names an organisation once',
        story,
        ['organisations'],
        'Den samme organisasjonen er valgt to ganger. Fjern den ene.',
      ],
      ['a story has each tag once', story, ['tags'], 'Det samme stikkordet står to ganger. Fjern det ene.'],
      [
        'a conference invites to a workshop once',
        conference,
        ['workshops'],
        'Den samme workshopen er valgt to ganger. Fjern den ene.',
      ],
      [
        'a session names a speaker once',
        conference,
        ['sessions', 0, 'speakers'],
        'Den samme personen er valgt to ganger. Fjern den ene.',
      ],
      [
        'a collaboration project names a partner once',
        () => byId('project-bergen'),
        ['partners'],
        'Den samme organisasjonen er valgt to ganger. Fjern den ene.',
      ],
      [
        'a pillar names a contact person once',
        () => byId('pillar-forskning'),
        ['contacts'],
        'Den samme personen er valgt to ganger. Fjern den ene.',
      ],
      [
        'a collaboration project names a contact person once',
        () => byId('project-bergen'),
        ['contacts'],
        'Den samme personen er valgt to ganger. Fjern den ene.',
      ],
    ] as const
  ).map(([rule, make, path, message]): Case => ({
    rule,
    doc: () => withSecondCopy(make(), path),
    environment: 'studio',
    message,
  })),
  {
    rule: "a slug holds only a–z, digits and hyphens, as the site's addresses do",
    doc: () => ({ ...story(), slug: { _type: 'slug', current: 'Møte på Bryne' } }),
    environment: 'studio',
    message: 'Bruk bare små bokstaver a–z, tall og bindestrek (ikke æ, ø, å, mellomrom eller andre tegn).',
    path: ['slug'],
  },
  {
    rule: "a draft that changes a published story's slug warns that old links stop working",
    doc: () => ({
      ...story(),
      _id: 'drafts.story-bergen-utstyrsbanken',
      slug: { _type: 'slug', current: 'ny-adresse' },
    }),
    environment: 'studio',
    level: 'warning',
    message: `Siden er publisert på /historier/${(story().slug as { current: string }).current}/. Endrer du adressen, slutter gamle lenker å virke. Sett den tilbake, eller be den som drifter nettstedet om å sende besøkende fra den gamle adressen til den nye.`,
    path: ['slug'],
  },
  {
    rule: "a release version that changes a published event's slug names the event's address",
    doc: () => ({ ...event(), _id: `versions.rSpring.${event()._id}`, slug: { _type: 'slug', current: 'ny-adresse' } }),
    environment: 'studio',
    level: 'warning',
    message: new RegExp(`^Siden er publisert på /arrangementer/${(event().slug as { current: string }).current}/\\. `),
    path: ['slug'],
  },
  {
    // /samarbeidsprosjekter asks a would-be applicant to talk to us first; without a person, there is no one to ask.
    rule: 'a pillar without a contact person gets a warning',
    doc: () => ({ ...byId('pillar-samarbeidsprosjekter'), contacts: [] }),
    level: 'warning',
    message: ruleMessages.pillarWithoutContact,
    path: ['contacts'],
  },
  {
    rule: 'a page cannot take an address the site itself uses',
    doc: () => ({ ...byId('page-om'), slug: { _type: 'slug', current: 'forskning' } }),
    environment: 'studio',
    message: 'Adressen /forskning brukes av nettstedet selv. Velg en annen.',
    path: ['slug'],
  },
  ...(['heading', 'contact'] as const).map((field): Case => ({
    rule: `a question on «Kontakt» needs its ${field === 'heading' ? 'heading' : 'contact person'}`,
    doc: () => {
      const doc = byId('page-kontakt');
      delete (doc.contactTopics as Fields[])[0][field];
      return doc;
    },
    // A reference is an object-typed field: the CLI downgrades its rule.
    environment: field === 'contact' ? 'studio' : undefined,
    message: 'Feltet må fylles ut.',
    path: ['contactTopics', { _key: (byId('page-kontakt').contactTopics as { _key: string }[])[0]._key }, field],
  })),
  {
    rule: 'a place has a map position',
    doc: () => {
      const doc = byId('place-bergen');
      delete doc.location;
      return doc;
    },
    environment: 'studio',
    message: /^Legg inn stedets posisjon/,
    path: ['location'],
  },
  {
    rule: 'a place name too long for the map gets a warning',
    doc: () => ({ ...byId('place-bergen'), name: 'Bydel Søndre Nordstrand i Oslo' }),
    level: 'warning',
    message:
      'Kartet over stedene har plass til navn på opptil 18 tegn. Et lengre navn kan bli kuttet der (listen ved siden av kartet viser hele navnet). Bruk gjerne det korte navnet, for eksempel «Søndre Nordstrand», ikke «Bydel Søndre Nordstrand i Oslo kommune».',
    path: ['name'],
  },
  {
    rule: 'a map position outside Norway (latitude and longitude swapped) gets a warning',
    doc: () => ({ ...byId('place-bergen'), location: { _type: 'geopoint', lat: 5.32, lng: 60.39 } }),
    level: 'warning',
    environment: 'studio',
    message: /utenfor fastlands-Norge/,
    path: ['location'],
  },
  {
    rule: "the evaluation's results cannot come before it started",
    doc: () => {
      const doc = byId('pillar-forskning');
      doc.evaluation = { ...(doc.evaluation as object), startYear: 2023, resultsYear: 2021 };
      return doc;
    },
    message: 'Resultatene kan ikke komme før evalueringen startet.',
    path: ['evaluation', 'resultsYear'],
  },
  {
    rule: 'a file offered for download is a document, not a program',
    doc: () => {
      const doc = byId('conference-2025');
      const session = (doc.sessions as { material?: Record<string, unknown>[] }[]).find((item) =>
        item.material?.some((material) => material._type === 'materialFile'),
      )!;
      const material = session.material!.find((item) => item._type === 'materialFile')!;
      material.file = { _type: 'file', asset: { _type: 'reference', _ref: `file-${'a'.repeat(40)}-exe` } };
      return doc;
    },
    // A file field is object-typed: its own rules are errors in the Studio, warnings in the CLI (dataset.ts).
    environment: 'studio',
    message:
      'Filtypen «.exe» kan ikke lastes ned fra nettstedet. Last opp PDF, Word, PowerPoint, Excel eller OpenDocument.',
  },
  {
    rule: "a research update's report is a file or a link, not both (the page would show only the file)",
    doc: () => {
      const doc = byId('ru-nabolagsbudsjett');
      doc.report = { ...(doc.report as object), url: 'https://forskning.example.no/nabolagsbudsjett' };
      return doc;
    },
    message: 'Velg enten fil eller lenke, ikke begge. Med begge viser siden bare filen.',
    path: ['report', 'url'],
  },
  {
    rule: "a research update's report file is a document, not a program",
    doc: () => {
      const doc = byId('ru-nabolagsbudsjett');
      doc.report = { file: { _type: 'file', asset: { _type: 'reference', _ref: `file-${'b'.repeat(40)}-exe` } } };
      return doc;
    },
    environment: 'studio',
    message:
      'Filtypen «.exe» kan ikke lastes ned fra nettstedet. Last opp PDF, Word, PowerPoint, Excel eller OpenDocument.',
    path: ['report', 'file'],
  },
  {
    rule: 'a conference year is used once',
    doc: () => ({ ...conference(), _id: 'conference-copy', slug: { _type: 'slug', current: 'en-annen-konferanse' } }),
    message: 'Det finnes allerede en konferanse for 2027.',
    path: ['year'],
  },
  {
    rule: 'two pillars cannot share a place in the menus',
    doc: () => ({ ...byId('pillar-forskning'), _id: 'drafts.pillar-forskning', order: 1 }),
    message: 'Et annet satsingsområde har allerede plass 1.',
    path: ['order'],
  },
  {
    rule: 'a research question number is used once',
    doc: () => ({ ...byId('rq-2'), number: 1 }),
    message: 'Problemstilling 1 finnes allerede.',
    path: ['number'],
  },
  {
    rule: 'an open registration has a link to its form',
    doc: () => {
      const doc = comingEvent();
      doc.registration = { ...doc.registration, status: 'open', opensAt: undefined, url: undefined };
      return doc;
    },
    message:
      'Legg inn påmeldingslenken. Uten den får besøkende ingen knapp for å melde seg på når påmeldingen er åpen.',
    path: ['registration', 'url'],
  },
  {
    rule: 'an opening date that has passed without the link is a reminder: the page says it opens soon, the build goes on',
    doc: () => {
      const doc = comingEvent();
      doc.registration = { ...doc.registration, status: 'notOpen', opensAt: '2001-10-01T08:00:00Z', url: undefined };
      return doc;
    },
    level: 'warning',
    message:
      'Påmeldingen skulle ha åpnet 1. oktober 2001, men påmeldingslenken mangler. Til du legger den inn, står det «Påmeldingen åpner snart» på siden, uten knapp for å melde seg på.',
    path: ['registration', 'url'],
  },
  ...(['event', 'conference'] as const).map((kind): Case => ({
    rule: `a coming ${kind} without a price is reminded of it: it is among the first things visitors ask`,
    doc: () => {
      const doc = kind === 'event' ? comingEvent() : comingConference();
      doc.registration = { ...doc.registration, price: undefined };
      return doc;
    },
    level: 'warning',
    message:
      'Skriv hva det koster å være med, eller 0 hvis det er gratis. Uten pris står det ingenting om det på siden, og det er noe av det første folk lurer på.',
    path: ['registration', 'price'],
  })),
  {
    rule: 'a price is whole kroner, 0 or more',
    doc: () => {
      const doc = comingEvent();
      doc.registration = { ...doc.registration, price: -150.5 };
      return doc;
    },
    message: 'Prisen må være et helt kronebeløp, for eksempel 1500, eller 0 hvis det er gratis.',
    path: ['registration', 'price'],
  },
  {
    rule: 'the note on the price is one short sentence',
    doc: () => {
      const doc = comingEvent();
      doc.registration = { ...doc.registration, priceNote: 'Lunsj er inkludert. '.repeat(7) };
      return doc;
    },
    message: '«Om prisen» kan være høyst 120 tegn: én kort setning.',
    path: ['registration', 'priceNote'],
  },
  {
    rule: '«Åpen» chosen by hand needs the link even before the opening date, so the build never stops for it later',
    doc: () => {
      const doc = comingEvent();
      doc.registration = { ...doc.registration, status: 'open', opensAt: '2998-10-01T08:00:00Z', url: undefined };
      return doc;
    },
    message:
      'Legg inn påmeldingslenken. Uten den får besøkende ingen knapp for å melde seg på når påmeldingen er åpen.',
    path: ['registration', 'url'],
  },
  {
    rule: 'a conference with every day full takes sign-ups for the waitlist, so the link is required',
    doc: () => {
      const doc = comingConference();
      doc.days = doc.days.map((day) => ({ ...day, status: 'waitlist' }));
      doc.registration = { ...doc.registration, status: 'open', opensAt: undefined, url: undefined };
      return doc;
    },
    message:
      'Legg inn påmeldingslenken. Uten den får besøkende ingen knapp for å melde seg på når påmeldingen er åpen.',
    path: ['registration', 'url'],
  },
  {
    rule: "a conference's «Fulltegnet – venteliste» while a day has room is refused: the site would call every day full",
    doc: () => {
      const doc = comingConference();
      doc.days = doc.days.map((day, index) => (index === 0 ? { ...day, status: 'waitlist' } : day));
      doc.registration = { ...doc.registration, status: 'waitlist' };
      return doc;
    },
    message:
      'Her gjelder «Fulltegnet – venteliste» hele konferansen: nettstedet sier da at alle dagene er fulle. Er bare én dag full, velger du det på den dagen under «Dager», og lar status her stå som «Åpen».',
    path: ['registration', 'status'],
  },
  {
    rule: 'a registration that opens later is reminded of its link, with the opening day in Oslo',
    doc: () => {
      const doc = comingEvent();
      // 23.30 on 30 September in UTC is 1 October in Oslo.
      doc.registration = { ...doc.registration, status: 'notOpen', opensAt: '2998-09-30T23:30:00Z', url: undefined };
      return doc;
    },
    level: 'warning',
    message:
      'Husk påmeldingslenken før påmeldingen åpner 1. oktober 2998. Til da står det på siden når den åpner. Mangler lenken da, står det «Påmeldingen åpner snart», uten knapp for å melde seg på.',
    path: ['registration', 'url'],
  },
  {
    rule: 'an event says whether one signs up, so the site need not guess',
    doc: () => ({ ...event(), registration: undefined }),
    // An object-typed field: its own rules are errors in the Studio, warnings in the CLI (dataset.ts).
    environment: 'studio',
    message:
      'Velg hva nettstedet skal si om påmelding, for eksempel «Ingen påmelding – åpent for alle» eller «Ikke åpnet ennå».',
    path: ['registration'],
  },
  {
    rule: 'a conference says whether one signs up',
    doc: () => ({ ...conference(), registration: undefined }),
    environment: 'studio',
    message:
      'Velg hva nettstedet skal si om påmelding, for eksempel «Ingen påmelding – åpent for alle» eller «Ikke åpnet ennå».',
    path: ['registration'],
  },
  {
    rule: 'the same research question cannot be chosen twice',
    doc: () => {
      const doc = byId('ru-hvem-deltar');
      const first = (doc.questions as Record<string, unknown>[])[0];
      doc.questions = [first, { ...first, _key: 'copy' }];
      return doc;
    },
    message: 'Den samme problemstillingen er valgt to ganger.',
  },
  {
    // «Pågår fortsatt» is ticked from the start; the site would show «fra 2024, pågår» and drop the end year.
    rule: 'an ongoing initiative has no end year',
    doc: () => ({ ...story(), period: { startYear: 2024, endYear: 2025, ongoing: true } }),
    message:
      'Tiltaket kan ikke både pågå og ha et sluttår. Er det over, fjern krysset ved «Pågår fortsatt». Pågår det, fjern «Til år».',
    path: ['period', 'ongoing'],
  },
  {
    rule: "a story's start year is a year with four digits",
    doc: () => ({ ...story(), period: { startYear: 221, ongoing: true } }),
    message: 'Skriv årstallet med fire sifre, for eksempel 2021.',
    path: ['period', 'startYear'],
  },
  {
    rule: "«Kort fortalt» is at most 600 characters: it is the story's box for those who want it short",
    doc: () => ({ ...story(), summary: 'Barna fikk prøve mange aktiviteter i høst. '.repeat(15) }),
    message: '«Kort fortalt» kan være høyst 600 tegn. Skriv det viktigste i to–tre korte setninger.',
    path: ['summary'],
  },
  {
    rule: "a research update's summary is at most 600 characters: it is the page's ingress and its card's text",
    doc: () => ({ ...byId('ru-levekar'), summary: 'Funnene viser at samarbeid gir flere aktiviteter. '.repeat(13) }),
    message: 'Sammendraget kan være høyst 600 tegn. Skriv det viktigste i to–tre korte setninger.',
    path: ['summary'],
  },
  {
    rule: "a talk's title over 90 characters is a warning: it may be a research question",
    doc: () =>
      pastConferenceWithFirstTitle(
        'Hvordan kan tettere samarbeid mellom frivillige organisasjoner og kommunen gi flere barn et fritidstilbud?',
      ),
    level: 'warning',
    message:
      'Titler over 90 tegn blir lange i programmet. Er det en problemstilling eller et sitat, kan den stå; ellers prøv å korte ned.',
    path: ['sessions', { _key: firstSessionKey() }, 'title'],
  },
  {
    rule: "a talk's title is at most 200 characters",
    doc: () => pastConferenceWithFirstTitle('Et langt innlegg om samarbeid. '.repeat(8)),
    message: 'Tittelen kan være høyst 200 tegn.',
    path: ['sessions', { _key: firstSessionKey() }, 'title'],
  },
  {
    rule: "a person's e-mail is an address",
    doc: () => ({ ...byId('person-programleder'), email: 'ingrid på jobben' }),
    message: /gyldig e-postadresse/i,
    path: ['email'],
  },
  {
    rule: 'the lead organisation is not also a partner',
    doc: () => {
      const doc = byId('project-bergen');
      const lead = doc.leadOrganisation as { _ref: string };
      doc.partners = [...((doc.partners as object[]) ?? []), { _type: 'reference', _ref: lead._ref, _key: 'lead' }];
      return doc;
    },
    message: 'Søkeren står allerede over. Fjern den fra samarbeidspartnerne.',
    path: ['partners'],
  },
  ...(['an empty list', 'no list'] as const).map((kind): Case => ({
    // The place's page then shows the programme's contacts, so this may be published, with a reminder.
    rule: `a collaboration project with ${kind} of contact persons gets a warning`,
    doc: () => {
      const doc = byId('project-bergen');
      if (kind === 'no list') delete doc.contacts;
      else doc.contacts = [];
      return doc;
    },
    level: 'warning',
    message:
      'Legg inn minst én kontaktperson. Uten den viser stedssiden kontaktene for samarbeidsprosjekter i stedet, og organisasjoner som vil være med, kan ikke spørre prosjektet direkte.',
    path: ['contacts'],
  })),
  {
    rule: 'a network day for more than the usual 100 gets a question',
    doc: () => {
      const doc = conference();
      const days = doc.days as Record<string, unknown>[];
      const network = days.findIndex((day) => day.kind === 'network');
      days[network] = { ...days[network], capacity: 1000 };
      return doc;
    },
    level: 'warning',
    message: 'Vanligvis er det plass til 100. Stemmer 1000?',
  },
  {
    rule: "a day's description is one or two sentences, not a page",
    doc: () => {
      const doc = conference();
      const days = doc.days as Record<string, unknown>[];
      days[0] = { ...days[0], description: 'Prosjektlederne møtes og lærer av hverandre. '.repeat(8) };
      return doc;
    },
    level: 'warning',
    message: 'Beskrivelsen står på dagens kort og bør være én eller to setninger, under 250 tegn. Prøv å korte ned.',
  },
  {
    rule: 'a session falls on one of the conference days, or the programme would leave it out',
    doc: () => {
      const doc = conference();
      const sessions = doc.sessions as Record<string, unknown>[];
      sessions[0] = { ...sessions[0], start: '2027-03-01T09:00:00Z', end: '2027-03-01T10:00:00Z' };
      return doc;
    },
    environment: 'studio',
    message: 'Programposten er ikke på noen av konferansedagene, og kommer ikke med i programmet. Sjekk datoen.',
  },
  {
    rule: 'a research update is picked on the one session where it was presented, not on two',
    doc: () => {
      const doc = conference();
      const sessions = doc.sessions as Record<string, unknown>[];
      const update = { _type: 'reference', _ref: 'ru-nabolagsbudsjett' };
      sessions[0] = { ...sessions[0], researchUpdate: update };
      sessions[1] = { ...sessions[1], researchUpdate: update };
      return doc;
    },
    environment: 'studio',
    level: 'warning',
    message:
      'Den samme forskningsoppdateringen er valgt i en annen programpost også. Velg den bare i programposten der den ble lagt fram.',
  },
  {
    rule: 'a research partner is a research organisation, whatever the picker was given',
    doc: () => ({ ...byId('ru-hvem-deltar'), partner: { _type: 'reference', _ref: 'org-bergen-fritidsnettverk' } }),
    message: /er ikke en forskningsorganisasjon/,
    path: ['partner'],
  },
  {
    rule: "a person's phone is digits and spaces, as the site settings' is",
    doc: () => ({ ...byId('person-programleder'), phone: 'ring meg' }),
    message: 'Skriv et telefonnummer med bare tall og mellomrom.',
    path: ['phone'],
  },
  {
    rule: 'links in text are never javascript:',
    doc: () => ({ ...story(), body: [linkBlock('javascript:alert(1)')] }),
    message: 'Lenken må begynne med https://, http://, mailto: eller tel:',
  },
  {
    rule: 'links in text are never data:',
    doc: () => ({ ...story(), body: [linkBlock('data:text/html,hei')] }),
    message: 'Lenken må begynne med https://, http://, mailto: eller tel:',
  },
  {
    rule: 'web address fields take http(s) only',
    doc: () => ({ ...byId('org-bergen-fritidsnettverk'), website: 'javascript:alert(1)' }),
    message: 'Adressen må begynne med https:// eller http://',
  },
  {
    rule: 'an activity-support amount above 50 000 is a warning to check that the limit was raised, not an error',
    // A draft: the published document's own amount is the limit the site shows (maxAmountRaisedValidation).
    doc: () => ({ ...activitySupport(), _id: 'drafts.activitySupport', maxAmount: 60000 }),
    level: 'warning',
    message:
      'Beløpet er høyere enn kr 50 000, som har vært grensen til nå. Stemmer det at grensen er hevet? Sjekk med programlederen for For Alle før du publiserer.',
    path: ['maxAmount'],
  },
  {
    rule: 'the activity-support amount is above 0',
    doc: () => ({ ...activitySupport(), maxAmount: 0 }),
    message: 'Maksbeløpet må være et helt kronebeløp over 0, for eksempel 50000.',
    path: ['maxAmount'],
  },
  {
    rule: 'the activity grant says whom the expenses are covered for, or the list reads as general club funding',
    doc: () => ({ ...activitySupport(), expensesFor: undefined }),
    level: 'warning',
    message:
      'Skriv hvem utgiftene dekkes for, for eksempel «barn og unge som ikke har råd til å være med». Uten det ser støtten ut som vanlig driftsstøtte til laget.',
    path: ['expensesFor'],
  },
  {
    rule: 'a point under «Før dere søker» is listed once',
    doc: () => ({ ...activitySupport(), beforeApplying: ['Antall medlemmer', 'Antall medlemmer'] }),
    message: 'Det samme punktet står to ganger.',
    path: ['beforeApplying', 0],
  },
  {
    // A warning: the page says the link is coming, and an error would block every other change to the grant.
    rule: 'an open application round without the link to the application form reminds the editor, without blocking',
    doc: () => ({ ...activitySupport(), applyUrl: undefined, rounds: [closedRound, openRound] }),
    message:
      '«Runden som er åpen» er åpen, men lenken til søknadsskjemaet mangler. Til den er lagt inn, står det på siden at lenken kommer, og lagene får ingen knapp for å søke.',
    path: ['applyUrl'],
    level: 'warning',
  },
  {
    rule: 'an application round still to come reminds the editor of the link, without blocking publication',
    doc: () => ({ ...activitySupport(), applyUrl: undefined, rounds: [closedRound, upcomingRound] }),
    message:
      'Husk lenken til søknadsskjemaet før «Runden som kommer» åpner. Til da står det på siden at lenken kommer.',
    path: ['applyUrl'],
    level: 'warning',
  },
  {
    rule: 'an application round that is not past needs its opening day',
    doc: () => ({ ...activitySupport(), rounds: [{ ...upcomingRound, opensAt: undefined }] }),
    message:
      'Velg dagen runden åpner. Uten dato regnes runden som åpen fra den publiseres. Skal den åpne med en gang, velg dagens dato.',
    path: ['rounds', { _key: 'upcoming' }, 'opensAt'],
  },
  {
    rule: 'the amount typed as a key fact on the activity-support pillar is a warning: the page shows it from the grant',
    doc: () => {
      const doc = byId('pillar-aktivitetsstotte');
      doc.keyFacts = [
        ...(doc.keyFacts as object[]),
        { _type: 'keyFact', _key: 'typed', value: 'kr 50 000', label: 'som mest' },
      ];
      return doc;
    },
    level: 'warning',
    message:
      'Maksbeløpet vises allerede som første nøkkeltall, hentet fra «Maksbeløp (kr)» under «Aktivitetsstøtte – søknadsrunder og vilkår». Fjern beløpet her, så det bare står ett sted.',
    path: ['keyFacts', { _key: 'typed' }, 'value'],
  },
  ...(
    [
      ['8 byer', 'med pågående samarbeidsprosjekt'],
      ['5', 'områder i prosess mot mulig etablering'],
    ] as const
  ).map(([value, label]): Case => ({
    rule: `a typed count of places («${value} ${label}») on Samarbeidsprosjekter is a warning: the page counts them`,
    doc: () => {
      const doc = byId('pillar-samarbeidsprosjekter');
      doc.keyFacts = [...(doc.keyFacts as object[]), { _type: 'keyFact', _key: 'typed', value, label }];
      return doc;
    },
    level: 'warning',
    message:
      'Antallet byer og områder står allerede som de første nøkkeltallene, talt opp fra stedene med aktivt samarbeidsprosjekt og fra «Områder der et samarbeidsprosjekt kan komme» i Innstillinger. Fjern det her, så det ikke blir stående feil når et nytt sted kommer til.',
    path: ['keyFacts', { _key: 'typed' }, 'value'],
  })),
  {
    rule: 'capacity is at least 1',
    doc: () => ({ ...event(), capacity: 0 }),
    message: 'Antall plasser må være et helt tall, minst 1, eller tomt.',
    path: ['capacity'],
  },
  {
    rule: 'capacity is a whole number',
    doc: () => ({ ...event(), capacity: 12.5 }),
    message: 'Antall plasser må være et helt tall, minst 1, eller tomt.',
  },
  {
    rule: 'a title is at most 90 characters',
    doc: () => ({ ...story(), title: 'Lang tittel '.repeat(8) }),
    message: 'Tittelen kan være høyst 90 tegn.',
    path: ['title'],
  },
  {
    rule: 'a title over 70 characters gets a warning',
    doc: () => ({ ...story(), title: 'En tittel som er litt for lang for lister og søkeresultater på nettstedet' }),
    level: 'warning',
    message: 'Titler over 70 tegn blir lange i lister og søkeresultater. Prøv å korte ned.',
  },
  {
    rule: 'an ingress over 300 characters gets a warning',
    doc: () => ({ ...story(), ingress: 'Dette er en ingress som er altfor lang. '.repeat(8) }),
    level: 'warning',
    message: 'Ingressen bør være under 300 tegn, så den er lett å lese.',
  },
  {
    rule: 'a title is required',
    doc: () => ({ ...story(), title: undefined }),
    message: 'Skriv en tittel.',
  },
  {
    rule: 'a story has a place',
    doc: () => ({ ...story(), place: undefined }),
    message: 'Feltet må fylles ut.',
    path: ['place'],
  },
  {
    rule: 'a published story has «Publisert» (an import or an API write has no «Publiser» to fill it in)',
    doc: () => ({ ...story(), publishedAt: undefined }),
    message:
      'Velg datoen som skal stå på nettstedet. Den fylles bare ut av seg selv når du trykker «Publiser» på et utkast, ikke når dokumentet publiseres med en utgivelse eller en planlagt publisering.',
    path: ['publishedAt'],
  },
  {
    rule: 'a story in a release or a scheduled draft has «Publisert»: it is published without «Publiser»',
    doc: () => ({ ...story(), _id: 'versions.rSpring.story-bergen-utstyrsbanken', publishedAt: undefined }),
    message:
      'Velg datoen som skal stå på nettstedet. Den fylles bare ut av seg selv når du trykker «Publiser» på et utkast, ikke når dokumentet publiseres med en utgivelse eller en planlagt publisering.',
    path: ['publishedAt'],
  },
  {
    rule: 'a research update in a release has its date',
    doc: () => ({ ...byId('ru-levekar'), _id: 'versions.rSpring.ru-levekar', date: undefined }),
    message:
      'Velg datoen som skal stå på nettstedet. Den fylles bare ut av seg selv når du trykker «Publiser» på et utkast, ikke når dokumentet publiseres med en utgivelse eller en planlagt publisering.',
    path: ['date'],
  },
  {
    rule: 'a story dated more than a day ahead gets a warning: it would stand first, dated ahead, until then',
    doc: () => ({ ...story(), _id: 'drafts.story-bergen-utstyrsbanken', publishedAt: '2999-06-01T08:00:00Z' }),
    level: 'warning',
    message:
      'Datoen er mer enn en dag fram i tid. Historien vises likevel på nettstedet så snart den er publisert, med denne datoen, og står først i listene til da. Er datoen feil, rett den. Skal historien ut en senere dag, bruk «Planlegg publisering» (pila ved «Publiser»), eller vent og publiser den den dagen med dagens dato.',
    path: ['publishedAt'],
  },
  {
    rule: 'a research update dated more than a day ahead gets the same warning, about the update',
    doc: () => ({ ...byId('ru-levekar'), date: '2999-06-01' }),
    level: 'warning',
    message:
      'Datoen er mer enn en dag fram i tid. Oppdateringen vises likevel på nettstedet så snart den er publisert, med denne datoen, og står først i listene til da. Er datoen feil, rett den. Skal oppdateringen ut en senere dag, bruk «Planlegg publisering» (pila ved «Publiser»), eller vent og publiser den den dagen med dagens dato.',
    path: ['date'],
  },
  {
    rule: 'a menu item has either a page or an address',
    doc: () => {
      const doc = byId('siteSettings');
      const items = doc.mainNavigation as Record<string, unknown>[];
      items[0] = { ...items[0], href: '/historier' };
      return doc;
    },
    message: 'Velg enten en side å lenke til eller skriv en adresse – ikke begge.',
  },
  {
    rule: 'the number of areas on the way to a collaboration project is a whole number of at least one',
    doc: () => ({ ...byId('siteSettings'), areasInProcess: 2.5 }),
    message: 'Skriv antallet områder som et helt tall, for eksempel 5, eller la feltet stå tomt.',
    path: ['areasInProcess'],
  },
  {
    rule: 'no areas on the way is an empty field, not zero',
    doc: () => ({ ...byId('siteSettings'), areasInProcess: 0 }),
    message: 'Skriv antallet områder som et helt tall, for eksempel 5, eller la feltet stå tomt.',
    path: ['areasInProcess'],
  },
];

describe('validation rules', () => {
  test.each(cases.map((c) => [c.rule, c] as const))('%s', async (_rule, c) => {
    const markers = await validate(c.doc(), dataset, c.environment);
    const level = c.level ?? 'error';
    const hit = markers.find(
      (marker) =>
        marker.level === level &&
        (typeof c.message === 'string' ? marker.message === c.message : c.message.test(marker.message)),
    );
    expect(hit, JSON.stringify(markers, null, 1)).toBeDefined();
    if (c.path) expect(hit?.path).toEqual(c.path);
  });

  // The map showed «Vi snakker med ett område» beside two white dots when the number was not raised with the places.
  test('a number of areas below the places «Under etablering» is a warning, and the count of all areas is not', async () => {
    const settings = byId('siteSettings');
    const low = await validate({ ...settings, areasInProcess: 1 }, dataset);
    expect(low.map((marker) => [marker.level, marker.message, marker.path])).toEqual([
      [
        'warning',
        'Tallet er 1, men 2 steder har status «Under etablering», så nettstedet sier 2 områder. Skriv hvor mange områder For Alle snakker med i alt, også dem som ikke er lagt inn som steder.',
        ['areasInProcess'],
      ],
    ]);
    expect(await validate({ ...settings, areasInProcess: 5 }, dataset)).toEqual([]);
    expect(messagesOf(await validate({ ...settings, areasInProcess: undefined }, dataset))).toEqual([
      'Feltet er tomt, men 2 steder har status «Under etablering», så nettstedet sier 2 områder. Skriv hvor mange områder For Alle snakker med i alt, også dem som ikke er lagt inn som steder.',
    ]);
  });

  test('a place whose draft leaves or enters «Under etablering» reminds the editor of the number of areas', async () => {
    const sandnes = byId('place-sandnes');
    expect(sandnes.status).toBe('establishing');
    const started = messagesOf(await validate({ ...sandnes, _id: 'drafts.place-sandnes', status: 'active' }, dataset));
    expect(started).toContain(
      'Husk å sette ned tallet i «Områder der et samarbeidsprosjekt kan komme» i Innstillinger med én: Sandnes telles nå blant byene med samarbeidsprosjekt, ikke blant områdene der et prosjekt kan komme.',
    );
    // Talks that led nowhere count out of the areas too.
    const other = messagesOf(await validate({ ...sandnes, _id: 'drafts.place-sandnes', status: 'other' }, dataset));
    expect(other).toContain(
      'Husk å sette ned tallet i «Områder der et samarbeidsprosjekt kan komme» i Innstillinger med én: Sandnes er ikke lenger blant områdene der et prosjekt kan komme.',
    );
    const added = {
      ...sandnes,
      _id: 'drafts.place-tromso',
      name: 'Tromsø',
      slug: { _type: 'slug', current: 'tromso' },
    };
    expect(messagesOf(await validate(added, dataset))).toContain(
      'Sjekk at tallet i «Områder der et samarbeidsprosjekt kan komme» i Innstillinger teller med Tromsø. Var det ikke med der fra før, sett tallet opp med én.',
    );
    // Nothing changed: no reminder.
    expect(await validate(sandnes, dataset)).toEqual([]);
    expect(await validate({ ...sandnes, _id: 'drafts.place-sandnes', ingress: 'Ny ingress.' }, dataset)).toEqual([]);
  });

  // A link pasted without https://, or with spaces in it, got Sanity's «Ikke en gyldig URL» as an error and a warning
  // beside ours, or ours alone saying it must begin with https:// when it did.
  test('a mistyped link gets one message that names the fault, in text and in a web address field', async () => {
    const markersFor = async (doc: Doc, field: string) =>
      (await validate(doc, dataset, 'studio'))
        .filter((marker) => marker.path.some((segment) => segment === field))
        .map((marker) => [marker.level, marker.message]);
    const inText = (href: string) => markersFor({ ...story(), body: [linkBlock(href)] }, 'href');
    expect(await inText('www.example.no')).toEqual([
      ['error', 'Skriv https:// foran adressen: https://www.example.no'],
    ]);
    expect(await inText('https://www.sandnes.kommune.no/barn og unge')).toEqual([
      [
        'error',
        'Lenken har mellomrom i seg. Kopier den på nytt fra adressefeltet i nettleseren, der mellomrom står som %20.',
      ],
    ]);
    expect(await inText('HTTPS://EXAMPLE.NO/side')).toEqual([]);
    // An address or a number without its scheme is told which to write.
    expect(await inText('kari@example.no')).toEqual([
      ['error', 'Skriv mailto: foran e-postadressen: mailto:kari@example.no'],
    ]);
    expect(await inText('+47 51 00 00 00')).toEqual([
      ['error', 'Skriv tel: foran nummeret, uten mellomrom: tel:+4751000000'],
    ]);
    // A no-break space or a byte-order mark pasted before the address: the site and the content guard would refuse it
    // (browsers strip only ASCII spaces), so the Studio must too.
    const invisible = [
      'error',
      'Lenken har et usynlig tegn først eller sist, ofte når den er kopiert fra Word eller en e-post. Slett lenken og lim den inn på nytt fra adressefeltet i nettleseren, eller skriv den.',
    ];
    expect(await inText('\u00a0https://www.example.no/')).toEqual([invisible]);
    expect(await inText('\ufeffhttps://www.example.no/')).toEqual([invisible]);
    const signUp = (url: string) => {
      const doc = comingEvent();
      return markersFor({ ...doc, registration: { ...doc.registration, url } }, 'url');
    };
    expect(await signUp('www.skjema.no')).toEqual([['error', 'Skriv https:// foran adressen: https://www.skjema.no']]);
    expect(await signUp('ftp://skjema.no/fil')).toEqual([['error', 'Adressen må begynne med https:// eller http://']]);
    expect(await signUp('\u00a0https://www.skjema.no')).toEqual([invisible]);
    expect(await signUp('kari@example.no')).toEqual([
      ['error', 'Dette er en e-postadresse. Feltet trenger en nettadresse som begynner med https://.'],
    ]);
    const website = (url: string) => markersFor({ ...byId('org-bergen-fritidsnettverk'), website: url }, 'website');
    expect(await website('fritidsnettverk.no')).toEqual([
      ['error', 'Skriv https:// foran adressen: https://fritidsnettverk.no'],
    ]);
    expect(await website('https://fritidsnettverk.no')).toEqual([]);
  });

  // Slides with a video in them: Cloudflare Pages refuses to deploy a file over 25 MiB, and with it the whole site.
  test('a file larger than the site can serve is refused with its size, and one within it passes', async () => {
    const asset = (_id: string, size: number): Doc => ({
      _id,
      _type: 'sanity.fileAsset',
      _createdAt: '2026-11-01T10:00:00Z',
      _updatedAt: '2026-11-01T10:00:00Z',
      _rev: 'r1',
      size,
    });
    const large = asset(`file-${'c'.repeat(40)}-pptx`, 42_150_000);
    const small = asset(`file-${'d'.repeat(40)}-pdf`, 2_000_000);
    const withReport = (asset: Doc) => ({
      ...byId('ru-nabolagsbudsjett'),
      report: { file: { _type: 'file', asset: { _type: 'reference', _ref: asset._id } } },
    });
    const markers = await validate(withReport(large), [...dataset, large, small], 'studio');
    expect(markers).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message:
          'Filen er 40,2 MB. Nettstedet kan ikke publisere filer over 25 MB. Lagre den som PDF, eller gjør den mindre (for eksempel uten video), og last den opp på nytt.',
        path: ['report', 'file'],
      }),
    );
    expect(await validate(withReport(small), [...dataset, large, small], 'studio')).toEqual([]);
  });

  test('a publishing date within a day, or in a release or a scheduled draft, gets no warning about the date', async () => {
    const hours = (count: number) => new Date(Date.now() + count * 3600 * 1000);
    const ahead = [
      'Datoen er mer enn en dag fram i tid. Historien vises likevel på nettstedet så snart den er publisert, med denne datoen, og står først i listene til da. Er datoen feil, rett den. Skal historien ut en senere dag, bruk «Planlegg publisering» (pila ved «Publiser»), eller vent og publiser den den dagen med dagens dato.',
      'Datoen er mer enn en dag fram i tid. Oppdateringen vises likevel på nettstedet så snart den er publisert, med denne datoen, og står først i listene til da. Er datoen feil, rett den. Skal oppdateringen ut en senere dag, bruk «Planlegg publisering» (pila ved «Publiser»), eller vent og publiser den den dagen med dagens dato.',
    ];
    const documents = [
      { ...story(), _id: 'drafts.story-bergen-utstyrsbanken', publishedAt: hours(20).toISOString() },
      // Tomorrow's date, whatever the hour in Oslo.
      { ...byId('ru-levekar'), date: osloDay(hours(24)) },
      // A release or a scheduled draft carries the day it is planned for.
      { ...story(), _id: 'versions.rSpring.story-bergen-utstyrsbanken', publishedAt: '2999-06-01T08:00:00Z' },
      { ...byId('ru-levekar'), _id: 'versions.rSpring.ru-levekar', date: '2999-06-01' },
    ];
    for (const doc of documents) {
      const markers = await validate(doc as Doc, dataset);
      expect(
        messagesOf(markers).filter((message) => ahead.includes(message)),
        doc._id,
      ).toEqual([]);
    }
  });

  test('with «Ingen påmelding» the hidden dates and link are neither needed nor checked', async () => {
    const doc = event();
    // A sign-up the editor gave up on: a closing time after the start, no link, and then no sign-up at all.
    doc.registration = { ...(doc.registration as object), status: 'none', url: undefined, closesAt: doc.end };
    expect(await validate(doc, dataset, 'studio')).toEqual([]);
  });

  test.each([
    ['an event', comingEvent],
    ['a conference', comingConference],
  ] as const)(
    '%s can announce when registration opens before the form exists: a reminder, no error',
    async (_kind, coming) => {
      const doc = coming();
      doc.registration = { ...doc.registration, status: 'notOpen', opensAt: '2998-10-01T08:00:00Z', url: undefined };
      const markers = await validate(doc, dataset, 'studio');
      expect(markers.filter((marker) => marker.level === 'error')).toEqual([]);
      expect(messagesOf(markers)).toContain(
        'Husk påmeldingslenken før påmeldingen åpner 1. oktober 2998. Til da står det på siden når den åpner. Mangler lenken da, står det «Påmeldingen åpner snart», uten knapp for å melde seg på.',
      );
    },
  );

  test('a registration with its link, or one that is over, gets no reminder', async () => {
    const withLink = comingEvent();
    withLink.registration = { ...withLink.registration, status: 'notOpen', opensAt: '2998-10-01T08:00:00Z' };
    expect(await validate(withLink, dataset, 'studio')).toEqual([]);
    // Sign-ups for an event that is over are closed whatever the status says: the page offers no button.
    const over: Doc = {
      ...event(),
      start: '2001-02-16T11:00:00Z',
      end: '2001-02-16T15:00:00Z',
      registration: { _type: 'registration', status: 'open', opensAt: '2001-01-22T08:00:00Z' },
    };
    expect(messagesOf(await validate(over, dataset, 'studio'))).not.toContainEqual(
      expect.stringMatching(/påmeldingslenken/),
    );
  });

  test('an event that is over or cancelled needs no price, and a price of 0 (free) is a price', async () => {
    const over: Doc = { ...event(), start: '2001-02-16T11:00:00Z', end: '2001-02-16T15:00:00Z' };
    over.registration = { ...(over.registration as object), price: undefined };
    expect(messagesOf(await validate(over, dataset, 'studio'))).not.toContainEqual(expect.stringMatching(/koster/));
    const free = comingEvent();
    free.registration = { ...free.registration, price: 0 };
    expect(await validate(free, dataset, 'studio')).toEqual([]);
    // A cancelled event shows no registration box, so nothing asks for its price.
    const cancelled = { ...comingEvent(), cancelled: true };
    cancelled.registration = { ...cancelled.registration, price: undefined };
    expect(messagesOf(await validate(cancelled, dataset, 'studio'))).not.toContainEqual(
      expect.stringMatching(/koster/),
    );
  });

  // The editors' guide says the registration fields may stay as they are when an event is cancelled.
  test('a cancelled event needs no sign-up link, open by its status or by its date', async () => {
    for (const registration of [
      { status: 'open', opensAt: undefined },
      { status: 'notOpen', opensAt: '2998-10-01T08:00:00Z' },
      { status: 'notOpen', opensAt: '2001-10-01T08:00:00Z' },
    ]) {
      const cancelled = { ...comingEvent(), cancelled: true };
      cancelled.registration = { ...cancelled.registration, ...registration, url: undefined };
      expect(await validate(cancelled, dataset, 'studio'), registration.status).toEqual([]);
      // Not cancelled, the same registration is stopped or reminded.
      expect(await validate({ ...cancelled, cancelled: false }, dataset, 'studio')).not.toEqual([]);
    }
  });

  test("a conference's «Fulltegnet – venteliste» with every day full is what the days say already: fine", async () => {
    const doc = comingConference();
    doc.days = doc.days.map((day) => ({ ...day, status: 'waitlist' }));
    doc.registration = {
      ...doc.registration,
      status: 'waitlist',
      opensAt: '2001-10-01T08:00:00Z',
      closesAt: undefined,
    };
    expect(await validate(doc, dataset, 'studio')).toEqual([]);
  });

  test('a raised activity-support amount can be published: the warning is the only remark', async () => {
    const markers = await validate({ ...activitySupport(), _id: 'drafts.activitySupport', maxAmount: 75000 }, dataset);
    expect(markers.map((marker) => [marker.level, marker.message])).toEqual([
      [
        'warning',
        'Beløpet er høyere enn kr 50 000, som har vært grensen til nå. Stemmer det at grensen er hevet? Sjekk med programlederen for For Alle før du publiserer.',
      ],
    ]);
  });

  // A warning that stayed for good would teach editors to overlook yellow messages.
  test('once the raised amount is published, it is the limit: no warning, until a draft raises it again', async () => {
    const published = { ...activitySupport(), maxAmount: 60000 };
    const withPublished = [...dataset.filter((doc) => doc._id !== 'activitySupport'), published];
    expect(await validate(published, withPublished)).toEqual([]);
    expect(
      await validate(
        { ...published, _id: 'drafts.activitySupport', expensesFor: 'barn og unge som ikke har råd' },
        withPublished,
      ),
    ).toEqual([]);
    const raised = await validate({ ...published, _id: 'drafts.activitySupport', maxAmount: 75000 }, withPublished);
    expect(messagesOf(raised)).toEqual([
      expect.stringMatching(/^Beløpet er høyere enn kr 60 000, som har vært grensen til nå/),
    ]);
  });

  test('past rounds need neither the link to the form nor an opening day', async () => {
    const past = { ...closedRound, opensAt: undefined };
    expect(await validate({ ...activitySupport(), applyUrl: undefined, rounds: [past] }, dataset)).toEqual([]);
  });

  test('with the link to the form, open and coming rounds are fine', async () => {
    expect(await validate({ ...activitySupport(), rounds: [closedRound, openRound, upcomingRound] }, dataset)).toEqual(
      [],
    );
  });

  test("a key fact on another pillar may name an amount: only the activity support's comes from its field", async () => {
    const doc = byId('pillar-samarbeidsprosjekter');
    doc.keyFacts = [{ _type: 'keyFact', _key: 'typed', value: 'kr 2 mill.', label: 'til prosjektene i år' }];
    expect(await validate(doc, dataset)).toEqual([]);
  });

  // «Om For Alle» says «sju byer» and «fem områder» in plain text; it must be corrected by hand when a city joins.
  test('a typed count of cities in a page is a warning once another place becomes active', async () => {
    const about = byId('page-om');
    expect(await validate(about, dataset)).toEqual([]);
    const eighth = { ...byId('place-sandnes'), status: 'active' };
    const markers = await validate(about, [...dataset.filter((doc) => doc._id !== 'place-sandnes'), eighth]);
    expect(markers).toEqual([
      expect.objectContaining({
        level: 'warning',
        message:
          'Teksten sier «sju byer», men 8 steder har status «Aktivt samarbeidsprosjekt». Rett tallet, og listen over byene hvis teksten har en.',
        path: ['body'],
      }),
    ]);
  });

  test('a typed count of areas in a pillar is a warning when the settings say otherwise', async () => {
    const pillar = byId('pillar-samarbeidsprosjekter');
    const block = {
      _type: 'block',
      _key: 'n',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: 's', text: 'I fem områder til pågår det en prosess.', marks: [] }],
    };
    pillar.body = [...(pillar.body as object[]), block];
    expect(await validate(pillar, dataset)).toEqual([]);
    const settings = { ...byId('siteSettings'), areasInProcess: 4 };
    const markers = await validate(pillar, [...dataset.filter((doc) => doc._id !== 'siteSettings'), settings]);
    expect(markers).toEqual([
      expect.objectContaining({
        level: 'warning',
        message:
          'Teksten sier «fem områder», men kartet og nøkkeltallene sier 4. Tallet kommer fra «Områder der et samarbeidsprosjekt kan komme» i Innstillinger. Rett tallet her eller i Innstillinger.',
        path: ['body'],
      }),
    ]);
  });

  // The map counts a place by its own status; the place's page shows its project's. Editors set the two apart.
  test('a place still «Under etablering» whose project is running is a warning on both', async () => {
    const sandnes = { ...byId('place-sandnes') };
    expect(await validate(sandnes, dataset)).toEqual([]);
    const project: Doc = {
      ...byId('project-bergen'),
      _id: 'project-sandnes',
      title: 'For Alle Sandnes',
      place: { _type: 'reference', _ref: 'place-sandnes' },
    };
    const withProject = [...dataset, project];
    const warning = expect.objectContaining({
      level: 'warning',
      message: placeStatusMismatchMessage('establishingWithRunningProject', 'Sandnes'),
      path: ['status'],
    });
    expect(await validate(sandnes, withProject)).toEqual([warning]);
    expect(await validate(project, withProject)).toEqual([warning]);
    // Setting either side right takes the warning away.
    expect(await validate({ ...project, status: 'establishing' }, withProject)).toEqual([]);
  });

  test('an active place whose only project has ended is a warning, until the place is «Tidligere samarbeidsprosjekt»', async () => {
    const ended = { ...byId('project-bergen'), status: 'ended' };
    const withEnded = [...dataset.filter((doc) => doc._id !== 'project-bergen'), ended];
    const markers = await validate(ended, withEnded);
    expect(markers).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: placeStatusMismatchMessage('activeWithEndedProjects', 'Bergen'),
        path: ['status'],
      }),
    ]);
    expect(await validate(byId('place-bergen'), dataset)).toEqual([]);
    const bergenEnded = { ...byId('place-bergen'), status: 'ended' };
    const bothEnded = [...withEnded.filter((doc) => doc._id !== 'place-bergen'), bergenEnded];
    expect(await validate(bergenEnded, bothEnded)).toEqual([]);
    // A place set to «Tidligere» while its project still runs is a warning too.
    expect(await validate(bergenEnded, [...dataset.filter((doc) => doc._id !== 'place-bergen'), bergenEnded])).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: placeStatusMismatchMessage('endedWithOpenProject', 'Bergen'),
      }),
    ]);
  });

  // A story or an event needs a place; a town with an inclusion project only was put on the map as a project.
  test('a place with stories or events only is «Annet sted», fine without a project and a warning with one', async () => {
    const tromso = {
      ...byId('place-sandnes'),
      _id: 'place-tromso',
      name: 'Tromsø',
      slug: { _type: 'slug', current: 'tromso' },
      status: 'other',
      isSample: false,
    };
    expect(await validate(tromso, [...dataset, tromso])).toEqual([]);
    const project = {
      ...byId('project-bergen'),
      _id: 'project-tromso',
      place: { _type: 'reference', _ref: tromso._id },
    };
    expect(await validate(tromso, [...dataset, tromso, project])).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: placeStatusMismatchMessage('otherWithProject', 'Tromsø'),
        path: ['status'],
      }),
    ]);
  });

  test('a key fact with a number that counts something else than places is fine on Samarbeidsprosjekter', async () => {
    const doc = byId('pillar-samarbeidsprosjekter');
    doc.keyFacts = [{ _type: 'keyFact', _key: 'typed', value: '300 deltakere', label: 'på konferansen i byene' }];
    expect(await validate(doc, dataset)).toEqual([]);
  });

  test('a passage marked as English is fine', async () => {
    expect(await validate({ ...story(), body: [languageBlock('en')] }, dataset)).toEqual([]);
  });

  test('an image field left empty asks for no confirmation', async () => {
    expect(await validate({ ...story(), mainImage: { _type: 'figure', decorative: false } }, dataset)).toEqual([]);
  });

  test('a decorative figure needs no alt text', async () => {
    const doc = story();
    doc.mainImage = { ...(doc.mainImage as object), alt: undefined, decorative: true };
    expect(await validate(doc, dataset)).toEqual([]);
  });

  test.each(['https://www.example.no/side', 'http://example.no', 'mailto:kontakt@example.no', 'tel:+4751000000'])(
    'a link to %s is accepted',
    async (href) => {
      expect(await validate({ ...story(), body: [linkBlock(href)] }, dataset)).toEqual([]);
    },
  );

  test('a duplicate slug is at least a warning in the CLI environment too', async () => {
    const markers = await validate({ ...story(), _id: 'story-copy' }, dataset, 'cli');
    expect(markers.map((m) => m.message)).toContainEqual(slugTaken(story()));
  });

  test('a duplicate slug is named once, as an error', async () => {
    const markers = await validate({ ...story(), _id: 'story-copy' }, dataset, 'studio');
    const duplicate = markers.filter((marker) => marker.message === slugTaken(story()));
    expect(duplicate.map((marker) => marker.level)).toEqual(['error']);
  });

  test('a draft that was never published can change its slug without a warning', async () => {
    const draft = dataset.find((doc) => doc._id === 'drafts.story-utkast-oslo') as Doc;
    expect(dataset.some((doc) => doc._id === 'story-utkast-oslo')).toBe(false);
    expect(await validate({ ...draft, slug: { _type: 'slug', current: 'ny-adresse' } }, dataset, 'studio')).toEqual([]);
  });

  test('a draft that keeps the published slug gets no warning', async () => {
    const draft = { ...story(), _id: 'drafts.story-bergen-utstyrsbanken', title: 'Ny tittel' };
    expect(await validate(draft, dataset, 'studio')).toEqual([]);
  });

  test('the same slug on another document type is fine', async () => {
    const doc = { ...byId('page-om'), slug: { _type: 'slug', current: 'utstyrsbanken-i-bergen' } };
    expect(await validate(doc, dataset)).toEqual([]);
  });

  test("a pillar's draft does not clash with its own published place in the menus", async () => {
    const draft = { ...byId('pillar-forskning'), _id: 'drafts.pillar-forskning' };
    expect(await validate(draft, dataset)).toEqual([]);
  });

  test("a conference's version in a release does not clash with its own published year", async () => {
    const version = { ...conference(), _id: 'versions.rXmas.conference-2027' };
    expect(messagesOf(await validate(version, [...dataset, version]))).not.toContain(
      'Det finnes allerede en konferanse for 2027.',
    );
  });

  test('a reference to a document that is only a draft stops publishing, naming the draft', async () => {
    const draftPlace = { ...byId('place-bergen'), _id: 'drafts.place-sandnes', name: 'Sandnes' };
    const doc = {
      ...story(),
      place: { _type: 'reference', _ref: 'place-sandnes', _weak: true, _strengthenOnPublish: { type: 'place' } },
    };
    const markers = await validate(doc, [...dataset, draftPlace], 'studio');
    expect(markers).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: '«Sandnes» er ikke publisert ennå. Publiser det først, ellers mangler det på nettstedet.',
        path: ['place'],
      }),
    );
    // Once the place is published, the Studio makes the reference an ordinary one, and all is well.
    expect(await validate({ ...doc, place: { _type: 'reference', _ref: 'place-bergen' } }, dataset)).toEqual([]);
  });

  test.each([
    ['a story', 'story-bergen-utstyrsbanken', 'publishedAt'],
    ['a research update', 'ru-levekar', 'date'],
  ])('a draft of %s may leave the date empty: «Publiser» fills it in', async (_, id, field) => {
    const draft = { ...byId(id), _id: `drafts.${id}`, [field]: undefined };
    expect(await validate(draft, dataset)).toEqual([]);
  });

  // Sanity validates a hidden field too: the portrait stays in view, with a warning, until it is removed.
  test('a shared address that still has a portrait is told to remove it, on the portrait field', async () => {
    const person = byId('person-forsker');
    expect(person.photo).toBeTruthy();
    expect(await validate(person, dataset)).toEqual([]);
    expect(await validate({ ...person, isSharedAddress: true }, dataset)).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: 'Nettstedet viser ikke portrett for en felles adresse. Fjern bildet, så forsvinner feltet.',
        path: ['photo'],
      }),
    );
    expect(await validate({ ...person, isSharedAddress: true, photo: undefined }, dataset)).toEqual([]);
  });

  test('a draft does not clash with its own published document', async () => {
    const draft = dataset.find((doc) => doc._id === 'drafts.story-bergen-utstyrsbanken') as Doc;
    expect(await validate(draft, dataset)).toEqual([]);
  });
});

// «Generer» in the slug field must make an address the site can use from any Norwegian title.
describe('slugify', () => {
  test.each([
    ['Møte på Bryne – 2027', 'mote-pa-bryne-2027'],
    ['Ærlig talt: «Fritid for alle»!', 'aerlig-talt-fritid-for-alle'],
    ['  Café Økern  ', 'cafe-okern'],
    ['Konferansen 2027 (Stavanger)', 'konferansen-2027-stavanger'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slugPattern.test(slugify(title))).toBe(true);
  });

  test('cuts a long title at a word boundary of at most 96 characters, with no hyphen at the end', () => {
    const slug = slugify('Samarbeid om fritid '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slugPattern.test(slug)).toBe(true);
  });
});
