/**
 * Writes the field titles of the Studio's schema for the site's build messages (shared/field-titles.ts says why).
 * Run by `npm run typegen` at the root, after a schema change.
 */
import { writeFileSync } from 'node:fs';
import { fieldTitleTree } from '@for-alle/shared/field-titles';
import { schemaTypes } from './schemaTypes';

const out = new URL('../src/lib/content-guard/field-titles.json', import.meta.url);
writeFileSync(out, JSON.stringify(fieldTitleTree(schemaTypes), null, 2) + '\n');
console.log(`Wrote ${out.pathname}`);
