/**
 * The most a page's meta description holds: about what a search engine shows under the title before it cuts the
 * snippet. A place page's 280 characters showed only the sentences every place shares, never the one about the place.
 */
export const metaDescriptionLimit = 155;

// A sentence ends at «.», «!» or «?» before a space and a capital (or «): «20. januar» and «kl. 12.00» are no ends.
const sentenceEnd = /(?<=[.!?»])\s+(?=[\p{Lu}«])/u;

/**
 * A page's description for search engines and link previews, at most `metaDescriptionLimit` characters: the whole
 * sentences of the text that fit, so the snippet ends where a thought does. When even the first sentence is longer, it
 * is cut after the last word that fits, with «…».
 */
export function metaDescription(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= metaDescriptionLimit) return clean;
  let kept = '';
  for (const sentence of clean.split(sentenceEnd)) {
    const longer = kept ? `${kept} ${sentence}` : sentence;
    if (longer.length > metaDescriptionLimit) break;
    kept = longer;
  }
  if (kept) return kept;
  const cut = clean.slice(0, metaDescriptionLimit).replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,;:–-]+$/, '')} …`;
}
