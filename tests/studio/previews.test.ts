// The list previews editors scan: a session says which day, who and what material it has; a file without a title
// says what the site will call it.
import { describe, expect, test } from 'vitest';
import { applicationRound } from '../../studio/schemaTypes/objects/application-round';
import { materialFile } from '../../studio/schemaTypes/objects/material-file';
import { materialLink } from '../../studio/schemaTypes/objects/material-link';
import { session } from '../../studio/schemaTypes/objects/session';
import { person } from '../../studio/schemaTypes/documents/person';
import { EnvelopeIcon } from '@sanity/icons';
import { documentTypes } from '../../studio/schemaTypes';
import { activitySupport } from '../../studio/schemaTypes/singletons/activity-support';
import { siteSettings } from '../../studio/schemaTypes/singletons/site-settings';
import { type Doc, readDataset } from './dataset';

type Prepare = (value: Record<string, unknown>) => { title?: string; subtitle?: string };
const prepareSession = session.preview!.prepare as unknown as Prepare;
const prepareFile = materialFile.preview!.prepare as unknown as Prepare;
const prepareLink = materialLink.preview!.prepare as unknown as Prepare;
const prepareGrant = activitySupport.preview!.prepare as unknown as Prepare;

const file = (n: number) => ({ _key: `f${n}`, _type: 'materialFile', file: { asset: { _ref: `file-${n}-pdf` } } });
const link = { _key: 'l1', _type: 'materialLink', title: 'Lysark', url: 'https://example.no/lysark' };

describe('session preview', () => {
  test('names the day in Oslo, the speaker and how many files', () => {
    const preview = prepareSession({
      title: 'Samskaping i Haugesund',
      start: '2025-01-23T08:00:00Z',
      speaker: 'Kari Nordmann',
      material: [file(1), file(2)],
    });
    expect(preview).toEqual({
      title: 'Samskaping i Haugesund',
      subtitle: 'tor. 23. jan. 09.00 · Kari Nordmann · 2 filer',
    });
  });

  test('tells apart two sessions at 09.00 on the two days of a conference', () => {
    const first = prepareSession({ start: '2025-01-22T08:00:00Z', speaker: 'Kari Nordmann' });
    const second = prepareSession({ start: '2025-01-23T08:00:00Z', speaker: 'Kari Nordmann' });
    expect(first.subtitle).toContain('09.00');
    expect(second.subtitle).toContain('09.00');
    expect(first.subtitle).not.toBe(second.subtitle);
  });

  test('writes the time as the site does, «09.00», not «09:00»', () => {
    expect(prepareSession({ start: '2025-01-23T08:00:00Z' }).subtitle).not.toMatch(/\d:\d/);
  });

  test('uses Oslo time in summer too, and the day in Oslo just after midnight', () => {
    expect(prepareSession({ start: '2025-06-12T07:00:00Z' }).subtitle).toMatch(/^tor\. 12\. juni 09\.00 · /);
    expect(prepareSession({ start: '2025-01-22T23:30:00Z' }).subtitle).toMatch(/^tor\. 23\. jan\. 00\.30 · /);
  });

  test('says «ingen materiell» when there is nothing for a visitor to get afterwards', () => {
    expect(prepareSession({ start: '2025-01-23T08:00:00Z', speaker: 'Kari Nordmann' }).subtitle).toBe(
      'tor. 23. jan. 09.00 · Kari Nordmann · ingen materiell',
    );
    // A file item whose upload never finished is not material yet: the site would show nothing.
    expect(prepareSession({ material: [{ _key: 'x', _type: 'materialFile' }] }).subtitle).toBe('ingen materiell');
  });

  test('counts files, links and a video, in the right number', () => {
    expect(prepareSession({ material: [file(1), link], videoUrl: 'https://video.example.no/1' }).subtitle).toBe(
      '1 fil, 1 lenke, video',
    );
    expect(prepareSession({ material: [link, { ...link, _key: 'l2' }] }).subtitle).toBe('2 lenker');
  });

  test('a panel shows its first speaker «m.fl.»', () => {
    expect(prepareSession({ speaker: 'Kari Nordmann', nextSpeaker: 'Ola Nordmann' }).subtitle).toBe(
      'Kari Nordmann m.fl. · ingen materiell',
    );
  });
});

describe('material file preview', () => {
  test("shows the editor's title and the file name", () => {
    expect(prepareFile({ title: 'Lysark: Samskaping i Haugesund', filename: 'samskaping.pdf' })).toEqual({
      title: 'Lysark: Samskaping i Haugesund',
      subtitle: 'samskaping.pdf',
    });
  });

  test('without a title, says what the site will call it', () => {
    expect(prepareFile({ filename: 'samskaping.pdf' })).toEqual({
      title: 'Presentasjon',
      subtitle: 'uten egen tittel · samskaping.pdf',
    });
  });
});

describe('material link preview', () => {
  test('shows the title as the site does, without the «(ekstern lenke)» the site adds, or else the address', () => {
    expect(
      prepareLink({ title: 'Rapport: Fritid for alle (ekstern lenke)', subtitle: 'https://example.no/r' }),
    ).toEqual({
      title: 'Rapport: Fritid for alle',
      subtitle: 'https://example.no/r',
    });
    expect(prepareLink({ subtitle: 'https://example.no/r' }).title).toBe('https://example.no/r');
  });
});

