/**
 * Shared validation rules and their Norwegian messages. Every rule an editor meets is written once
 * here, so the message text is the same everywhere and the tests can name it; the rules the build's content guard
 * applies too are written in content-rules.ts, and their messages are part of `messages`.
 * Rules: https://www.sanity.io/docs/studio/validation
 */
import type {
  CustomValidator,
  SlugValue,
  DatetimeRule,
  FileRule,
  NumberRule,
  Path,
  StringRule,
  UrlRule,
  ValidationContext,
  ValidationError,
} from 'sanity';
import { getDraftId, getPublishedId, isVersionId } from '@sanity/client/csm';
import { apiVersion } from '@for-alle/shared/api-version';
import {
  endsAfterStart,
  fileAssetExtension,
  isDownloadableExtension,
  mapNameLength,
  maxFileBytes,
  ruleMessages,
} from '@for-alle/shared/content-rules';
import { areasBelowPlaces } from '@for-alle/shared/areas-in-process';
import { areasInProcessTitle } from '@for-alle/shared/areas-in-process-title';
import { formatDate } from '@for-alle/shared/dates';
import { documentPath } from '@for-alle/shared/document-path';
import { researchOrganisationKind } from '@for-alle/shared/options';
import { placeStatusMismatch, placeStatusMismatchMessage } from '@for-alle/shared/place-status';
import { publishDateAhead, publishDateAheadMessage } from '@for-alle/shared/publish-date-ahead';
import { blocksText, wrongTypedCounts } from '@for-alle/shared/typed-counts';
import { hasPublishDate, mayLackPublishDate } from './publish-date.ts';
import { safeHref } from '@for-alle/shared/safe-url';
import type {
  DraftNamesQueryResult,
  EstablishingPlacesQueryResult,
  FileSizeQueryResult,
  MaxAmountAtIdQueryResult,
  OrganisationNameAndKindQueryResult,
  PlaceAndOtherProjectStatusesQueryResult,
  PlaceCountsQueryResult,
  ProjectStatusesAtPlaceQueryResult,
  SlugAtIdQueryResult,
  StatusAtIdQueryResult,
} from '../../src/lib/sanity/sanity.types';
import {
  draftNamesQuery,
  establishingPlacesQuery,
  fileSizeQuery,
  maxAmountAtIdQuery,
  organisationNameAndKindQuery,
  placeAndOtherProjectStatusesQuery,
  placeCountsQuery,
  projectStatusesAtPlaceQuery,
  slugAtIdQuery,
  statusAtIdQuery,
} from './queries.ts';

export const limits = {
  titleMax: 90,
  titleSoft: 70,
  /** A talk's title may be a research question or a quote: longer than a page's, but still one line of thought. */
  sessionTitleMax: 200,
  ingressSoft: 300,
  ingressMax: 600,
  summarySoft: 400,
  /** A short summary in a box of its own («Kort fortalt», a research update's «Sammendrag»): 300 is the aim. */
  shortSummarySoft: 300,
  shortSummaryMax: 600,
  /** A conference day's description: one or two sentences on the day's card. */
  dayDescriptionSoft: 250,
  altMax: 200,
  /** «Om prisen»: one short sentence after the price. */
  priceNoteMax: 120,
  /**
   * The activity support's maximum in the programme's text: the foundation may raise it, so a higher amount is a
   * warning, not an error (maxAmountRaisedValidation).
   */
  activitySupportSoft: 50_000,
} as const;

/** «50 000» as the Studio writes an amount in a message; the site formats amounts with src/lib/format.ts. */
const kroner = (amount: number) => amount.toLocaleString('nb-NO').replace(/\s/g, ' ');

