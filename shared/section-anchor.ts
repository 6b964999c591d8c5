/**
 * A section's id as the site makes it from a heading («Presse» → «presse»): small letters, digits and single
 * hyphens. An internal link in text may name one, so it leads to that section of the page (/kontakt/#presse).
 */
export function isSectionAnchor(value: string): boolean {
  return /^[a-zæøå0-9]+(-[a-zæøå0-9]+)*$/.test(value);
}

/** The id the site makes from a heading's words («Hva er For Alle?» → «hva-er-for-alle»); empty for one without letters or digits. */
export function sectionAnchor(words: string): string {
  return words
    .toLocaleLowerCase('nb')
    .replace(/[^a-zæøå0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
