import { pillarSlugs } from '@for-alle/shared/document-path';

export interface RegistrationContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/**
 * Whom a visitor asks about a place or the waitlist once registration has closed: the first of the pillar's contact
 * people with an e-mail address or a phone number, else the programme's own address in the site settings.
 */
export function registrationContactOf(
  pillarContacts: (RegistrationContact | null)[] | null | undefined,
  siteEmail: string | null | undefined,
): RegistrationContact | null {
  const person = pillarContacts?.find((contact) => contact?.email || contact?.phone);
  if (person) return { name: person.name, email: person.email, phone: person.phone };
  return siteEmail ? { email: siteEmail } : null;
}

/**
 * The pillar whose contact an event names: the event's own pillar, else, for a workshop of a conference, the
 * conference's. An event has no contact person of its own, so this is the most specific the content has.
 */
export function eventContactPillar(event: {
  pillar?: { slug?: string | null } | null;
  conference?: unknown;
}): string | undefined {
  return event.pillar?.slug || (event.conference ? pillarSlugs.conference : undefined);
}