export const messages = {
  ...ruleMessages,
  required: 'Feltet må fylles ut.',
  // One message per kind of list, so the editor knows what to look for; `duplicate` for any other list.
  duplicate: 'Det samme er valgt to ganger. Fjern det ene.',
  duplicatePerson: 'Den samme personen er valgt to ganger. Fjern den ene.',
  duplicateOrganisation: 'Den samme organisasjonen er valgt to ganger. Fjern den ene.',
  duplicateWorkshop: 'Den samme workshopen er valgt to ganger. Fjern den ene.',
  duplicateTag: 'Det samme stikkordet står to ganger. Fjern det ene.',
  slugMissing: 'Siden trenger en adresse. Trykk «Generer» ved feltet for å lage den.',
  /** `{{slug}}` is filled in by Sanity's own uniqueness check (locale key slug.not-unique). */
  slugTaken: 'Adressen «{{slug}}» er allerede i bruk på en annen side. Velg en annen.',
  titleRequired: 'Skriv en tittel.',
  titleTooLong: `Tittelen kan være høyst ${limits.titleMax} tegn.`,
  titleLong: `Titler over ${limits.titleSoft} tegn blir lange i lister og søkeresultater. Prøv å korte ned.`,
  sessionTitleTooLong: `Tittelen kan være høyst ${limits.sessionTitleMax} tegn.`,
  sessionTitleLong: `Titler over ${limits.titleMax} tegn blir lange i programmet. Er det en problemstilling eller et sitat, kan den stå; ellers prøv å korte ned.`,
  shortSummaryTooLong: (field: string) =>
    `${field} kan være høyst ${limits.shortSummaryMax} tegn. Skriv det viktigste i to–tre korte setninger.`,
  ingressLong: `Ingressen bør være under ${limits.ingressSoft} tegn, så den er lett å lese.`,
  ingressTooLong: `Ingressen kan være høyst ${limits.ingressMax} tegn.`,
  altTooLong: `Den alternative teksten kan være høyst ${limits.altMax} tegn.`,
  placeNameLong: `Kartet over stedene har plass til navn på opptil ${mapNameLength} tegn. Et lengre navn kan bli kuttet der (listen ved siden av kartet viser hele navnet). Bruk gjerne det korte navnet, for eksempel «Søndre Nordstrand», ikke «Bydel Søndre Nordstrand i Oslo kommune».`,
  publishDateRequired:
    'Velg datoen som skal stå på nettstedet. Den fylles bare ut av seg selv når du trykker «Publiser» på et utkast, ikke når dokumentet publiseres med en utgivelse eller en planlagt publisering.',
  /** By the document's type: «Historien …» or «Oppdateringen …». */
  publishDateAhead: publishDateAheadMessage,
  registrationRequired:
    'Velg hva nettstedet skal si om påmelding, for eksempel «Ingen påmelding – åpent for alle» eller «Ikke åpnet ennå».',
  registrationUrlBeforeOpening: (opensAt: string) =>
    `Husk påmeldingslenken før påmeldingen åpner ${formatDate(opensAt)}. Til da står det på siden når den åpner. Mangler lenken da, står det «Påmeldingen åpner snart», uten knapp for å melde seg på.`,
  registrationUrlAfterOpening: (opensAt: string) =>
    `Påmeldingen skulle ha åpnet ${formatDate(opensAt)}, men påmeldingslenken mangler. Til du legger den inn, står det «Påmeldingen åpner snart» på siden, uten knapp for å melde seg på.`,
  conferenceWaitlistOnDays:
    'Her gjelder «Fulltegnet – venteliste» hele konferansen: nettstedet sier da at alle dagene er fulle. Er bare én dag full, velger du det på den dagen under «Dager», og lar status her stå som «Åpen».',
  capacity: 'Antall plasser må være et helt tall, minst 1, eller tomt.',
  price: 'Prisen må være et helt kronebeløp, for eksempel 1500, eller 0 hvis det er gratis.',
  priceMissing:
    'Skriv hva det koster å være med, eller 0 hvis det er gratis. Uten pris står det ingenting om det på siden, og det er noe av det første folk lurer på.',
  priceNoteTooLong: `«Om prisen» kan være høyst ${limits.priceNoteMax} tegn: én kort setning.`,
  dayDescriptionLong: `Beskrivelsen står på dagens kort og bør være én eller to setninger, under ${limits.dayDescriptionSoft} tegn. Prøv å korte ned.`,
  sessionOutsideDays:
    'Programposten er ikke på noen av konferansedagene, og kommer ikke med i programmet. Sjekk datoen.',
  researchUpdateInTwoSessions:
    'Den samme forskningsoppdateringen er valgt i en annen programpost også. Velg den bare i programposten der den ble lagt fram.',
  researchPartnerKind: (name: string | null) =>
    `${name ? `«${name}»` : 'Organisasjonen'} er ikke en forskningsorganisasjon. Velg forskningspartneren, eller sett typen «Forskning» på organisasjonen hvis det er dem.`,
  areasInProcess: 'Skriv antallet områder som et helt tall, for eksempel 5, eller la feltet stå tomt.',
  maxAmount: 'Maksbeløpet må være et helt kronebeløp over 0, for eksempel 50000.',
  maxAmountRaised: (limit: number) =>
    `Beløpet er høyere enn kr ${kroner(limit)}, som har vært grensen til nå. Stemmer det at grensen er hevet? Sjekk med programlederen for For Alle før du publiserer.`,
  expensesFor:
    'Skriv hvem utgiftene dekkes for, for eksempel «barn og unge som ikke har råd til å være med». Uten det ser støtten ut som vanlig driftsstøtte til laget.',
  areasBelowPlaces: (areas: number | undefined, places: number) =>
    `${areas === undefined ? 'Feltet er tomt' : `Tallet er ${areas}`}, men ${places} ${places === 1 ? 'sted har' : 'steder har'} status «Under etablering», så nettstedet sier ${places === 1 ? 'ett område' : `${places} områder`}. Skriv hvor mange områder For Alle snakker med i alt, også dem som ikke er lagt inn som steder.`,
  placeLeftEstablishing: (name: string | null | undefined, started: boolean) =>
    `Husk å sette ned tallet i «${areasInProcessTitle}» i Innstillinger med én: ${name ?? 'stedet'} ${started ? 'telles nå blant byene med samarbeidsprosjekt, ikke' : 'er ikke lenger'} blant områdene der et prosjekt kan komme.`,
  placeEstablishing: (name?: string | null) =>
    `Sjekk at tallet i «${areasInProcessTitle}» i Innstillinger teller med ${name ?? 'stedet'}. Var det ikke med der fra før, sett tallet opp med én.`,
  applyUrlWhileOpen: (round?: string | null) =>
    `${round ? `«${round}»` : 'Søknadsrunden'} er åpen, men lenken til søknadsskjemaet mangler. Til den er lagt inn, står det på siden at lenken kommer, og lagene får ingen knapp for å søke.`,
  applyUrlBeforeOpening: (round?: string | null) =>
    `Husk lenken til søknadsskjemaet før ${round ? `«${round}»` : 'søknadsrunden'} åpner. Til da står det på siden at lenken kommer.`,
  opensAtRequired:
    'Velg dagen runden åpner. Uten dato regnes runden som åpen fra den publiseres. Skal den åpne med en gang, velg dagens dato.',
  amountInKeyFacts:
    'Maksbeløpet vises allerede som første nøkkeltall, hentet fra «Maksbeløp (kr)» under «Aktivitetsstøtte – søknadsrunder og vilkår». Fjern beløpet her, så det bare står ett sted.',
  typedPlaceCount: (phrase: string, noun: 'byer' | 'områder', expected: number) =>
    noun === 'byer'
      ? `Teksten sier «${phrase}», men ${expected} steder har status «Aktivt samarbeidsprosjekt». Rett tallet, og listen over byene hvis teksten har en.`
      : `Teksten sier «${phrase}», men kartet og nøkkeltallene sier ${expected}. Tallet kommer fra «${areasInProcessTitle}» i Innstillinger. Rett tallet her eller i Innstillinger.`,
  placeCountInKeyFacts: `Antallet byer og områder står allerede som de første nøkkeltallene, talt opp fra stedene med aktivt samarbeidsprosjekt og fra «${areasInProcessTitle}» i Innstillinger. Fjern det her, så det ikke blir stående feil når et nytt sted kommer til.`,
  httpUrl: 'Adressen må begynne med https:// eller http://',
  linkHasSpaces:
    'Lenken har mellomrom i seg. Kopier den på nytt fra adressefeltet i nettleseren, der mellomrom står som %20.',
  linkWithoutHttps: (value: string) => `Skriv https:// foran adressen: https://${value}`,
  linkHasInvisibleCharacter:
    'Lenken har et usynlig tegn først eller sist, ofte når den er kopiert fra Word eller en e-post. Slett lenken og lim den inn på nytt fra adressefeltet i nettleseren, eller skriv den.',
  linkMailWithoutScheme: (value: string) => `Skriv mailto: foran e-postadressen: mailto:${value}`,
  linkPhoneWithoutScheme: (digits: string) => `Skriv tel: foran nummeret, uten mellomrom: tel:${digits}`,
  linkIsMail: 'Dette er en e-postadresse. Feltet trenger en nettadresse som begynner med https://.',
  anchor: 'Skriv avsnittets navn med små bokstaver, tall og bindestrek, uten #, for eksempel «presse».',
  navTarget: 'Velg enten en side å lenke til eller skriv en adresse – ikke begge.',
  phone: 'Skriv et telefonnummer med bare tall og mellomrom.',
  languageRequired: 'Velg hvilket språk teksten er på, eller fjern språkmerkingen.',
  unpublishedReference: (name?: string | null) =>
    `${name ? `«${name}»` : 'Dokumentet du viser til'} er ikke publisert ennå. Publiser det først, ellers mangler det på nettstedet.`,
  slugChanged: (publishedPath: string) =>
    `Siden er publisert på ${publishedPath}. Endrer du adressen, slutter gamle lenker å virke. Sett den tilbake, eller ` +
    'be den som drifter nettstedet om å sende besøkende fra den gamle adressen til den nye.',
  locationOutsideNorway:
    'Posisjonen ligger utenfor fastlands-Norge. Sjekk at breddegrad og lengdegrad ikke er byttet om.',
  projectContactMissing:
    'Legg inn minst én kontaktperson. Uten den viser stedssiden kontaktene for samarbeidsprosjekter i stedet, og organisasjoner som vil være med, kan ikke spørre prosjektet direkte.',
} as const;

