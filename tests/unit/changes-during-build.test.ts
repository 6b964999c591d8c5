// Content published in the Content Lake while a build runs: the guard checked the content at the start, the pages
// asked again minutes later. The content guard's hooks run here as Astro runs them, against the local stand-in of
// Sanity's query API, with an editor's change between `astro:build:start` and `astro:build:done`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ruleMessages } from '@for-alle/shared/content-rules';
import { contentGuard } from '../../src/integrations/content-guard';
import { changedDuringBuildNote } from '../../src/lib/content-guard/changes-during-build';
import { ContentGuardError } from '../../src/lib/content-guard/problems';
import { fixedNow } from '../support/dist';
import { fixtureDataset } from '../support/fixture-dataset';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

const place = {
  _id: 'place-bergen',
  _type: 'place',
  _rev: 'r1',
  name: 'Bergen',
  slug: { _type: 'slug', current: 'bergen' },
  county: 'Vestland',
  status: 'active',
  location: { _type: 'geopoint', lat: 60.39, lng: 5.32 },
};
const event = {
  _id: 'event-workshop',
  _type: 'event',
  _rev: 'r1',
  title: 'Workshop',
  slug: { _type: 'slug', current: 'workshop' },
  kind: 'workshop',
  start: '2026-02-10T11:00:00Z',
  end: '2026-02-10T15:00:00Z',
  place: { _type: 'reference', _ref: 'place-bergen' },
};

/** One build: the guard's hooks with a logger that keeps what they log, and the folders they write to. */
function build() {
  const work = mkdtempSync(join(tmpdir(), 'changes-during-build-'));
  // The page Astro wrote from the event.
  mkdirSync(join(work, 'dist/arrangementer/workshop'), { recursive: true });
  writeFileSync(join(work, 'dist/arrangementer/workshop/index.html'), '<h1>Workshop</h1>');
  vi.stubEnv('BUILD_MANIFEST', join(work, 'manifest.json'));
  vi.stubEnv('CONTENT_REPORT', join(work, 'innholdsrapport.md'));
  const logged: string[] = [];
  const logger = {
    info: (message: string) => logged.push(message),
    warn: (message: string) => logged.push(message),
    error: (message: string) => logged.push(message),
  } as unknown as AstroIntegrationLogger;
  const { hooks } = contentGuard();
  return {
    logged,
    manifest: join(work, 'manifest.json'),
    report: join(work, 'innholdsrapport.md'),
    start: () => hooks['astro:build:start']!({ logger } as never),
    done: () => hooks['astro:build:done']!({ dir: pathToFileURL(join(work, 'dist/')), logger } as never),
  };
}

/**
 * The build stopped at its end: with one line, after the editors' list of problems in the log (which it returns) and
 * in the content report.
 */
async function doneError(run: ReturnType<typeof build>): Promise<string> {
  try {
    await run.done();
  } catch (error) {
    expect(error).not.toBeInstanceOf(ContentGuardError);
    expect((error as Error).message).toBe('Byggingen stoppet: innhold publisert under byggingen har feil (se over).');
    const list = run.logged.find((line) => line.startsWith('Innholdet i '));
    expect(list, 'the list of problems in the log').toBeTruthy();
    expect(readFileSync(run.report, 'utf8')).toContain(list!.split('\n')[1]);
    return list!;
  }
  throw new Error('the build went on');
}

describe('content changed in the Content Lake while the site is built', () => {
  let api: QueryApiStandIn;
  beforeEach(async () => {
    api = await startQueryApiStandIn({ ndjsonFile: fixtureDataset({ extra: [place, event] }) });
    vi.stubEnv('SANITY_PROJECT_ID', 'test1234');
    vi.stubEnv('SANITY_API_HOST', api.apiHost);
    vi.stubEnv('SANITY_API_READ_TOKEN', '');
    vi.stubEnv('BUILD_NOW', fixedNow);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await api.close();
  });

  it('stops the build when a document is published broken after the check, naming it and saying when', async () => {
    const run = build();
    await run.start();
    api.put({ ...event, end: '2026-02-10T09:00:00Z' });
    const message = await doneError(run);
    expect(message).toContain(
      `  - Arrangement «Workshop» › Slutt: «event-workshop» (event) › end: ${ruleMessages.endAfterStart}`,
    );
    expect(message).toContain(`\n${changedDuringBuildNote}\nRett feilene i Sanity Studio og publiser på nytt.`);
    // Not the baseline for the next build, and on the run's summary page.
    expect(existsSync(run.manifest)).toBe(false);
    expect(readFileSync(run.report, 'utf8')).toContain('## Oppdateringen stoppet');
  });

  it('stops the build when a document the pages used is deleted and leaves a reference to nothing', async () => {
    const run = build();
    await run.start();
    api.remove('place-bergen');
    const message = await doneError(run);
    expect(message).toContain(
      '«event-workshop» (event) › place: viser til et dokument som ikke finnes eller ikke er publisert («place-bergen»)',
    );
    expect(message).toContain(changedDuringBuildNote);
  });

  it('lets a change through that passes the guard, with a line in the log, and writes the manifest', async () => {
    const run = build();
    await run.start();
    api.put({ ...event, title: 'Workshop om inkludering' });
    api.put({ ...event, _id: 'event-new', slug: { _type: 'slug', current: 'ny-workshop' } });
    await run.done();
    expect(run.logged).toContain(
      '2 documents (event-new, event-workshop) published or changed during the build passed the content guard. ' +
        'The publish webhook has started another build that takes them.',
    );
    // The new event's page was not built from the content checked at the start; the manifest names what it has.
    const manifest = JSON.parse(readFileSync(run.manifest, 'utf8'));
    expect(manifest.documents).toEqual({ '/arrangementer/workshop/': ['event-workshop'] });
  });

  it('lets a deletion through that leaves nothing broken, and says so', async () => {
    const run = build();
    await run.start();
    api.remove('event-workshop');
    await run.done();
    expect(run.logged.join('\n')).toContain('1 document (event-workshop) deleted or unpublished during the build.');
  });

  it('stops a built site from going out when the Content Lake cannot be asked at the end, and says it was built', async () => {
    const run = build();
    await run.start();
    api.fail({ status: 403, times: 1 });
    const error = await Promise.resolve(run.done()).then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );
    // With the API's own words: trying again would not help.
    expect(error?.message).toContain('(HTTP 403: Forbidden - Stand-in fault 403)');
    expect(error?.message).toContain(
      'Innholdsvakten fikk dermed ikke sjekket om innholdet ble endret i Sanity mens nettstedet ble bygget. Sidene er bygget, men ikke publisert',
    );
    expect(error?.message).not.toContain('Nettstedet ble ikke bygget');
    expect(existsSync(run.manifest)).toBe(false);
  });

  it('asks only for the revisions when nothing changed', async () => {
    const run = build();
    await run.start();
    api.requests.length = 0;
    await run.done();
    expect(api.requests.map((request) => request.query)).toEqual(['*[_type in $types]{ _id, _rev }']);
    expect(run.logged.join('\n')).not.toContain('during the build');
  });
});
