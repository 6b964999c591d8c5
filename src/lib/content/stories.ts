import { loadQuery } from '../sanity/content-source';
import { pillarsQuery, placesQuery, storyCardsQuery } from '../sanity/queries';

/** The story cards and the filter links every story listing shows, loaded once per build. */
export async function loadStoryListings() {
  const [stories, places, pillars] = await Promise.all([
    loadQuery(storyCardsQuery),
    loadQuery(placesQuery),
    loadQuery(pillarsQuery),
  ]);
  const placeLinks = places
    .filter((place) => place.storyCount > 0)
    .map((place) => ({
      label: place.name ?? '',
      /** «i Bergen», «på Bryne» */
      at: `${place.preposition} ${place.name ?? ''}`,
      slug: place.slug ?? '',
      href: `/historier/sted/${place.slug}`,
      count: place.storyCount,
    }));
  const pillarLinks = pillars
    .map((pillar) => ({
      label: pillar.title ?? '',
      slug: pillar.slug ?? '',
      href: `/historier/tema/${pillar.slug}`,
      count: stories.filter((story) => story.pillar?.slug === pillar.slug).length,
    }))
    .filter((link) => link.count > 0);
  return { stories, placeLinks, pillarLinks };
}