/**
 * «Generer» in the slug field: «Møte på Bryne – 2027» becomes «mote-pa-bryne-2027». Sanity's own slugify keeps
 * æ, ø, å and punctuation, which the site cannot use in an address.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '');
}

/** Roughly mainland Norway, to catch latitude and longitude typed the wrong way round. */
const norway = { lat: [57.5, 71.5], lng: [4, 31.5] } as const;

export function isInNorway({ lat, lng }: { lat: number; lng: number }): boolean {
  return lat >= norway.lat[0] && lat <= norway.lat[1] && lng >= norway.lng[0] && lng <= norway.lng[1];
}

const HTTP = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const MAILTO = /^mailto:[^\s@]+@[^\s@]+$/i;
const TEL = /^tel:\+?[0-9][0-9 ()-]{2,}$/i;

/**
 * True for the link targets an editor may write in text: what the site's allow-list (safeHref) lets through, and
 * then only a whole address (http(s) with a host, mailto with an address, tel with digits), never a bare path.
 */
function isAllowedHref(href: string): boolean {
  // As the site and the content guard read it (safeHref): the raw value, not one trimmed of more than they trim.
  const value = safeHref(href);
  return value !== null && (HTTP.test(value) || MAILTO.test(value) || TEL.test(value));
}

/** True for a whole http(s) address, as the site and the content guard read it (safeHref). */
function isHttpUrl(url: string): boolean {
  const value = safeHref(url);
  return value !== null && HTTP.test(value);
}

