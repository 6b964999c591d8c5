// A new collaboration project is added when it is decided, before it starts: it begins as «Under etablering», so the
// page does not say «Pågår» and the Studio does not warn about a place still under establishment.
import { describe, expect, test } from 'vitest';
import { optionTitle, projectStatuses } from '@for-alle/shared/options';
import { collaborationProject } from '../../studio/schemaTypes/documents/collaboration-project';

describe('a new collaboration project', () => {
  test('starts as «Under etablering», not «Pågår»', () => {
    const status = collaborationProject.fields.find((field) => field.name === 'status') as { initialValue?: unknown };
    expect(optionTitle(projectStatuses, status.initialValue as string)).toBe('Under etablering');
  });
});
