import type { PlacesQueryResult } from '../sanity/sanity.types';

/** A place as a phrase: «i Bergen», «på Bryne» (the preposition its name takes, set on the place; «i» by default). */
export function placeAt(place: { name?: string | null; preposition?: string | null }): string {
  return `${place.preposition || 'i'} ${place.name ?? ''}`;
}

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

interface PlaceProject {
  status?: string | null;
  contacts?: readonly unknown[] | null;
  leadOrganisation?: { _id: string } | null;
  partners?: readonly ({ _id: string } | null)[] | null;
}

/**
 * Whether a project at the place names someone to contact. Without one (no project yet, or a project without a
 * contact) the page gives the programme's own contacts, so a place is no dead end.
 */
export function hasProjectContact(projects: readonly PlaceProject[]): boolean {
  return projects.some((project) => (project.contacts ?? []).some(Boolean));
}

/** The projects at the place that have not ended: those an organisation can still join («Avsluttet» is over). */
export function openProjects<P extends PlaceProject>(projects: readonly P[]): P[] {
  return projects.filter((project) => project.status !== 'ended');
}

/** The organisations at the place that no project there names as lead or partner: those the page lists once more. */
export function otherOrganisations<O extends { _id: string }>(
  organisations: readonly O[],
  projects: readonly PlaceProject[],
): O[] {
  const inProjects = new Set(
    projects.flatMap((project) => [
      project.leadOrganisation?._id,
      ...(project.partners ?? []).map((partner) => partner?._id),
    ]),
  );
  return organisations.filter((organisation) => !inProjects.has(organisation._id));
}
