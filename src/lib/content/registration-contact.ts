import { loadQuery } from '../sanity/content-source';
import { pillarBySlugQuery, siteSettingsQuery } from '../sanity/queries';

export interface RegistrationContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** The pillar whose people answer for the conference and its workshops. */
export const conferencePillarSlug = 'konferanse';

/**
 * Whom a visitor asks about a place or the waitlist once registration has closed: the first of the pillar's contact
 * people with an e-mail address or a phone number, else the programme's own address in the site settings.
 */
export async function registrationContact(pillarSlug?: string | null): Promise<RegistrationContact | null> {
  if (pillarSlug) {
    const pillar = await loadQuery(pillarBySlugQuery, { slug: pillarSlug });
    const person = pillar?.contacts?.find((contact) => contact?.email || contact?.phone);
    if (person) return { name: person.name, email: person.email, phone: person.phone };
  }
  const email = (await loadQuery(siteSettingsQuery))?.contactEmail;
  return email ? { email } : null;
}

/**
 * The pillar whose contact an event names: the event's own pillar, else, for a workshop of a conference, the
 * conference's. An event has no contact person of its own, so this is the most specific the content has.
 */
export function eventContactPillar(event: {
  pillar?: { slug?: string | null } | null;
  conference?: unknown;
}): string | undefined {
  return event.pillar?.slug || (event.conference ? conferencePillarSlug : undefined);
}