/** Title: required, hard limit 90, warning over 70. */
export const titleValidation = (rule: StringRule) => [
  rule.required().error(messages.titleRequired),
  rule.max(limits.titleMax).error(messages.titleTooLong),
  rule.max(limits.titleSoft).warning(messages.titleLong),
];

/** A talk's title: required, warning over 90, hard limit 200. */
export const sessionTitleValidation = (rule: StringRule) => [
  rule.required().error(messages.titleRequired),
  rule.max(limits.sessionTitleMax).error(messages.sessionTitleTooLong),
  rule.max(limits.titleMax).warning(messages.sessionTitleLong),
];

/** Ingress: required, warning over 300 characters, hard stop at 600. */
export const ingressValidation = (rule: StringRule) => [
  rule.required().error(messages.required),
  rule.max(limits.ingressSoft).warning(messages.ingressLong),
  rule.max(limits.ingressMax).error(messages.ingressTooLong),
];

/**
 * The url type checks every value with Sanity's own uri() («Ikke en gyldig URL»), in each rule made from the field's
 * base rule, beside ours. Sanity drops that default from all of a field's rules when one of them has a uri() of its
 * own, so this one lets through anything a browser could read, and our custom rules say what is wrong, once.
 */
const permissiveUri = (rule: UrlRule) => rule.uri({ scheme: [/^[a-z][a-z0-9+.-]*$/i], allowRelative: true });

