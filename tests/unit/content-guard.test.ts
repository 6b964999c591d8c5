// The content guard over the catalogue of bad input (tests/fixtures/bad-content/cases.ts): each case, added to the
// minimal site, must be refused with every problem named by document, type and field, and nothing else. The guard
// reads through the build's own bundled backend, so a case takes milliseconds; tests/build/bad-content.test.ts
// proves once that a real build stops on it before any page is written.
import { describe, expect, it } from 'vitest';
import { ContentGuardError } from '../../src/lib/content-guard/problems';
import { guardContent } from '../../src/lib/content-guard/run';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { pillarSlugs } from '@for-alle/shared/document-path';
import { badContentCases } from '../fixtures/bad-content/cases';
import { fixtureDataset } from '../support/fixture-dataset';

const catalogue = 'tests/fixtures/bad-content';

/** What the guard says about a dataset: its error, or null when it lets the dataset through. */
async function guardError(dataset: string): Promise<ContentGuardError | null> {
  try {
    await guardContent(await createBundledSource(dataset, 'published'));
    return null;
  } catch (error) {
    if (error instanceof ContentGuardError) return error;
    throw error;
  }
}

describe('the content guard', () => {
  it('lets the minimal site through', async () => {
    expect(await guardError(fixtureDataset({}))).toBeNull();
  });

  it.each(Object.entries(badContentCases))('refuses %s, naming each problem', async (name, { expected }) => {
    const error = await guardError(fixtureDataset({ extra: `${catalogue}/${name}.ndjson`, imagesFrom: catalogue }));
    expect(error).not.toBeNull();
    for (const line of expected) expect(error!.message).toContain(line);
    // Every problem is one the case names: a fixture that broke something else would hide what it tests.
    const problemLines = expected.filter((line) => line.startsWith('«'));
    expect(error!.problems).toHaveLength(problemLines.length);
  });

  it('names each document and field as the Studio shows them, by kind, title and field titles, before id, type and path', async () => {
    const story = await guardError(
      fixtureDataset({ extra: `${catalogue}/reference-to-missing-document.ndjson`, imagesFrom: catalogue }),
    );
    expect(story!.message).toContain(
      '  - Historie «En god historie» › Sted: «story-lost-place» (projectStory) › place: ',
    );
    const event = await guardError(
      fixtureDataset({ extra: `${catalogue}/malformed-date.ndjson`, imagesFrom: catalogue }),
    );
    expect(event!.message).toContain('  - Arrangement «Workshop» › Start: «event-bad-date» (event) › start: ');
  });

  it('refuses a dataset without settings, pillars or the page singletons', async () => {
    const place = { _id: 'place-x', _type: 'place', name: 'X', slug: { current: 'x' }, status: 'active' };
    const error = await guardError(
      fixtureDataset({ base: null, extra: [{ ...place, location: { lat: 60, lng: 5 } }] }),
    );
    expect(error?.message).toContain('«siteSettings» (siteSettings): innstillingene for nettstedet finnes ikke');
    for (const slug of Object.values(pillarSlugs))
      expect(error?.message).toContain(`«(ingen)» (pillar) › slug: satsingsområdet med adressen «${slug}» finnes ikke`);
    expect(error?.message).toContain(
      '«activitySupport» (activitySupport): dokumentet finnes ikke eller er ikke publisert',
    );
    expect(error?.message).toContain(
      '«applicationGuide» (applicationGuide): dokumentet finnes ikke eller er ikke publisert',
    );
  });
});
