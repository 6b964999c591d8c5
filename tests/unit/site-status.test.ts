// How a deploy run ended reaches the editors in the Studio: the workflow's last step (scripts/report-site-status.ts)
// writes it into the Content Lake, here a local stand-in of Sanity's HTTP API, as the document the Studio's status pane
// reads (shared/site-status.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import {
  siteStatusAfterRun,
  siteStatusId,
  technicalFailureMessage,
  type ContentCheck,
  type SiteStatusItem,
} from '@for-alle/shared/site-status';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

const item = (documentId: string, message: string): SiteStatusItem => ({
  _key: documentId,
  documentId,
  documentType: 'event',
  path: 'registration.url',
  where: `Arrangement «${documentId}» › Påmelding › Påmeldingslenke`,
  message,
});
const remark = item('event-remark', 'påmeldingen åpner om tre dager, men lenken mangler');
const problem = item('event-problem', 'er ikke en gyldig nettadresse');
const passed: ContentCheck = { checkedAt: '2026-11-29T09:17:05Z', problems: [], remarks: [remark] };
const stopped: ContentCheck = { ...passed, problems: [problem] };
const now = new Date('2026-11-29T10:20:00Z');
const lastPublished = { publishedAt: '2026-11-29T09:19:00.000Z' };

describe('the status after a run', () => {
  it('is «published» with the remarks when the run succeeded, showing what was published when the content was read', () => {
    // Not when the run ended: a document published while the site was being built waits for the next run.
    expect(siteStatusAfterRun({ succeeded: true, check: passed, previous: lastPublished, now })).toMatchObject({
      outcome: 'published',
      publishedAt: passed.checkedAt,
      reportedAt: now.toISOString(),
      problems: [],
      remarks: [remark],
    });
  });

  it('is «stopped» with the documents at fault, and keeps when the site was last updated', () => {
    const status = siteStatusAfterRun({ succeeded: false, check: stopped, previous: lastPublished, now });
    expect(status).toMatchObject({ outcome: 'stopped', publishedAt: lastPublished.publishedAt, problems: [problem] });
    expect(status.message).toBeUndefined();
  });

  it('is «stopped» with the build’s message when no single document is at fault', () => {
    const check = { ...passed, stopMessage: 'Oppdateringen stoppes: 40 av 42 sider … er borte' };
    expect(siteStatusAfterRun({ succeeded: false, check, previous: null, now })).toMatchObject({
      outcome: 'stopped',
      problems: [],
      message: check.stopMessage,
    });
  });

  it('is «failed» for a technical reason when the content passed, or was never checked', () => {
    // The content check passed and something later failed (the search index, the upload): not the editors' doing.
    const late = siteStatusAfterRun({ succeeded: false, check: passed, previous: lastPublished, now });
    expect(late).toMatchObject({
      outcome: 'failed',
      message: technicalFailureMessage,
      remarks: [remark],
      problems: [],
    });
    const early = siteStatusAfterRun({ succeeded: false, check: undefined, previous: null, now });
    expect(early).toMatchObject({ outcome: 'failed', remarks: [] });
    expect(early.publishedAt).toBeUndefined();
    // Sanity did not answer: the build's own words, still not the editors' doing.
    const outage = 'Sanity svarte ikke. Nettstedet ble ikke bygget, og den publiserte versjonen er uendret.';
    expect(
      siteStatusAfterRun({ succeeded: false, check: { ...passed, technicalFailure: outage }, previous: null, now }),
    ).toMatchObject({ outcome: 'failed', message: outage });
  });
});

describe('scripts/report-site-status.ts', () => {
  let standIn: QueryApiStandIn;
  const folder = mkdtempSync(join(tmpdir(), 'site-status-'));
  const checkFile = join(folder, 'innholdskontroll.json');
  const runUrl = 'https://github.com/example/for-alle/actions/runs/123';

  beforeAll(async () => {
    standIn = await startQueryApiStandIn({ ndjsonFile: bundledDatasetPath });
  });
  afterAll(() => standIn.close());

  const report = (outcome: string, env: Record<string, string> = {}, check = checkFile) =>
    promisify(execFile)(
      resolve('node_modules/.bin/node'),
      ['scripts/report-site-status.ts', '--outcome', outcome, '--check', check, '--run-url', runUrl],
      {
        env: {
          PATH: process.env.PATH,
          SANITY_PROJECT_ID: 'test1234',
          SANITY_API_HOST: standIn.apiHost,
          SANITY_API_WRITE_TOKEN: 'sk-write-test',
          ...env,
        },
      },
    );

  it('writes a published run, then a stopped one that keeps when the site was last updated', async () => {
    writeFileSync(checkFile, JSON.stringify(passed));
    await report('success');
    const published = standIn.document(siteStatusId);
    expect(published).toMatchObject({ _type: 'siteStatus', outcome: 'published', remarks: [remark], runUrl });

    writeFileSync(checkFile, JSON.stringify(stopped));
    const { stdout } = await report('failure');
    expect(stdout).toContain('Reported «stopped» (1 problems, 1 remarks)');
    expect(standIn.document(siteStatusId)).toMatchObject({
      outcome: 'stopped',
      problems: [problem],
      publishedAt: published?.publishedAt,
    });
    // Sent as the mutation API documents it, with the token.
    const mutation = standIn.requests.findLast((request) => request.path.endsWith('/data/mutate/production'));
    expect(mutation?.headers.authorization).toBe('Bearer sk-write-test');
    expect(mutation?.params.mutations).toEqual([{ createOrReplace: expect.objectContaining({ _id: siteStatusId }) }]);
  });

  it('says a run failed when the build never reached the content check', async () => {
    const { stdout } = await report('failure', {}, join(folder, 'never-written.json'));
    expect(stdout).toContain('Reported «failed»');
    expect(standIn.document(siteStatusId)).toMatchObject({ outcome: 'failed', message: technicalFailureMessage });
  });

  it('does not overwrite the report of a later run', async () => {
    writeFileSync(checkFile, JSON.stringify(passed));
    await report('success', { GITHUB_RUN_ID: '200' });
    const { stdout } = await report('failure', { GITHUB_RUN_ID: '199' }, join(folder, 'never-written.json'));
    expect(stdout).toContain('Not reported: run 200, a later one, has reported already.');
    expect(standIn.document(siteStatusId)).toMatchObject({ outcome: 'published', runId: 200 });
  });

  it('lies under a path, which the Content Lake never shows without a token', () => {
    // «IDs are also considered paths, separated by periods»; the public read access covers the root path only
    // (https://www.sanity.io/docs/ids): the status is the editors', whatever the dataset's visibility.
    expect(siteStatusId).toMatch(/^[a-z-]+\.[a-z-]+$/);
  });

  it('writes nothing, and says why, without a write token', async () => {
    const before = standIn.requests.length;
    const { stdout } = await report('success', { SANITY_API_WRITE_TOKEN: '' });
    expect(stdout).toContain('SANITY_API_WRITE_TOKEN is not set');
    expect(standIn.requests.length).toBe(before);
  });
});
