// The contract between the search index and /sok: the content types, meta keys, filter values and word splitting
// that the build writes into the index (SearchMeta, the conference programme, the PDF records, the word list) and
// /sok's code in the browser (src/scripts/search/) reads back. Neither side owns it; both import it from here.
// Pagefind meta values are strings, so each structured one is JSON; a value that is missing or not of its shape
// reads as nothing. Kept free of imports and of TypeScript that Node cannot strip: /sok's script bundles it
// (docs/performance.md), and the index step runs it in plain Node (run-pagefind.ts, through the word list).

/**
 * The filters a result is narrowed by, by their Pagefind names. SearchMeta writes the first four on every page, a PDF
 * record (material-records.ts) carries its page's and the format. /sok offers them (search-state.ts) and writes them
 * into its URL under the same names (/sok?sted=Bergen&år=2025), so renaming one breaks every shared search.
 */
export const typeFilter = 'type';
/** The year of the page's date (its day in Oslo). */
export const yearFilter = 'år';
/** The places a page is about, and those it is found under besides (a conference's speakers' towns). */
export const placeFilter = 'sted';
/** The pillars («satsingsområder») a page belongs to. */
export const pillarFilter = 'satsing';
/** Only on PDF records: `pdfFormat`. */
export const formatFilter = 'format';

/** What a page is, SearchMeta's `type` filter; /sok names each (search-state.ts) and lists them in this order. */
export const searchContentTypes = ['historie', 'arrangement', 'konferanse', 'forskning', 'side'] as const;
export type SearchContentType = (typeof searchContentTypes)[number];

/** The types of dated events, to go to on their day: an event's page and a conference year. */
export const eventTypes: readonly SearchContentType[] = ['arrangement', 'konferanse'];

/**
 * The meta a result carries. The plain ones are written as they are shown; `date` (SearchMeta's start) and `end`
 * are days in Oslo («2026-01-21»), `end` only when the event goes on after its first day; `file`, `size`,
 * `download` and `context` are a PDF record's. The others are named and described below.
 */
type MetaKey =
  | 'title'
  | 'ingress'
  | 'image'
  | 'image_alt'
  | 'date'
  | 'end'
  | 'places'
  | 'file'
  | 'size'
  | 'download'
  | 'context'
  | typeof cancelledMeta
  | typeof sampleMeta
  | typeof sessionMaterialMeta
  | typeof alsoOfferedMeta;
export type ResultMeta = Partial<Record<MetaKey, string>>;

/**
 * The `format` filter's value for the text of attached PDFs (material-records.ts): pages carry no format, so
 * ticking it leaves the documents alone (presentations from 2025: type=konferanse&år=2025&format=pdf).
 */
export const pdfFormat = 'pdf';

// Pagefind's own list of punctuation it drops from a query (without a space: «data-pagefind» is one word to it).
const queryPunctuation = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

// A dot, comma or colon between digits: Pagefind indexes «kl. 09.20» as «09» and «20», but would read the query as
// «0920», a word no page has.
const numberSeparator = /(?<=\p{N})[.,:](?=\p{N})/gu;

/**
 * A text split into words as Pagefind splits a query, punctuation dropped; may hold empty strings. /sok splits the
 * visitor's words with it (query-words.ts), and the word list its spelling suggestions come from splits the index's
 * text alike (word-list.ts), so a suggestion is a word a search can find.
 */
export function splitWords(text: string): string[] {
  return text.replace(numberSeparator, ' ').replace(queryPunctuation, '').split(/\s+/);
}

/**
 * A cancelled event's page (SearchMeta): its result says «Avlyst arrangement», and it is not moved up among the events
 * still to come. Present or absent; its value is not read.
 */
export const cancelledMeta = 'cancelled';

/**
 * Invented content's page (SearchMeta, from `isSample`): its result carries the «Eksempel» tag the cards carry, since
 * the page's notice is left out of the index. Present or absent; its value is not read.
 */
export const sampleMeta = 'sample';

/** A programme page's sessions that offer something, by anchor: `{ "sesjon-…": "PDF og videoopptak" }`. */
export const sessionMaterialMeta = 'session_material';
export type SessionMaterial = Record<string, string>;

/** A PDF record's other places the same file is offered, each named in its result as a link. */
export const alsoOfferedMeta = 'also';
export interface AlsoOffered {
  context: string;
  url: string;
}

export const serialiseSessionMaterial = (material: SessionMaterial): string => JSON.stringify(material);

export function parseSessionMaterial(value: string | undefined): SessionMaterial {
  const parsed = parseJson(value);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export const serialiseAlsoOffered = (offers: AlsoOffered[]): string => JSON.stringify(offers);

export function parseAlsoOffered(value: string | undefined): AlsoOffered[] {
  const parsed = parseJson(value);
  return Array.isArray(parsed)
    ? parsed.filter(
        (offer): offer is AlsoOffered => typeof offer?.context === 'string' && typeof offer?.url === 'string',
      )
    : [];
}

function parseJson(value: string | undefined): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
