import type { PlacesQueryResult } from '../sanity/sanity.types';

/** Places that can go on the map: those with a name, a slug and coordinates. */
export function mapPlaces(places: PlacesQueryResult) {
  return places.flatMap((place) =>
    place.name && place.slug && place.location?.lat !== undefined && place.location?.lng !== undefined
      ? [
          {
            name: place.name,
            slug: place.slug,
            lat: place.location.lat,
            lng: place.location.lng,
            status: place.status,
            county: place.county,
            storyCount: place.storyCount,
            projectCount: place.projectCount,
            isSample: place.isSample,
          },
        ]
      : [],
  );
}
