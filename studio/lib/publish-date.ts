/**
 * The date a story («Publisert») or a research update shows, and sorts by. A new document starts without one: a date
 * filled in when the draft was started could not be told from a date the editor chose (a story she backdates to the
 * day it first appeared elsewhere), and «Publiser» would have to guess. So the rule is plain:
 * - a date in the field is the editor's, and stays;
 * - «Publiser» on a draft with the field empty fills it in: the moment of the first publication, or, for a document
 *   already published, the date readers have seen (studio/actions/publish-date.ts);
 * - a draft may be empty, but anything published without that button (a release, a scheduled draft, an import)
 *   must carry a date: the Studio asks for one there, and the content guard stops a build without it;
 * - «Dupliser» leaves the copy without a date, so a new story does not silently inherit the original's.
 * Free of the Studio (only Sanity's id rules, from @sanity/client), so the rules are tested as pure functions.
 */
import { isDraftId } from '@sanity/client/csm';
import { osloDay } from '@for-alle/shared/dates';
import type { PublishDateField, PublishDateKind } from '@for-alle/shared/publish-date-fields';

/** Whether a field value counts as a date the editor gave: anything but nothing or blank. */
export function hasPublishDate(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export interface PublishDateInput {
  /** The field's value in the draft being published. */
  value: unknown;
  /** The field's value in the published document, when there is one: the date readers have seen. */
  publishedValue: unknown;
  now: Date;
}

function valueNow(kind: PublishDateKind, now: Date): string {
  return kind === 'date' ? osloDay(now) : now.toISOString();
}

/**
 * The value «Publiser» sets before it publishes a draft, or null to leave the field as the editor left it. Only an
 * empty field is filled: with the published date when there is one (the first publication's), else with now.
 */
export function publishDateOnPublish(kind: PublishDateKind, input: PublishDateInput): string | null {
  const { value, publishedValue, now } = input;
  if (hasPublishDate(value)) return null;
  return hasPublishDate(publishedValue) ? publishedValue : valueNow(kind, now);
}

/**
 * Whether a document with this id may leave the date empty: only a draft (`drafts.…`), which is published with
 * «Publiser». A published document and a version in a release (`versions.<release>.…`, also a scheduled draft) are
 * published without it, so they need a date of their own.
 */
export function mayLackPublishDate(documentId: string | undefined): boolean {
  return typeof documentId === 'string' && isDraftId(documentId);
}

/** The copy «Dupliser» makes: everything but the date, which the new document gets when it is published. */
export function withoutPublishDate<T extends Record<string, unknown>>(document: T, field: PublishDateField): T {
  const copy = { ...document };
  delete copy[field.name];
  return copy;
}
