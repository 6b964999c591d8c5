/**
 * The content rules both the Studio and the build's content guard apply, each written once: the test for what is
 * allowed, and the words an editor reads when it is not. The Studio shows a message next to its field
 * (studio/lib/validation.ts takes these into `messages`); the guard prints the same words after the document and the
 * field path, adding only what the Studio shows by itself (the value at fault, the other document).
 * Free of the `sanity` package, so the site's build imports it without loading the Studio.
 */
import { isFileAssetId, parseFileAssetId } from '@sanity/asset-utils';
import { downloadableFileTypes } from './options.ts';

/**
 * What a slug may hold: lower-case a–z, digits and single hyphens. The site's addresses are made of it, and the
 * build's content guard refuses any other slug.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const downloadableExtensions = new Set(downloadableFileTypes.split(',').map((type) => type.replace(/^\./, '')));

/** True for the file types the site offers for download (options.downloadableFileTypes). */
export const isDownloadableExtension = (extension: string): boolean => downloadableExtensions.has(extension);

/**
 * The largest file the site can offer for download: Cloudflare Pages, which serves the site (docs/deploy.md), refuses
 * to deploy any file over 25 MiB, and with it every page of that build. Pictures are resized by the build and never
 * served as uploaded, so this is for files only.
 */
export const maxFileBytes = 25 * 1024 * 1024;

/** «40,2 MB», as an editor's computer shows a file's size (MiB, in Norwegian). */
const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;

/** The extension at the end of a file asset's id (`file-<sha1>-<ext>`, always lower case); null for anything else. */
export const fileAssetExtension = (assetId: string): string | null =>
  isFileAssetId(assetId) ? parseFileAssetId(assetId).extension : null;

/**
 * The longest place name the places map always has room for beside its dot, on one side or the other, wherever the
 * dot is (src/lib/map.ts; tests/unit/map.test.ts checks). A longer name may be cut at the map's edge; the list beside
 * the map shows it whole.
 */
export const mapNameLength = 18;

/** A picture that is there and not marked decorative must say what it shows. */
export const needsAltText = (figure: { asset?: unknown; decorative?: unknown; alt?: unknown }): boolean =>
  Boolean(figure.asset) && figure.decorative !== true && !(typeof figure.alt === 'string' && figure.alt.trim());

/**
 * False when a dated thing ends at or before its start. Missing or unreadable times pass: a missing one is allowed
 * or reported as missing, an unreadable one as not a date.
 */
export function endsAfterStart(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string') return true;
  const [from, to] = [Date.parse(start), Date.parse(end)];
  return Number.isNaN(from) || Number.isNaN(to) || to > from;
}

/** A research update's report with both a file and a link: the page shows only the file. */
export const hasFileAndLink = (report: { file?: { asset?: unknown } | null; url?: unknown } | null | undefined) =>
  Boolean(report?.file?.asset) && typeof report?.url === 'string' && report.url.trim() !== '';

/** «(«conference-2025»)»: the other document, which the build names since it has no Studio to show it. */
const other = (id?: string) => (id ? ` («${id}»)` : '');

/**
 * The messages of the rules above and of the other rules the guard repeats from the Studio. Every key is used by
 * both; an optional last argument is what only the build adds.
 */
/**
 * An e-mail address as the site links it (`mailto:`): something before and after one «@», a dot in the domain, no
 * spaces. For the build's content guard: the Studio's own e-mail type checks what editors type (and lets a blank one
 * through, which the guard reads as no address).
 */
export const isEmailAddress = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

export const ruleMessages = {
  fileType: (extension: string) =>
    `Filtypen «.${extension}» kan ikke lastes ned fra nettstedet. Last opp PDF, Word, PowerPoint, Excel eller OpenDocument.`,
  fileTooLarge: (bytes: number) =>
    `Filen er ${megabytes(bytes)}. Nettstedet kan ikke publisere filer over ${megabytes(maxFileBytes)}. Lagre den som PDF, eller gjør den mindre (for eksempel uten video), og last den opp på nytt.`,
  altRequired: 'Skriv en alternativ tekst som forteller hva bildet viser, eller kryss av for at bildet er dekorativt.',
  childConsentRequired:
    'Bekreft at bildet ikke viser barn som kan kjennes igjen, eller at samtykke er innhentet. Er du i tvil, bruk et annet bilde.',
  endAfterStart: 'Slutt må være etter start.',
  registrationClosesAfterStart: 'Påmeldingen må stenge før arrangementet starter.',
  registrationOpensAfterStart:
    'Påmeldingen må åpne før arrangementet starter, ellers åpner den aldri. Sjekk året og datoen.',
  registrationClosesBeforeOpen: 'Påmeldingen må stenge etter at den åpner.',
  deadlineAfterOpen: 'Søknadsfristen må være etter at runden åpner.',
  emailAddress: (value: string) => `«${value}» er ikke en e-postadresse (som navn@eksempel.no).`,
  pillarWithoutContact:
    'Velg minst én kontaktperson. Sidene ber besøkende ta kontakt med oss (på /samarbeidsprosjekter før de søker), og uten kontaktperson står det ingen å ta kontakt med.',
  link: 'Lenken må begynne med https://, http://, mailto: eller tel:',
  slugFormat: 'Bruk bare små bokstaver a–z, tall og bindestrek (ikke æ, ø, å, mellomrom eller andre tegn).',
  reservedPath: (slug: string) => `Adressen /${slug} brukes av nettstedet selv. Velg en annen.`,
  reportFileOrLink: 'Velg enten fil eller lenke, ikke begge. Med begge viser siden bare filen.',
  locationRequired:
    'Legg inn stedets posisjon (breddegrad og lengdegrad). Uten den kan stedet ikke vises på kartet, og nettstedet kan ikke bygges.',
  registrationUrlRequired:
    'Legg inn påmeldingslenken. Uten den får besøkende ingen knapp for å melde seg på når påmeldingen er åpen.',
  conferenceYearTaken: (year: number, otherId?: string) =>
    `Det finnes allerede en konferanse for ${year}${other(otherId)}.`,
  pillarOrderTaken: (order: number, otherId?: string) =>
    `Et annet satsingsområde${other(otherId)} har allerede plass ${order}.`,
  questionNumberTaken: (number: number, otherId?: string) =>
    `Problemstilling ${number} finnes allerede${other(otherId)}.`,
} as const;
