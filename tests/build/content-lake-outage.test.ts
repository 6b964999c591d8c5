// A Content Lake that stays down stops the build before any page is written, with one Norwegian line that names the
// project, the dataset and the HTTP status, in the log and on the run's page (the content report); no stack trace
// into the HTTP client, which would read in a deploy log as a crash of the site. The retries themselves are tested in
// tests/unit/content-lake-faults.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, testBuildDir, type BuildResult } from '../support/build-site';
import { fixtureDataset } from '../support/fixture-dataset';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

describe('a build while the Content Lake is down', () => {
  let standIn: QueryApiStandIn;
  let outDir: string;
  let result: BuildResult;

  beforeAll(async () => {
    standIn = await startQueryApiStandIn({ ndjsonFile: fixtureDataset({}) });
    standIn.fail({ status: 503, times: Infinity });
    outDir = testBuildDir('lake-down');
    result = await buildSite({
      outDir,
      env: { SANITY_PROJECT_ID: 'down1234', SANITY_DATASET: 'production', SANITY_API_HOST: standIn.apiHost },
      allowFailure: true,
      searchIndex: false,
    });
  }, 120_000);
  afterAll(() => standIn?.close());

  it('stops before any page, saying what failed and that the published site is unchanged', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'Fikk ikke hentet innhold fra Sanity-prosjektet down1234, datasettet production etter 4 forsøk (HTTP 503). ' +
        'Nettstedet ble ikke bygget, og den publiserte versjonen er uendret.',
    );
    const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true }).map(String) : [];
    expect(written.filter((file) => file.endsWith('.html'))).toEqual([]);
  });

  it('prints no stack trace', () => {
    expect(result.output).not.toMatch(/content-lake-source\.ts|Stack trace|node_modules/);
  });

  it('says so on the run’s page, in this build’s content report', () => {
    const report = readFileSync(`${outDir}.innholdsrapport.md`, 'utf8');
    expect(report).toContain('Content Lake (Sanity-prosjektet down1234, datasettet production)');
    expect(report).toContain('## Oppdateringen stoppet');
    expect(report).toContain('etter 4 forsøk (HTTP 503)');
  });
});
