// With the Studio's address set, each build message ends with a link that opens its document at the field.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard';
import { ContentGuardError, describeProblem } from '../../src/lib/content-guard/problems';
import { guardContent } from '../../src/lib/content-guard/run';
import { checkStudioUrl, studioEditLink, studioUrlFromEnv } from '../../src/lib/content-guard/studio-link';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { fixtureDataset } from '../support/fixture-dataset';

const problem = {
  id: 'event-workshop',
  type: 'event',
  title: 'Workshop',
  path: 'registration.url',
  message: 'mangler',
};

describe('the Studio link in build messages', () => {
  afterEach(() => vi.unstubAllEnvs());

  test("is Sanity's edit intent for the document and field, with the values encoded", () => {
    expect(studioEditLink('https://for-alle.sanity.studio', problem)).toBe(
      'https://for-alle.sanity.studio/intent/edit/id=event-workshop;type=event;path=registration.url',
    );
    expect(studioEditLink('https://s.example', { ...problem, path: 'body[2].markDefs[0].href' })).toBe(
      'https://s.example/intent/edit/id=event-workshop;type=event;path=body%5B2%5D.markDefs%5B0%5D.href',
    );
    expect(studioEditLink('https://s.example', { ...problem, path: '' })).toBe(
      'https://s.example/intent/edit/id=event-workshop;type=event',
    );
  });

  test('comes from STUDIO_URL, without a trailing slash; a value that is not a web address stops the build', () => {
    expect(studioUrlFromEnv({})).toBeUndefined();
    expect(studioUrlFromEnv({ STUDIO_URL: '  ' })).toBeUndefined();
    expect(studioUrlFromEnv({ STUDIO_URL: 'https://for-alle.sanity.studio/' })).toBe('https://for-alle.sanity.studio');
    expect(() => checkStudioUrl({ STUDIO_URL: 'https://for-alle.sanity.studio' })).not.toThrow();
    expect(() => checkStudioUrl({})).not.toThrow();
    for (const typo of ['for-alle.sanity.studio', 'ftp://for-alle.sanity.studio']) {
      expect(studioUrlFromEnv({ STUDIO_URL: typo })).toBeUndefined();
      expect(() => checkStudioUrl({ STUDIO_URL: typo })).toThrow(`STUDIO_URL «${typo}» is not a web address`);
    }
  });

  test('ends the line an editor reads, and is left out without an address or a document to open', () => {
    expect(describeProblem(problem, 'https://s.example')).toBe(
      'Arrangement «Workshop» › Påmelding › Påmeldingslenke: «event-workshop» (event) › registration.url: mangler' +
        ' Åpne i Studio: https://s.example/intent/edit/id=event-workshop;type=event;path=registration.url',
    );
    expect(describeProblem(problem, null)).not.toContain('Studio:');
    expect(
      describeProblem({ ...problem, id: '(ingen)', type: 'pillar', path: 'slug' }, 'https://s.example'),
    ).not.toContain('Studio:');
  });

  test("reaches the guard's error when STUDIO_URL is set for the build", async () => {
    vi.stubEnv('STUDIO_URL', 'https://for-alle.sanity.studio');
    const dataset = fixtureDataset({
      extra: 'tests/fixtures/bad-content/malformed-date.ndjson',
      imagesFrom: 'tests/fixtures/bad-content',
    });
    const error = await guardContent(await createBundledSource(dataset, 'published')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ContentGuardError);
    expect((error as Error).message).toMatch(
      /› start: [^\n]* Åpne i Studio: https:\/\/for-alle\.sanity\.studio\/intent\/edit\/id=event-bad-date;type=event;path=start\n/,
    );
  });

  test('a STUDIO_URL that is not a web address stops the build before anything is checked or written', async () => {
    vi.stubEnv('STUDIO_URL', 'for-alle.sanity.studio');
    vi.stubEnv('CONTENT_REPORT', '/nonexistent/innholdsrapport.md');
    const start = contentGuard().hooks['astro:build:start']!;
    await expect(start({ logger: { info() {}, warn() {} } } as never)).rejects.toThrow(
      'STUDIO_URL «for-alle.sanity.studio» is not a web address',
    );
  });
});
