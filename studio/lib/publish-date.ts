/**
 * The date a story («Publisert») or a research update shows, and sorts by, is filled in when the document is created
 * (the field's initial value), so a story drafted for three weeks would come out dated the day it was started: below
 * newer stories, and too old for feed readers. «Publiser» therefore sets it to the moment of the first publication,
 * unless the editor chose a date after the draft was started (studio/actions/publish-date.ts). A publication cannot
 * have happened before its draft existed, so an earlier date is the untouched initial value, or one copied with
 * «Dupliser». The initial value stays, so a document published another way (a scheduled publish, a release, an
 * import) still has a date. Dependency-free, so the rule is tested as a pure function.
 */
import { osloDay } from './dates.ts';

/** A datetime (ISO instant) or a date (`YYYY-MM-DD`, the day in Oslo). */
export type PublishDateKind = 'datetime' | 'date';

export interface PublishDateField {
  name: string;
  kind: PublishDateKind;
}

/** The document types whose date is the publication date, and the field that holds it. */
export const publishDateFields: Record<string, PublishDateField> = {
  projectStory: { name: 'publishedAt', kind: 'datetime' },
  researchUpdate: { name: 'date', kind: 'date' },
};

/**
 * The initial value is set by the editor's computer when the form opens, `_createdAt` by Sanity when the draft is
 * first saved: a computer clock a few minutes fast must not make the untouched value look chosen.
 */
export const clockSlackMs = 10 * 60 * 1000;

export interface PublishDateInput {
  /** The field's value in the draft being published. */
  value: unknown;
  /** When the draft was created (`_createdAt`). */
  draftCreatedAt: string | undefined;
  /** Whether a published version exists: then the date is the one readers have seen, and stays. */
  alreadyPublished: boolean;
  now: Date;
}

function valueNow(kind: PublishDateKind, now: Date): string {
  return kind === 'date' ? osloDay(now) : now.toISOString();
}

/** Whether the value lies no later than the draft's creation: the initial value, or a date from before the draft. */
function fromBeforeDraft(kind: PublishDateKind, value: string, draftCreatedAt: string): boolean {
  const created = Date.parse(draftCreatedAt);
  if (Number.isNaN(created)) return false;
  if (kind === 'date') return value <= osloDay(new Date(created));
  const at = Date.parse(value);
  return !Number.isNaN(at) && at <= created + clockSlackMs;
}

/**
 * The value to set when the draft is published, or null to leave the field as it is: now when the field is empty,
 * and on the first publication when the date is not later than the draft's creation.
 */
export function publishDateOnPublish(kind: PublishDateKind, input: PublishDateInput): string | null {
  const { value, draftCreatedAt, alreadyPublished, now } = input;
  const next = valueNow(kind, now);
  if (typeof value !== 'string' || !value.trim()) return next;
  if (alreadyPublished || !draftCreatedAt || !fromBeforeDraft(kind, value, draftCreatedAt)) return null;
  return value === next ? null : next;
}
