// When «Publiser» sets a story's «Publisert» or a research update's date (studio/lib/publish-date.ts): at the first
// publication, when the date is empty or not later than the draft's creation; never for a document already published,
// nor over a date the editor chose after starting the draft.
import { describe, expect, test } from 'vitest';
import { osloDay } from '../../studio/lib/dates';
import { clockSlackMs, publishDateOnPublish } from '../../studio/lib/publish-date';

const created = '2027-02-01T09:00:00.000Z';
const now = new Date('2027-02-22T13:30:00.000Z');
const minutes = (n: number) => n * 60_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describe('a story: «Publisert» (datetime)', () => {
  const onPublish = (value: unknown, alreadyPublished = false) =>
    publishDateOnPublish('datetime', { value, draftCreatedAt: created, alreadyPublished, now });

  test('drafted for three weeks, the date it was started becomes the moment of publication', () => {
    // The initial value is set when the form opens, a little before Sanity creates the draft.
    expect(onPublish(shift(created, -minutes(2)))).toBe(now.toISOString());
  });

  test('an initial value a few minutes after the creation (a computer clock running fast) is still replaced', () => {
    expect(onPublish(shift(created, clockSlackMs - 1000))).toBe(now.toISOString());
  });

  test('a date copied with «Dupliser» from an old story is replaced', () => {
    expect(onPublish('2025-05-01T08:00:00.000Z')).toBe(now.toISOString());
  });

  test('an empty date is filled in', () => {
    expect(onPublish(undefined)).toBe(now.toISOString());
    expect(onPublish('')).toBe(now.toISOString());
  });

  test('a date the editor chose after starting the draft stays', () => {
    expect(onPublish('2027-02-20T08:00:00.000Z')).toBeNull();
    expect(onPublish(shift(created, clockSlackMs + minutes(1)))).toBeNull();
  });

  test('a story already published keeps its date when it is edited and published again', () => {
    expect(onPublish('2026-11-03T10:00:00.000Z', true)).toBeNull();
    expect(onPublish(shift(created, -minutes(2)), true)).toBeNull();
  });

  test('without the creation time the date stays', () => {
    const value = '2026-11-03T10:00:00.000Z';
    expect(
      publishDateOnPublish('datetime', { value, draftCreatedAt: undefined, alreadyPublished: false, now }),
    ).toBeNull();
  });
});

describe('a research update: the date (a day in Oslo)', () => {
  const onPublish = (value: unknown, at = now, alreadyPublished = false) =>
    publishDateOnPublish('date', { value, draftCreatedAt: created, alreadyPublished, now: at });

  test('the day the draft was started becomes the day of publication', () => {
    expect(onPublish(osloDay(created))).toBe('2027-02-22');
  });

  test('published the day it was started, nothing changes', () => {
    expect(onPublish(osloDay(created), new Date(shift(created, minutes(60))))).toBeNull();
  });

  test('a day before the draft (an initial value from the UTC date just after midnight in Oslo) is replaced', () => {
    expect(onPublish('2027-01-31')).toBe('2027-02-22');
  });

  test('a later day the editor chose stays, and so does the date of an update already published', () => {
    expect(onPublish('2027-02-15')).toBeNull();
    expect(onPublish(osloDay(created), now, true)).toBeNull();
  });

  test('the new date is the day in Oslo, not in UTC', () => {
    // 23:30 UTC on 28 February is already 1 March in Oslo.
    expect(onPublish(osloDay(created), new Date('2027-02-28T23:30:00.000Z'))).toBe('2027-03-01');
  });
});
