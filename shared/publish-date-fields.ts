/**
 * The document types whose date is their publication date («Publisert»), and the field that holds it: what the
 * Studio's «Publiser» fills in (studio/lib/publish-date.ts) and what the content report checks for a date ahead.
 */

/** A datetime (ISO instant) or a date (`YYYY-MM-DD`, the day in Oslo). */
export type PublishDateKind = 'datetime' | 'date';

export interface PublishDateField {
  name: string;
  kind: PublishDateKind;
}

export const publishDateFields: Record<string, PublishDateField> = {
  projectStory: { name: 'publishedAt', kind: 'datetime' },
  researchUpdate: { name: 'date', kind: 'date' },
};
