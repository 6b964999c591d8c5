// A story card always has a picture: a story an editor saved without one shows its pillar's, so the row it stands in
// keeps its pictures in line (edge-content review, session 13).
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { storyCardsQuery } from '../../src/lib/sanity/queries';
import type { StoryCardsQueryResult } from '../../src/lib/sanity/sanity.types';
import { fixtureDataset } from '../support/fixture-dataset';

interface StoryDocument {
  _id: string;
  _type: string;
  pillar: { _ref: string };
  mainImage?: unknown;
}

describe('story cards', () => {
  it("show the pillar's picture for a story without its own, and a story's own picture where it has one", async () => {
    const stories = readFileSync(bundledDatasetPath, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as StoryDocument)
      .filter((document) => document._type === 'projectStory' && !document._id.startsWith('drafts.'));
    const [withoutPicture, withPicture] = stories;
    const { mainImage: _left, ...stripped } = withoutPicture;
    const file = fixtureDataset({
      base: bundledDatasetPath,
      extra: [stripped],
      imagesFrom: dirname(bundledDatasetPath),
    });
    const data = await createBundledSource(file, 'published');

    const cards = await data.fetch<StoryCardsQueryResult>(storyCardsQuery);
    const pictureOf = async (id: string) => data.fetch<string | null>('*[_id == $id][0].mainImage.asset->_id', { id });
    const card = (id: string) => cards.find((candidate) => candidate._id === id);

    const pillarPicture = await pictureOf(withoutPicture.pillar._ref);
    expect(pillarPicture).toBeTruthy();
    expect(card(withoutPicture._id)?.mainImage?.asset?._id).toBe(pillarPicture);
    expect(card(withPicture._id)?.mainImage?.asset?._id).toBe(await pictureOf(withPicture._id));
    expect(await pictureOf(withPicture._id)).not.toBe(await pictureOf(withPicture.pillar._ref));
  });
});
