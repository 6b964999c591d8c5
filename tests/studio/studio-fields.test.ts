// The Studio's fields as the site's content guard knows them (src/lib/content-guard/studio-fields.json): current with
// the schema, with the titles its compiled form shows and the kind of value each field stores.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { studioFieldTree, type StudioFields } from '@for-alle/shared/studio-fields';
import { schemaTypes } from '../../studio/schemaTypes';
import { studioWorkspace } from './dataset';

const committed = JSON.parse(readFileSync('src/lib/content-guard/studio-fields.json', 'utf8')) as StudioFields;

describe('the Studio fields the content guard knows', () => {
  test('the committed file is what the schema gives today (run `npm run typegen` after a schema change)', () => {
    expect(committed).toEqual(studioFieldTree(schemaTypes));
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