/**
 * What is wrong with an address an editor typed, in words that name the fault; `otherwise` when none of these.
 * `mailAndPhone`: the field takes mailto: and tel: links too (a link in text), so an address or a number without its
 * scheme is told which to write.
 */
function linkFault(value: string, otherwise: string, mailAndPhone = false): string {
  // What browsers (and safeHref) strip from the ends is only ASCII space and control characters: a no-break space or
  // a byte-order mark, pasted from Word or an e-mail, stays and breaks the link.
  const asciiTrimmed = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (asciiTrimmed !== asciiTrimmed.trim()) return messages.linkHasInvisibleCharacter;
  const trimmed = asciiTrimmed;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  if (!hasScheme && /^[^\s@/:]+@[^\s@/]+\.[a-z]{2,}$/i.test(trimmed))
    return mailAndPhone ? messages.linkMailWithoutScheme(trimmed) : messages.linkIsMail;
  if (!hasScheme && mailAndPhone && /^\+?[\d\s]{8,}$/.test(trimmed))
    return messages.linkPhoneWithoutScheme(trimmed.replace(/\s/g, ''));
  if (/\s/.test(trimmed)) return messages.linkHasSpaces;
  if (!hasScheme && /^[^/\s]+\.[a-z]{2,}(\/|$)/i.test(trimmed)) return messages.linkWithoutHttps(trimmed);
  return otherwise;
}

/**
 * A link in text: http(s), mailto or tel, checked by a custom rule with a Norwegian message that names the fault.
 * (A rule's .error(message) would override every check in its chain, so the checks are kept in separate rules.)
 */
export const hrefValidation = (rule: UrlRule) => [
  rule.required().error(messages.required),
  permissiveUri(rule),
  rule.custom((href) => (href === undefined || isAllowedHref(href) ? true : linkFault(href, messages.link, true))),
];

/** A phone number field (the site's, a contact person's): digits and spaces, with country code. */
export const phoneValidation = (rule: StringRule) => rule.regex(/^\+?[0-9 ]{8,16}$/).error(messages.phone);

