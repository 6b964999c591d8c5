import { storiesAtPlacePath, storiesInPillarPath, withSlug } from '../routes';
import { placeAt } from './places';
import type { PillarsQueryResult, PlacesQueryResult, StoryCardsQueryResult } from '../sanity/sanity.types';

/**
 * A story pillar's title in the definite plural, for running text and headings: «Samarbeidsprosjekter» →
 * «samarbeidsprosjektene», so the listing, its links and the story pages all say «Historier fra
 * samarbeidsprosjektene», as «Historier fra Bergen». A plural in -er takes -ene in place of it («prosjekter» →
 * «prosjektene»); any other title is only lowercased.
 */
export function pillarInDefinite(title: string): string {
  const lower = title.toLocaleLowerCase('nb');
  return lower.endsWith('er') ? `${lower.slice(0, -2)}ene` : lower;
}

/** The filter links every story listing shows: the places and pillars that have stories, with how many. */
export function storyFilterLinks(
  stories: StoryCardsQueryResult,
  places: PlacesQueryResult,
  pillars: PillarsQueryResult,
) {
  const placeLinks = withSlug(places)
    .filter((place) => place.storyCount > 0)
    .map((place) => ({
      label: place.name ?? '',
      /** «i Bergen», «på Bryne» */
      at: placeAt(place),
      slug: place.slug,
      href: storiesAtPlacePath(place.slug),
      count: place.storyCount,
    }));
  const pillarLinks = pillars
    .map((pillar) => ({
      label: pillar.title ?? '',
      slug: pillar.slug ?? '',
      href: storiesInPillarPath(pillar.slug ?? ''),
      count: stories.filter((story) => story.pillar?.slug === pillar.slug).length,
    }))
    .filter((link) => link.count > 0);
  return { placeLinks, pillarLinks };
}
