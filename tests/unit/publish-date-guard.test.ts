// A story or research update published without «Publiser» (a release, a scheduled draft, an import, the API) carries
// no date unless the editor or the import gave one (studio/lib/publish-date.ts). The content guard must then stop
// the build, naming the document and the field, so the site never shows it undated. Documents from the bundled
// dataset, with the date removed.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findContentProblems } from '../../src/lib/content-guard/guard';
import { readNdjsonFile, type StoredDocument } from '../../src/lib/sanity/ndjson';
import { publishDateFields } from '@for-alle/shared/publish-date-fields';

const documents = await readNdjsonFile(resolve('studio/seed/production/data.ndjson'));
const published = documents.filter((document) => !document._id.includes('.'));
const knownIds = new Set(published.map((document) => document._id));
const now = new Date('2027-02-22T12:00:00Z');

function problemsWith(document: StoredDocument) {
  const others = published.filter((other) => other._id !== document._id);
  return findContentProblems([...others, document], knownIds, now).filter((problem) => problem.id === document._id);
}

describe.each(Object.entries(publishDateFields))('a published %s', (type, field) => {
  const original = published.find((document) => document._type === type && typeof document[field.name] === 'string');

  test('with its date passes', () => {
    expect(original).toBeDefined();
    expect(problemsWith(original!).filter((problem) => problem.path === field.name)).toEqual([]);
  });

  test.each([
    ['without', undefined, 'mangler, men må fylles ut'],
    ['with an empty', '', 'er tomt, men må fylles ut'],
    ['with a blank', ' ', 'er tomt, men må fylles ut'],
  ])('%s date stops the build, and says so', (_, value, message) => {
    const undated = { ...original!, [field.name]: value };
    expect(problemsWith(undated)).toContainEqual(
      expect.objectContaining({ id: original!._id, type, path: field.name, message }),
    );
  });
});
