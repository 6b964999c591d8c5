// The publication date of a story («Publisert») or a research update (studio/lib/publish-date.ts): a date in the field
// is the editor's and stays, whatever it is; «Publiser» fills an empty field with the moment of the first
// publication; only a draft may be empty; «Dupliser» leaves the date out of the copy.
import { describe, expect, test } from 'vitest';
import { publishDateFields } from '@for-alle/shared/publish-date-fields';
import { mayLackPublishDate, publishDateOnPublish, withoutPublishDate } from '../../studio/lib/publish-date';

const now = new Date('2027-02-22T13:30:00.000Z');

describe('«Publiser» on a story: «Publisert» (datetime)', () => {
  const onPublish = (value: unknown, publishedValue: unknown = undefined) =>
    publishDateOnPublish('datetime', { value, publishedValue, now });

  test('a story nobody dated gets the moment it is first published', () => {
    expect(onPublish(undefined)).toBe(now.toISOString());
    expect(onPublish('')).toBe(now.toISOString());
    expect(onPublish('  ')).toBe(now.toISOString());
  });

  test('a date the editor set back, to before the draft was started, stays', () => {
    // Last spring's case: a story that first appeared elsewhere, backdated to 3 May 2026.
    expect(onPublish('2026-05-03T10:00:00.000Z')).toBeNull();
  });

  test('a date the editor set ahead stays', () => {
    expect(onPublish('2027-03-01T07:00:00.000Z')).toBeNull();
  });

  test('a date the editor chose a minute ago stays, though it is close to now', () => {
    expect(onPublish(new Date(now.getTime() - 60_000).toISOString())).toBeNull();
  });

  test('a story already published keeps its date when it is published again', () => {
    expect(onPublish('2026-11-03T10:00:00.000Z', '2026-11-03T10:00:00.000Z')).toBeNull();
  });

  test('a published story whose date was emptied gets its first publication date back, not now', () => {
    expect(onPublish(undefined, '2026-11-03T10:00:00.000Z')).toBe('2026-11-03T10:00:00.000Z');
  });

  test('a date changed on a published story is the new date', () => {
    expect(onPublish('2026-10-01T10:00:00.000Z', '2026-11-03T10:00:00.000Z')).toBeNull();
  });
});

describe('«Publiser» on a research update: the date (a day in Oslo)', () => {
  const onPublish = (value: unknown, at = now) =>
    publishDateOnPublish('date', { value, publishedValue: null, now: at });

  test('an empty date becomes the day of publication', () => {
    expect(onPublish(undefined)).toBe('2027-02-22');
  });

  test('the day is the day in Oslo, not in UTC', () => {
    // 23:30 UTC on 28 February is already 1 March in Oslo.
    expect(onPublish(undefined, new Date('2027-02-28T23:30:00.000Z'))).toBe('2027-03-01');
  });

  test('a day the editor chose stays, earlier or later', () => {
    expect(onPublish('2026-05-03')).toBeNull();
    expect(onPublish('2027-03-15')).toBeNull();
  });
});

describe('where the date may be empty', () => {
  test('in a draft, which «Publiser» dates', () => {
    expect(mayLackPublishDate('drafts.story-ny')).toBe(true);
  });

  test.each([
    ['a published document', 'story-ny'],
    ['a version in a release, or a scheduled draft', 'versions.rSpring.story-ny'],
    ['a document without an id', undefined],
  ])('not in %s', (_, id) => {
    expect(mayLackPublishDate(id)).toBe(false);
  });
});

describe('«Dupliser»', () => {
  test.each(Object.entries(publishDateFields))('leaves the date out of a copy of %s and keeps the rest', (_, field) => {
    const original = { _id: 'drafts.x', _type: 'x', title: 'Utstyrsbanken', [field.name]: '2026-05-03' };
    expect(withoutPublishDate(original, field)).toEqual({ _id: 'drafts.x', _type: 'x', title: 'Utstyrsbanken' });
    expect(original[field.name]).toBe('2026-05-03');
  });
});
