// The structured Pagefind meta a search result carries besides plain text: written at build time (the conference
// programme, the PDF records) and read back by /sok (src/scripts/search/render-result.ts). Pagefind meta values are
// strings, so each is JSON; the key and its shape live only here, and a value that is missing or not of that shape
// reads as nothing. Kept free of imports: /sok's script bundles it (docs/performance.md).

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
