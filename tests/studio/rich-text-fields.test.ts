// The build's content guard checks rich text in the document fields shared/rich-text.ts names (and only at the
// top of a document): every rich-text field of the schema must be one of them, or what an import puts in it would
// go unchecked.
import { describe, expect, test } from 'vitest';
import { richTextFields } from '@for-alle/shared/rich-text';
import { documentTypes, schemaTypes, singletonSchemaTypes } from '../../studio/schemaTypes';

interface FieldDefinition {
  name: string;
  type: string;
  fields?: FieldDefinition[];
  of?: FieldDefinition[];
}

/** Every rich-text field, by its path from the type that declares it: `event.description`, `session.notes`. */
function richTextPaths(fields: FieldDefinition[] = [], prefix: string): string[] {
  return fields.flatMap((field) => [
    ...(field.type === 'blockContent' ? [`${prefix}.${field.name}`] : []),
    ...richTextPaths(field.fields, `${prefix}.${field.name}`),
    ...richTextPaths(field.of, `${prefix}.${field.name}[]`),
  ]);
}

const documentNames = new Set([...documentTypes, ...singletonSchemaTypes].map((type) => type.name));
const paths = schemaTypes.flatMap((type) => richTextPaths((type as { fields?: FieldDefinition[] }).fields, type.name));

describe('rich-text fields', () => {
  test('sit at the top of a document, under a name the content guard checks', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const [type, field, ...deeper] = path.split('.');
      expect(documentNames.has(type) && deeper.length === 0, path).toBe(true);
      expect(richTextFields, path).toContain(field);
    }
  });

  test('the guard checks no name the schema does not use', () => {
    const names = new Set(paths.map((path) => path.split('.')[1]));
    for (const field of richTextFields) expect(names, field).toContain(field);
  });
});
