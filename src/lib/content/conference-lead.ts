import { formatDateRange } from '../format';
import { hasBegun, isOver } from '@for-alle/shared/event-time';
import { conferenceTitle } from './conferences';
import { placeAt } from './places';
import { stillUpcomingWording } from './upcoming-wording';

interface ConferenceFacts {
  year?: number | null;
  title?: string | null;
  ingress?: string | null;
  start?: string | null;
  end?: string | null;
  place?: { name?: string | null; preposition?: string | null } | null;
}

/**
 * The lead under a conference's title, also its description for search engines: the editor's ingress, unless the
 * conference has begun and the ingress still speaks of it as to come («Neste konferansedager er …, så vær tidlig
 * ute»). Then a plain sentence from the dates («… holdes 20.–21. januar 2027 i Stavanger» while it is on, «… ble
 * holdt …» after), until the editor rewrites the ingress; the content report asks for that. Null without either.
 */
export function conferenceLead(conference: ConferenceFacts, now: Date): string | null {
  const ingress = conference.ingress?.trim() || null;
  if (!hasBegun(conference.start, now) || !ingress || !stillUpcomingWording(ingress)) return ingress;
  const title = conferenceTitle(conference);
  const place = conference.place?.name ? ` ${placeAt(conference.place)}` : '';
  return `${title} ${isOver(conference, now) ? 'ble holdt' : 'holdes'} ${formatDateRange(conference.start!, conference.end)}${place}.`;
}