describe('activity-support preview', () => {
  test('says when the rounds are examples, beside the maximum', () => {
    expect(prepareGrant({ maxAmount: 50000, isSample: true }).subtitle).toBe(
      'Inntil kr 50\u00a0000 · Søknadsrundene er eksempler',
    );
    expect(prepareGrant({ maxAmount: 50000, isSample: false }).subtitle).toBe('Inntil kr 50\u00a0000');
  });
});

describe('site settings preview', () => {
  // In «Eksempelinnhold», among the documents to replace, the settings say what in them is invented.
  test('says when the contact details are examples, beside the organisation', () => {
    const prepareSettings = siteSettings.preview!.prepare as unknown as Prepare;
    expect(
      prepareSettings({ title: 'For Alle', organisationName: 'Sparebankstiftelsen SR-Bank', isSample: true }),
    ).toMatchObject({
      title: 'For Alle',
      subtitle: 'Sparebankstiftelsen SR-Bank · Kontaktopplysningene er eksempler',
    });
    expect(prepareSettings({ title: 'For Alle', organisationName: 'Sparebankstiftelsen SR-Bank' }).subtitle).toBe(
      'Sparebankstiftelsen SR-Bank',
    );
  });
});

describe('application round preview', () => {
  const prepareRound = applicationRound.preview!.prepare as unknown as Prepare;
  // Rounds far from any day the tests run on, so each stays open, to come or past.
  test('says where each round stands, as /aktivitetsstotte shows it', () => {
    expect(prepareRound({ title: 'Åpen', opensAt: '2001-01-15', deadline: '2999-03-01' }).subtitle).toBe(
      'Åpen nå · frist 1. mars 2999',
    );
    expect(prepareRound({ title: 'Kommer', opensAt: '2999-01-15', deadline: '2999-03-01' }).subtitle).toBe(
      'Kommer · åpner 15. jan. 2999 · frist 1. mars 2999',
    );
    expect(prepareRound({ title: 'Over', opensAt: '2001-01-15', deadline: '2001-03-01' }).subtitle).toBe(
      'Fristen gikk ut 1. mars 2001',
    );
  });

  test('a round without an opening day is open until its deadline, as on the site', () => {
    expect(prepareRound({ title: 'Importert', deadline: '2999-03-01' }).subtitle).toBe('Åpen nå · frist 1. mars 2999');
  });
});

describe('sample content in the lists', () => {
  type Preview = {
    select?: Record<string, string>;
    prepare?: (value: Record<string, unknown>) => { subtitle?: string };
  };
  const withSampleField = documentTypes.filter((type) =>
    (type as { fields?: { name: string }[] }).fields?.some((field) => field.name === 'isSample'),
  );

  /** The subtitle the Studio's list shows for a document: its preview, fed the document's selected fields. */
  function subtitleOf(doc: Doc): string {
    const preview = documentTypes.find((type) => type.name === doc._type)!.preview as Preview;
    const selection = Object.fromEntries(
      Object.entries(preview.select ?? {}).map(([name, path]) => [
        name,
        path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc),
      ]),
    );
    return preview.prepare?.(selection).subtitle ?? '';
  }

  test('every document type with «Eksempelinnhold» has it in its preview', () => {
    expect(withSampleField.length).toBeGreaterThan(5);
    for (const type of withSampleField) expect(type.preview?.select, type.name).toHaveProperty('isSample', 'isSample');
  });

  test('every sample document says «Eksempel» first in its list; no other document says it', () => {
    const dataset = readDataset().filter((doc) => withSampleField.some((type) => type.name === doc._type));
    const samples = dataset.filter((doc) => doc.isSample === true);
    expect(new Set(samples.map((doc) => doc._type)).size).toBeGreaterThan(5);
    for (const doc of dataset) {
      if (doc.isSample === true) expect(subtitleOf(doc), doc._id).toMatch(/^Eksempel( · |$)/);
      else expect(subtitleOf(doc), doc._id).not.toMatch(/Eksempel/);
    }
  });
});

// The conference's inbox is a person document, as contacts are; in the list it should not pass for someone.
describe('a shared address', () => {
  const preparePerson = person.preview!.prepare as unknown as (value: Record<string, unknown>) => { media?: unknown };
  const photo = { asset: { _ref: 'image-a-80x80-jpg' } };
  const photoField = (person.fields as { name: string; hidden?: (context: { document: object }) => boolean }[]).find(
    (field) => field.name === 'photo',
  )!;

  test('has an envelope in the Studio list, a person their portrait', () => {
    expect(preparePerson({ title: 'For Alle-konferansen', isSharedAddress: true }).media).toBe(EnvelopeIcon);
    expect(preparePerson({ title: 'Kari Nordmann', media: photo }).media).toBe(photo);
  });

  test('has no portrait field to fill in, unless a portrait is still there to remove', () => {
    expect(photoField.hidden!({ document: { isSharedAddress: true } })).toBe(true);
    expect(photoField.hidden!({ document: { isSharedAddress: true, photo } })).toBe(false);
    expect(photoField.hidden!({ document: { isSharedAddress: false } })).toBe(false);
    expect(photoField.hidden!({ document: {} })).toBe(false);
  });
});
