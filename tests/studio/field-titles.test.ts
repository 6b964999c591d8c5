// The field titles the site's build messages use (src/lib/content-guard/field-titles.json) are the Studio's own:
// current with the schema, and the titles its compiled form shows.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fieldTitleTree, type FieldTitles } from '@for-alle/shared/field-titles';
import { schemaTypes } from '../../studio/schemaTypes';
import { studioWorkspace } from './dataset';

const committed = JSON.parse(readFileSync('src/lib/content-guard/field-titles.json', 'utf8')) as FieldTitles;

describe('field titles for build messages', () => {
  test('the committed file is what the schema gives today (run `npm run typegen` after a schema change)', () => {
    expect(committed).toEqual(fieldTitleTree(schemaTypes));
  });

  test("every document type's fields carry the titles the Studio's form shows", async () => {
    const { schema } = await studioWorkspace();
    const documentTypes = schemaTypes.filter((type) => type.type === 'document');
    expect(documentTypes.length).toBeGreaterThan(10);
    for (const { name } of documentTypes) {
      const fields = (schema.get(name) as { fields: { name: string; type: { title?: string } }[] }).fields;
      for (const field of fields) {
        if (field.name.startsWith('_')) continue;
        expect(committed[name]?.fields?.[field.name]?.title, `${name}.${field.name}`).toBe(field.type.title);
      }
    }
  });
});
