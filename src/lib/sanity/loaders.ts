// The content the pages load and shape before they render: each loader runs its queries through loadQuery (once per
// build) and hands the results to the pure helpers in src/lib/content/. Content is fetched only here, in the pages,
// in two shells that load for themselves what they show on every page they frame (BaseLayout.astro: the settings and
// the footer's pages; search/SearchPage.astro: the pillars /sok offers to browse), and in two build integrations
// (src/integrations/: the content guard, and the search records of attached PDFs).
import { withConferenceDates } from '../content/conferences';
import { workshopConferences, type EventPage, type WorkshopConference } from '../content/events';
import { registrationContactOf, type RegistrationContact } from '../content/registration-contact';
import { storyFilterLinks } from '../content/stories';
import { loadQuery } from './content-source';
import {
  conferencePagesQuery,
  eventPagesQuery,
  pillarBySlugQuery,
  pillarsQuery,
  placesQuery,
  siteSettingsQuery,
  storyCardsQuery,
} from './queries';

/** Every conference edition, newest first, with when it starts and ends (its first and last day). */
export async function loadConferences() {
  return (await loadQuery(conferencePagesQuery)).map(withConferenceDates);
}

/** The conference each workshop belongs to, by the workshop's `_id` (read once per build, as the conferences are). */
export async function loadWorkshopConferences(): Promise<Map<string, WorkshopConference>> {
  return workshopConferences(await loadConferences());
}

/** Every event with its full detail, for the event pages and their calendar files, and the conference it is a workshop of. */
export async function loadEventPages(): Promise<EventPage[]> {
  const [events, conferenceOf] = await Promise.all([loadQuery(eventPagesQuery), loadWorkshopConferences()]);
  return events.map((event) => ({ ...event, conference: conferenceOf.get(event._id) ?? null }));
}

/** The story cards and the filter links every story listing shows, loaded once per build. */
export async function loadStoryListings() {
  const [stories, places, pillars] = await Promise.all([
    loadQuery(storyCardsQuery),
    loadQuery(placesQuery),
    loadQuery(pillarsQuery),
  ]);
  return { stories, ...storyFilterLinks(stories, places, pillars) };
}

/** Whom to ask about a place once registration has closed: the pillar's first contact person, else the site's address. */
export async function loadRegistrationContact(pillarSlug?: string | null): Promise<RegistrationContact | null> {
  const [pillar, settings] = await Promise.all([
    pillarSlug ? loadQuery(pillarBySlugQuery, { slug: pillarSlug }) : null,
    loadQuery(siteSettingsQuery),
  ]);
  return registrationContactOf(pillar?.contacts, settings?.contactEmail);
}
