/**
 * The id of a contact list's heading, from the heading's words: a page can hold two lists (the pillar's and the
 * page's own), and a text on the page can link to the one that answers its question.
 */
export function contactsHeadingId(heading: string): string {
  return `contacts-${anchorOf(heading)}`;
}

/** The id of a question's heading on «Kontakt» («Presse» → presse), so other pages can link to /kontakt#presse. */
export function contactTopicId(heading: string): string {
  return anchorOf(heading);
}

function anchorOf(words: string): string {
  return words
    .toLocaleLowerCase('nb')
    .replace(/[^a-zæøå0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
