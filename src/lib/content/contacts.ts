import { sectionAnchor } from '@for-alle/shared/section-anchor';

/**
 * The id of a contact list's heading, from the heading's words: a page can hold two lists (the pillar's and the
 * page's own), and a text on the page can link to the one that answers its question.
 */
export function contactsHeadingId(heading: string): string {
  return `contacts-${sectionAnchor(heading)}`;
}

/** A contact list's heading: the page's own, else «Kontaktperson» for one («Kontaktpersoner» over one read as if the others were missing). */
export function contactListHeading(people: readonly unknown[] | null | undefined, heading?: string): string {
  return heading ?? (people?.length === 1 ? 'Kontaktperson' : 'Kontaktpersoner');
}

/** The id of a question's heading on «Kontakt» («Presse» → presse), so other pages can link to /kontakt#presse. */
export function contactTopicId(heading: string): string {
  return sectionAnchor(heading);
}
