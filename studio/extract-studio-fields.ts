/**
 * Writes the Studio's fields (titles and the kind of value each stores) for the site's content guard and its build
 * messages (shared/studio-fields.ts says why). Run by `npm run typegen` at the root, after a schema change.
 */
import { writeFileSync } from 'node:fs';
import { studioFieldTree } from '@for-alle/shared/studio-fields';
import { schemaTypes } from './schemaTypes';

const out = new URL('../src/lib/content-guard/studio-fields.json', import.meta.url);
writeFileSync(out, JSON.stringify(studioFieldTree(schemaTypes), null, 2) + '\n');
console.log(`Wrote ${out.pathname}`);
