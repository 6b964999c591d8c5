/**
 * Imports the bundled dataset into the configured Sanity project, never overwriting anything: `sanity dataset import
 * … --missing` skips every document whose `_id` already exists. Only the published documents go in. The dataset's
 * two drafts («UTKAST-MARKØR») exist so tests can prove drafts never reach the public site; in a real project one of
 * them would sit over a published story, and an editor who opened it to write the real story would start from the
 * marker text.
 *
 * Run: SANITY_STUDIO_PROJECT_ID=<id> npm run seed -w studio   (it takes no options, so none can change --missing)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const bundledDataset = join(here, 'production', 'data.ndjson');

/** The lines of an NDJSON export that hold published documents, and the `_id`s of the drafts and versions left out. */
export function publishedOnly(ndjson: string): { ndjson: string; leftOut: string[] } {
  const kept: string[] = [];
  const leftOut: string[] = [];
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    const { _id } = JSON.parse(line) as { _id: string };
    if (_id.startsWith('drafts.') || _id.startsWith('versions.')) leftOut.push(_id);
    else kept.push(line);
  }
  return { ndjson: `${kept.join('\n')}\n`, leftOut };
}

/** The `sanity` CLI's arguments: `--missing`, so an existing document is never replaced. */
export function importArguments(file: string, dataset: string): string[] {
  return ['dataset', 'import', file, '--dataset', dataset, '--missing'];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ndjson, leftOut } = publishedOnly(readFileSync(bundledDataset, 'utf8'));
  // Beside data.ndjson, so the export's `file://./images/…` asset paths resolve as they do from there.
  const file = join(here, 'production', 'import.ndjson');
  writeFileSync(file, ndjson);
  console.log(`Importing the published documents; left out ${leftOut.length} test drafts (${leftOut.join(', ')}).`);
  try {
    const dataset = process.env.SANITY_STUDIO_DATASET || 'production';
    // From the Studio's folder, where the CLI finds sanity.cli.ts, whichever folder this was started from.
    const result = spawnSync('sanity', importArguments(file, dataset), {
      cwd: join(here, '..'),
      stdio: 'inherit',
      env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' },
    });
    if (result.error)
      console.error(`Could not run the sanity CLI (run this with npm run seed): ${result.error.message}`);
    process.exitCode = result.status ?? 1;
  } finally {
    rmSync(file, { force: true });
  }
}