/** A web address field (website, registration, video): http(s) only, with one message that names the fault. */
export const httpUrlValidation = (rule: UrlRule) => [
  permissiveUri(rule),
  rule.custom((url) => (url === undefined || isHttpUrl(url) ? true : linkFault(url, messages.httpUrl))),
];

/** End after start, comparing with the sibling field `start` (events, days, sessions). */
export const endAfterStartValidation = (rule: DatetimeRule) =>
  rule.custom((end, context) => {
    const start = (context.parent as { start?: string } | undefined)?.start;
    return endsAfterStart(start, end) ? true : messages.endAfterStart;
  });

/**
 * A story's «Publisert» and a research update's date: a draft may leave it empty, since «Publiser» fills it in; a
 * release version or a published document is published without that button, and needs a date (lib/publish-date.ts).
 */
export const publishDateValidation: CustomValidator<string | undefined> = (value, context) =>
  hasPublishDate(value) || mayLackPublishDate(context.document?._id) ? true : messages.publishDateRequired;

/**
 * A warning when that date is more than a day ahead (shared/publish-date-ahead.ts): published at once, the document
 * would stand first, dated ahead. Not in a release or a scheduled draft, whose date is the day it is planned for.
 */
export const publishDateAheadValidation: CustomValidator<string | undefined> = (value, context) => {
  const id = context.document?._id;
  if (id && isVersionId(id)) return true;
  return publishDateAhead(value, new Date()) ? messages.publishDateAhead(context.document?._type) : true;
};

/** Capacity: a positive integer when given. */
export const capacityValidation = (rule: NumberRule) => rule.integer().min(1).error(messages.capacity);

/**
 * A number that only one document of its type may have (a conference's year, a pillar's place in the menus, a
 * research question's number). The document's own draft, release versions and published version do not count as
 * others, nor do other documents' release versions (a release may never be published). The query counts the others
 * (lib/queries.ts: conferenceYearTakenQuery and the like).
 */
export function uniqueNumber(
  othersWithNumberQuery: string,
  message: (value: number) => string,
): CustomValidator<number | undefined> {
  return async (value, context) => {
    if (typeof value !== 'number' || !context.document) return true;
    // A draft and a release version are the same document as the published one.
    const id = getPublishedId(context.document._id);
    const others = await context
      .getClient({ apiVersion })
      .fetch<number>(othersWithNumberQuery, { value, id, draftId: getDraftId(id) });
    return others === 0 ? true : message(value);
  };
}

/**
 * A warning when a draft or a release version changes the slug of a published document: publishing it moves the page,
 * and every link to the old address (shared, in newsletters, in search engines) ends on «Fant ikke siden». Nothing is
 * said while the document has never been published, nor on the published document itself.
 */
export const slugChangeValidation: CustomValidator<SlugValue | undefined> = async (slug, context) => {
  const current = slug?.current?.trim();
  if (!current || !context.document) return true;
  const published = await publishedValue<SlugAtIdQueryResult>(context, slugAtIdQuery);
  if (!published || published === current) return true;
  return messages.slugChanged(documentPath({ _type: context.document._type, slug: published }) ?? `/${published}`);
};

/**
 * What `query` ($id) finds in the published version of the document the form shows, to compare a draft with. Undefined
 * when the form shows the published document itself (there is no draft: nothing is being changed) or the answer did
 * not come; null when nothing is published.
 */
async function publishedValue<R>(context: ValidationContext, query: string): Promise<R | null | undefined> {
  const document = context.document;
  if (!document) return undefined;
  const publishedId = getPublishedId(document._id);
  if (publishedId === document._id) return undefined;
  return context
    .getClient({ apiVersion })
    .withConfig({ perspective: 'raw' })
    .fetch<R>(query, { id: publishedId })
    .catch(() => undefined);
}

