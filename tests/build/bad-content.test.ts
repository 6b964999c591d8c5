// The content guard is wired into the build: bad content stops `astro build` before any page is written, with the
// guard's message, and a build that lost too many pages is not published, unless editors took them down. Each case of the catalogue of bad input
// (tests/fixtures/bad-content/cases.ts) is checked against the guard itself in tests/unit/content-guard.test.ts;
// here one case builds for real.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentCheck } from '@for-alle/shared/site-status';
import { badContentCases } from '../fixtures/bad-content/cases';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixtureDataset } from '../support/fixture-dataset';

const readNdjsonLines = (file: string): { _id: string; _type: string }[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

const catalogue = 'tests/fixtures/bad-content';

describe('bad content stops the build', () => {
  it('before any page, listing every problem', { timeout: 120_000 }, async () => {
    const name = 'several-problems-at-once';
    const dataset = fixtureDataset({ extra: `${catalogue}/${name}.ndjson`, imagesFrom: catalogue });
    const outDir = testBuildDir(`bad-${name}`);
    const { code, output } = await buildSite({ outDir, env: { LOCAL_DATASET: dataset }, allowFailure: true });
    expect(code).not.toBe(0);
    for (const line of badContentCases[name].expected) expect(output).toContain(line);
    // The editors' list stands on its own, not followed by a stack trace into the guard's code.
    expect(output).toContain('Byggingen stoppet før noen side ble laget: innholdet har feil (se over).');
    expect(output).not.toContain('content-guard/run.ts');
    // The content report, which CI shows on the run's page, is this build's and says why it stopped.
    const report = readFileSync(`${outDir}.innholdsrapport.md`, 'utf8');
    expect(report).toMatch(/^# Innholdsrapport/);
    expect(report).toContain('## Oppdateringen stoppet');
    for (const line of badContentCases[name].expected) expect(report).toContain(line);
    // What the Studio's status pane shows (shared/site-status.ts): each document at fault, to open at its field.
    const check = JSON.parse(readFileSync(`${outDir}.innholdskontroll.json`, 'utf8')) as ContentCheck;
    expect(check.problems).toHaveLength(3);
    expect(check.problems).toContainEqual(
      expect.objectContaining({
        documentId: 'event-other-problem',
        documentType: 'event',
        path: 'kind',
        where: 'Arrangement «Workshop» › Type',
        message: expect.stringContaining('«fest» er ikke et av valgene'),
      }),
    );
    expect(check.stopMessage).toBeUndefined();
    const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true }).map(String) : [];
    expect(written.filter((file) => file.endsWith('.html'))).toEqual([]);
  });

  it(
    'stops a build that lost more than 10 % of the last build’s pages, unless they are redirected',
    { timeout: 120_000 },
    async () => {
      const outDir = testBuildDir('shrink');
      const manifest = join(dirname(outDir), 'manifest.json');
      const lost = Array.from({ length: 40 }, (_, index) => `/historier/tapt-${index}/`);
      // The documents behind the lost pages are not in the dataset at all, neither published nor as drafts: what a
      // wrong dataset or project, or a failed export, looks like.
      const documents = Object.fromEntries(lost.map((path, index) => [path, [`story-tapt-${index}`]]));
      writeFileSync(manifest, JSON.stringify({ pages: ['/', '/forskning/', ...lost], documents }));
      // The minimal site: enough pages to compare, in a fraction of the bundled dataset's build time.
      const report = join(dirname(outDir), 'innholdsrapport.md');
      const env = { BUILD_MANIFEST: manifest, CONTENT_REPORT: report, LOCAL_DATASET: fixtureDataset({}) };
      const { code, output } = await buildSite({ outDir, env, allowFailure: true });
      expect(code).not.toBe(0);
      const lostPage =
        '/historier/tapt-0/ (dokumentet «story-tapt-0» finnes ikke lenger, verken publisert eller som utkast)';
      // Also on the run's summary page, with the content report, where editors look.
      expect(readFileSync(report, 'utf8')).toContain('## Oppdateringen stoppet');
      // And in the Studio's status pane, as the build's message: no single document is at fault.
      const check = JSON.parse(readFileSync(`${outDir}.innholdskontroll.json`, 'utf8')) as ContentCheck;
      expect(check.problems).toEqual([]);
      expect(check.stopMessage).toContain('Oppdateringen stoppes: 40 av 42 sider');
      expect(check.stopMessage).toContain(lostPage);
      expect(readFileSync(report, 'utf8')).not.toContain('/historier/tapt-0/');
      expect(output).toContain('Oppdateringen stoppes: 40 av 42 sider fra forrige vellykkede oppdatering er borte');
      // The addresses, made from titles, are in the Studio's status, not in a log a public repository shows anyone.
      expect(output).not.toContain('/historier/tapt-0/');
      expect(output).toContain('Sidene som er borte, står under «Status for nettstedet» i Studio.');
      expect(output).toContain('Til redaktørene:');
      expect(JSON.parse(readFileSync(manifest, 'utf8')).pages).toContain('/historier/tapt-0/');
    },
  );

  it(
    'publishes a build whose pages editors took down with «Avpubliser», and remembers each page’s document',
    { timeout: 120_000 },
    async () => {
      const outDir = testBuildDir('taken-down');
      const manifest = join(dirname(outDir), 'manifest.json');
      const takenDown = Array.from({ length: 40 }, (_, index) => `/historier/tatt-ned-${index}/`);
      const documents = Object.fromEntries(takenDown.map((path, index) => [path, [`story-tatt-ned-${index}`]]));
      writeFileSync(manifest, JSON.stringify({ pages: ['/', '/forskning/', ...takenDown], documents }));
      // Unpublishing removes the published document and keeps its draft, which an export holds.
      const drafts = takenDown.map((_, index) => ({
        _id: `drafts.story-tatt-ned-${index}`,
        _type: 'projectStory',
        title: `Tatt ned ${index}`,
      }));
      const env = { BUILD_MANIFEST: manifest, LOCAL_DATASET: fixtureDataset({ extra: drafts }) };
      const { code, output } = await buildSite({ outDir, env, allowFailure: true });
      expect(output).not.toContain('Oppdateringen stoppes');
      expect(code).toBe(0);
      expect(output).toContain('40 sider er tatt ned med «Avpubliser».');
      // Not their addresses: made from titles, they may name a child, and a public repository's logs are public.
      expect(output).not.toContain('/historier/tatt-ned-0/');
      const written = JSON.parse(readFileSync(manifest, 'utf8'));
      expect(written.pages).not.toContain('/historier/tatt-ned-0/');
      const settings = readNdjsonLines(env.LOCAL_DATASET).find((document) => document._type === 'siteSettings');
      expect(written.documents['/']).toEqual([settings?._id]);
    },
  );
});
