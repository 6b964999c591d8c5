// The catalogue of bad input (tests/fixtures/bad-content/<case>.ndjson, added to the minimal site): each case
// builds for real and must stop the build with a message that names the document, its type and the field.
// docs/content-guard.md lists the same cases for editors.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixtureDataset } from '../support/fixture-dataset';

const catalogue = 'tests/fixtures/bad-content';

interface Case {
  /** What the editor reads: «_id» (_type) › field: message. */
  expected: string[];
}

const cases: Record<string, Case> = {
  'missing-required-field': { expected: ['«story-without-title» (projectStory) › title: mangler, men må fylles ut'] },
  'duplicate-slug': {
    expected: ['«story-second» (projectStory) › slug: adressen «samme-adresse» er allerede brukt av «story-first»'],
  },
  'reference-to-missing-document': {
    expected: [
      '«story-lost-place» (projectStory) › place: viser til et dokument som ikke finnes eller ikke er publisert («place-atlantis»)',
    ],
  },
  'malformed-date': {
    expected: [
      '«event-bad-date» (event) › start: er ikke en gyldig dato og tid («14.06.2023 kl 10»)',
      '«event-local-time» (event) › start: mangler tidssone («2027-01-22T10:00»)',
    ],
  },
  'image-without-alt': {
    expected: ['«story-image-no-alt» (projectStory) › mainImage.alt: bildet mangler alternativ tekst'],
  },
  'link-with-forbidden-scheme': {
    expected: [
      '«story-javascript-link» (projectStory) › body[0].markDefs[0].href: lenken «JaVaScRiPt:alert(1)» kan ikke brukes',
    ],
  },
  'event-ends-before-start': { expected: ['«event-backwards» (event) › end: slutter før det begynner'] },
  'slug-unsafe-in-url': {
    expected: [
      '«story-hostile-slug» (projectStory) › slug.current: «"><script>alert(1)</script>» kan ikke brukes i en nettadresse',
    ],
  },
  'page-at-reserved-address': {
    expected: [
      '«page-sok» (page) › slug: adressen «sok» brukes av nettstedet selv (/sok), så siden ville aldri blitt publisert',
    ],
  },
  'duplicate-conference-year': {
    expected: ['«conference-2025-copy» (conference) › year: året 2025 er allerede brukt av «conference-2025»'],
  },
  'download-of-unsupported-type': {
    expected: ['«page-with-program» (page) › body[1].file.asset: filtypen «.exe» kan ikke lastes ned fra nettstedet'],
  },
  'report-with-file-and-link': {
    expected: [
      '«ru-two-reports» (researchUpdate) › report: har både fil og lenke, men siden viser bare filen: velg enten fil eller lenke, ikke begge',
    ],
  },
  'unknown-registration-status': {
    expected: [
      '«event-free-entry» (event) › registration.status: «gratis» er ikke et av valgene (none, notOpen, open, waitlist, closed)',
      '«conference-2028» (conference) › days[0].status: «full» er ikke et av valgene (available, waitlist)',
    ],
  },
  'open-registration-without-link': {
    expected: [
      '«event-open-no-link» (event) › registration.url: påmeldingslenken mangler, men påmeldingen er åpen: uten lenken får besøkende ingen knapp for å melde seg på',
      '«conference-2028» (conference) › registration.url: påmeldingslenken mangler, men det er venteliste',
      'har 2 feil som må rettes',
    ],
  },
  'activity-support-round-without-link': {
    expected: [
      '«activitySupport» (activitySupport) › applyUrl: lenken til søknadsskjemaet mangler, men «Runden som er åpen» er åpen',
    ],
  },
  'several-problems-at-once': {
    expected: [
      '«story-two-problems» (projectStory) › ingress: mangler, men må fylles ut',
      '«story-two-problems» (projectStory) › publishedAt: er ikke en gyldig dato og tid («i går»)',
      '«event-other-problem» (event) › kind: «fest» er ikke et av valgene',
      'har 3 feil som må rettes',
    ],
  },
};

describe('bad content stops the build', () => {
  it.each(Object.entries(cases))('%s', { timeout: 120_000 }, async (name, { expected }) => {
    const dataset = fixtureDataset({ extra: `${catalogue}/${name}.ndjson`, imagesFrom: catalogue });
    const outDir = testBuildDir(`bad-${name}`);
    const { code, output } = await buildSite({ outDir, env: { LOCAL_DATASET: dataset }, allowFailure: true });
    expect(code).not.toBe(0);
    for (const line of expected) expect(output).toContain(line);
  });

  it('stops a build with no pillars, no settings and no page singletons', { timeout: 120_000 }, async () => {
    const dataset = fixtureDataset({
      base: null,
      extra: [
        {
          _id: 'place-x',
          _type: 'place',
          name: 'X',
          slug: { current: 'x' },
          status: 'active',
          location: { lat: 60, lng: 5 },
        },
      ],
    });
    const { code, output } = await buildSite({
      outDir: testBuildDir('empty'),
      env: { LOCAL_DATASET: dataset },
      allowFailure: true,
    });
    expect(code).not.toBe(0);
    expect(output).toContain('«siteSettings» (siteSettings): innstillingene for nettstedet finnes ikke');
    expect(output).toContain('(pillar): datasettet har ingen publiserte satsingsområder');
    expect(output).toContain('«activitySupport» (activitySupport): dokumentet finnes ikke eller er ikke publisert');
    expect(output).toContain('«applicationGuide» (applicationGuide): dokumentet finnes ikke eller er ikke publisert');
  });

  it(
    'stops a build that lost more than 10 % of the last build’s pages, unless they are redirected',
    { timeout: 120_000 },
    async () => {
      const outDir = testBuildDir('shrink');
      const manifest = join(dirname(outDir), 'manifest.json');
      const lost = Array.from({ length: 40 }, (_, index) => `/historier/tapt-${index}/`);
      writeFileSync(manifest, JSON.stringify({ pages: ['/', '/forskning/', ...lost] }));
      const { code, output } = await buildSite({ outDir, env: { BUILD_MANIFEST: manifest }, allowFailure: true });
      expect(code).not.toBe(0);
      expect(output).toContain('Bygget stoppes: 40 av 42 sider fra forrige vellykkede bygg er borte');
      expect(output).toContain('/historier/tapt-0/');
    },
  );
});