/**
 * A warning when the activity support's maximum goes above what the site says now (the published amount, or the
 * programme's kr 50 000 before any is published): a raised limit is the foundation's decision, and a typo here
 * promises clubs money. Once the raised amount is published, it is the limit, and the warning goes: a warning that
 * stayed on the document for good would teach editors to overlook yellow messages.
 */
export const maxAmountRaisedValidation: CustomValidator<number | undefined> = async (amount, context) => {
  if (typeof amount !== 'number') return true;
  const published = await publishedValue<MaxAmountAtIdQueryResult>(context, maxAmountAtIdQuery);
  // No draft: this is the published document, whose amount is the one the site shows.
  if (published === undefined) return true;
  const limit = Math.max(published ?? 0, limits.activitySupportSoft);
  return amount > limit ? messages.maxAmountRaised(limit) : true;
};

/**
 * A warning where a text says «sju byer» or «fem områder» and the places or the settings now say otherwise: such a
 * text does not follow when a city joins (shared/typed-counts.ts). Published places and settings only: they are
 * what the site shows.
 */
export const typedPlaceCountValidation: CustomValidator<unknown> = async (blocks, context) => {
  const text = blocksText(blocks);
  if (!/(byer|områder)/i.test(text)) return true;
  const counts = await context
    .getClient({ apiVersion })
    .fetch<PlaceCountsQueryResult>(placeCountsQuery)
    .catch(() => null);
  if (!counts) return true;
  const wrong = wrongTypedCounts(text, counts);
  return wrong.length === 0
    ? true
    : wrong.map((count) => messages.typedPlaceCount(count.phrase, count.noun, count.expected)).join(' ');
};

/**
 * A warning on a place whose status disagrees with its collaboration projects (shared/place-status.ts): «Aktivt
 * samarbeidsprosjekt» with no project «Pågår» (or only ended ones), «Under etablering» with one, «Tidligere
 * samarbeidsprosjekt» with one not «Avsluttet».
 */
export const placeStatusValidation: CustomValidator<string | undefined> = async (status, context) => {
  const document = context.document;
  if (!status || !document) return true;
  const projectStatuses = await context
    .getClient({ apiVersion })
    .fetch<ProjectStatusesAtPlaceQueryResult>(projectStatusesAtPlaceQuery, { id: getPublishedId(document._id) })
    .catch(() => null);
  if (!projectStatuses) return true;
  const mismatch = placeStatusMismatch(status, projectStatuses);
  return mismatch ? placeStatusMismatchMessage(mismatch, document.name) : true;
};

/**
 * A reminder when a draft moves a place into or out of «Under etablering»: the number of areas in «Innstillinger»
 * counts those places, and areas not entered as places, so only the editor knows whether it must change.
 */
export const placeStatusChangeValidation: CustomValidator<string | undefined> = async (status, context) => {
  if (!status) return true;
  const published = await publishedValue<StatusAtIdQueryResult>(context, statusAtIdQuery);
  if (published === undefined || published === status) return true;
  const name = context.document?.name as string | undefined;
  if (published === 'establishing') return messages.placeLeftEstablishing(name, status === 'active');
  if (status === 'establishing') return messages.placeEstablishing(name);
  return true;
};

/** A warning when the number of areas in «Innstillinger» is below the places «Under etablering» (areasBelowPlaces). */
export const areasInProcessValidation: CustomValidator<number | undefined> = async (areas, context) => {
  const places = await context
    .getClient({ apiVersion })
    .fetch<EstablishingPlacesQueryResult>(establishingPlacesQuery)
    .catch(() => null);
  return places !== null && areasBelowPlaces(areas, places) ? messages.areasBelowPlaces(areas, places) : true;
};

