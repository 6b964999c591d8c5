// The last step of every deploy run (.github/workflows/deploy.yml): writes how the run ended into the Content Lake,
// where the Studio shows it to the editors (shared/site-status.ts). With what the build's content check found, when it
// got that far: the documents that stopped it, or the content report's remarks.
//
// Usage: node scripts/report-site-status.ts --outcome success|failure [--check .cache/innholdskontroll.json] [--run-url …]
// Needs SANITY_PROJECT_ID and SANITY_API_WRITE_TOKEN (a token that may write: the Editor role); without the token it
// says so and writes nothing.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createClient } from '@sanity/client';
import { apiVersion } from '@for-alle/shared/api-version';
import { sourceConfigFromEnv } from '../src/lib/sanity/config.ts';
import { siteStatusAfterRun, siteStatusId, type ContentCheck, type SiteStatus } from '@for-alle/shared/site-status';

const usage =
  'usage: node scripts/report-site-status.ts --outcome success|failure [--check <the content check file>] [--run-url <url>]';

let options: { outcome?: string; check: string; 'run-url'?: string };
try {
  options = parseArgs({
    options: {
      outcome: { type: 'string' },
      check: { type: 'string', default: process.env.CONTENT_CHECK || '.cache/innholdskontroll.json' },
      'run-url': { type: 'string' },
    },
  }).values as typeof options;
} catch (error) {
  console.error(`[site-status] ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (options.outcome !== 'success' && options.outcome !== 'failure') {
  console.error(`[site-status] --outcome must be success or failure, not «${options.outcome ?? ''}»\n${usage}`);
  process.exit(2);
}

// The project, dataset and (in tests) API host as the build reads them; the token is the one that may write.
const config = sourceConfigFromEnv();
const token = process.env.SANITY_API_WRITE_TOKEN?.trim();
if (config.backend !== 'content-lake' || !token) {
  console.log(
    `[site-status] Not reported: ${config.backend === 'content-lake' ? 'SANITY_API_WRITE_TOKEN' : 'SANITY_PROJECT_ID'} ` +
      'is not set, so the Studio cannot show how this run ended (docs/deploy.md).',
  );
  process.exit(0);
}
// GitHub's run ids only grow: a run that reports late (a test failure's own job) must not overwrite a newer report.
const runId = Number(process.env.GITHUB_RUN_ID) || undefined;

/** What the build's content check found; undefined when the build stopped before it (the file is removed first). */
async function readCheck(file: string): Promise<ContentCheck | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ContentCheck;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${file} is not the content check's JSON: ${(error as Error).message}`);
  }
}

const client = createClient({
  projectId: config.projectId,
  dataset: config.dataset,
  apiVersion,
  token,
  useCdn: false,
  perspective: 'raw',
  // A hanging API must not hold the step until the job's own time limit, which would report nothing at all.
  timeout: 30_000,
  // Only for tests, which point it at a local stand-in of the API (tests/support/query-api-stand-in.ts).
  ...(config.apiHost && { apiHost: config.apiHost, useProjectHostname: false }),
});

try {
  const [check, previous] = await Promise.all([
    readCheck(options.check),
    client.fetch<Pick<SiteStatus, 'publishedAt' | 'runId'> | null>('*[_id == $id][0]{ publishedAt, runId }', {
      id: siteStatusId,
    }),
  ]);
  if (runId && previous?.runId && previous.runId > runId) {
    console.log(`[site-status] Not reported: run ${previous.runId}, a later one, has reported already.`);
    process.exit(0);
  }
  const status = siteStatusAfterRun({
    succeeded: options.outcome === 'success',
    check,
    previous,
    now: new Date(),
    runUrl: options['run-url'],
    runId,
  });
  await client.createOrReplace(status);
  console.log(
    `[site-status] Reported «${status.outcome}» (${status.problems.length} problems, ${status.remarks.length} remarks) ` +
      `to ${siteStatusId}.`,
  );
} catch (error) {
  console.error(`[site-status] Could not report the run's outcome: ${(error as Error).message}`);
  process.exitCode = 1;
}
