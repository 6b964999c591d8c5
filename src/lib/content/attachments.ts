import { fileAssetParts } from '../images';

// A search hit in the text of an attached PDF leads to the file's own place on its page, so each file offered on a
// page has an anchor there. Derived from the file itself (its SHA-1, in the asset's _id), not from block keys:
// keys repeat when one page shows several bodies (the projects on a place page, copied in the Studio with their
// keys), and Pagefind keeps one entry per URL, so two files at one anchor would leave only one searchable.

/** `fil-<12 hex of the file's SHA-1>`, after the anchor of the part of the page it belongs to, if any (a session). */
export function fileAnchor(asset: { _id: string }, within?: string): string {
  const anchor = `fil-${fileAssetParts(asset).sha1.slice(0, 12)}`;
  return within ? `${within}-${anchor}` : anchor;
}

/** The anchor of the report section on a research update's page. */
export const reportAnchor = 'rapport';