/** The same warning seen from a collaboration project, counting this project's status as it is in the form. */
export const projectStatusAtPlaceValidation: CustomValidator<string | undefined> = async (status, context) => {
  const document = context.document;
  const placeId = (document?.place as { _ref?: string } | undefined)?._ref;
  if (!status || !document || !placeId) return true;
  const id = getPublishedId(document._id);
  const place = await context
    .getClient({ apiVersion })
    .fetch<PlaceAndOtherProjectStatusesQueryResult>(placeAndOtherProjectStatusesQuery, {
      placeId: getPublishedId(placeId),
      id,
      draftId: getDraftId(id),
    })
    .catch(() => null);
  if (!place?.status) return true;
  const mismatch = placeStatusMismatch(place.status, [status, ...place.others]);
  return mismatch ? placeStatusMismatchMessage(mismatch, place.name) : true;
};

/** Where the document points at a document that is only a draft: the Studio's placeholder for it, to be made real on publish. */
function unpublishedReferences(value: unknown, path: Path = []): { id: string; path: Path }[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) =>
      unpublishedReferences(item, [
        ...path,
        item && typeof item === 'object' && '_key' in item ? { _key: String(item._key) } : index,
      ]),
    );
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  if (typeof object._ref === 'string' && object._strengthenOnPublish) return [{ id: object._ref, path }];
  return Object.entries(object).flatMap(([key, child]) =>
    key.startsWith('_') ? [] : unpublishedReferences(child, [...path, key]),
  );
}

/**
 * Document-level rule for every document type: a reference to a document that is not published yet would show
 * as nothing on the site (a story without its place, a speaker missing), since the site shows only what is
 * published. The editor is told which document to publish first.
 */
export const publishedReferencesValidation: CustomValidator<Record<string, unknown> | undefined> = async (
  document,
  context,
) => {
  const found = unpublishedReferences(document);
  if (found.length === 0) return true;
  const names = await context
    .getClient({ apiVersion })
    .fetch<DraftNamesQueryResult>(draftNamesQuery, { ids: found.map(({ id }) => getDraftId(id)) })
    .catch((): DraftNamesQueryResult => []);
  const nameOf = new Map<string, string | null>(names.map((draft) => [getPublishedId(draft._id), draft.name]));
  return found.map(({ id, path }): ValidationError => {
    const name = nameOf.get(id);
    return { message: messages.unpublishedReference(name), path };
  });
};

/**
 * A file offered for download must be a document type the site serves (options.downloadableFileTypes), and no larger
 * than its host serves (maxFileBytes). The file picker offers only these types, but a file chosen from the media
 * library or an import is not filtered, and nothing limits the size; the content guard would then stop every build.
 * The extension is the end of the asset id: `file-<id>-<ext>`; the size is on the asset document.
 */
export const downloadableFileValidation = (rule: FileRule) =>
  rule.custom(async (value, context) => {
    const ref = (value as { asset?: { _ref?: string } } | undefined)?.asset?._ref;
    if (!ref) return true;
    const extension = fileAssetExtension(ref);
    if (extension && !isDownloadableExtension(extension)) return messages.fileType(extension);
    const size = await context
      .getClient({ apiVersion })
      .fetch<FileSizeQueryResult>(fileSizeQuery, { id: ref })
      .catch(() => null);
    return typeof size === 'number' && size > maxFileBytes ? messages.fileTooLarge(size) : true;
  });

/**
 * A research partner must be an organisation of the kind «Forskning». The picker offers only those, but a reference
 * pasted or imported, or an organisation whose kind was changed afterwards, would name a club or a municipality as
 * the researchers on the site.
 */
export const researchPartnerValidation: CustomValidator<{ _ref?: string } | undefined> = async (value, context) => {
  if (!value?._ref) return true;
  const organisation = await context
    .getClient({ apiVersion })
    .fetch<OrganisationNameAndKindQueryResult>(organisationNameAndKindQuery, { id: value._ref })
    .catch(() => null);
  if (!organisation || organisation.kind === researchOrganisationKind) return true;
  return messages.researchPartnerKind(organisation.name ?? null);
};
