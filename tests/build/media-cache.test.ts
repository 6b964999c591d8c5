// The resized pictures are kept in a cache the deploy workflow carries from run to run (.cache/media). With
// PRUNE_MEDIA_CACHE=1, as the workflow builds, each build leaves in it only what it used: a picture taken off the
// site (a family's request) does not stay in the cache of every later run.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandedPicture, writeExportedPicture } from '../support/banded-picture';
import { buildSite, testBuildDir } from '../support/build-site';
import { fixedNow } from '../support/dist';
import { fixtureDataset, fixturePlace, fixtureStory } from '../support/fixture-dataset';

describe('the media cache', () => {
  it('keeps only what the build used, when the deploy workflow asks', { timeout: 180_000 }, async () => {
    const picture = await bandedPicture();
    const figure = { _type: 'figure', _sanityAsset: picture.exported, alt: 'Et bilde.', childConsentConfirmed: true };
    const dataset = fixtureDataset({ extra: [fixturePlace, fixtureStory('med-bilde', { mainImage: figure })] });
    writeExportedPicture(dataset, picture);
    const cache = mkdtempSync(join(tmpdir(), 'media-cache-'));
    // A width of a picture an earlier build published and this one does not.
    const stale = 'image-0123456789abcdef0123456789abcdef01234567-400x300-png-800-q78.webp';
    writeFileSync(join(cache, stale), 'old picture');

    const outDir = testBuildDir('media-cache');
    const env = { LOCAL_DATASET: dataset, BUILD_NOW: fixedNow, MEDIA_CACHE_DIR: cache, PRUNE_MEDIA_CACHE: '1' };
    const { output } = await buildSite({ outDir, env, searchIndex: false });

    const kept = readdirSync(cache);
    expect(existsSync(join(cache, stale))).toBe(false);
    expect(output).toContain('Media cache: deleted 1 file this build did not use.');
    // The story's picture, made in this build, stays for the next one.
    expect(kept.filter((file) => file.includes(picture.sha1)).length).toBeGreaterThan(0);
    expect(kept.every((file) => file.includes(picture.sha1) || !file.startsWith('image-'))).toBe(true);
  });
});
