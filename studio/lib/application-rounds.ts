/**
 * Where an activity-support round stands on a given day. Dependency-free, so the Studio's rules and the build's
 * content guard can read a round as the page /aktivitetsstotte does.
 */
import { osloDay } from './dates.ts';

export interface ApplicationRound {
  opensAt?: string | null;
  deadline?: string | null;
}

/**
 * Where the round stands on the day the site is built (Oslo's calendar day; the site is rebuilt every hour): open
 * from its opening day through its deadline, upcoming before, closed after. A round with no opening day is open
 * until its deadline; one with no deadline is never shown as open.
 */
export function roundState(round: ApplicationRound, now: Date): 'open' | 'upcoming' | 'closed' {
  const today = osloDay(now);
  if (round.deadline && round.deadline < today) return 'closed';
  if (round.opensAt && round.opensAt > today) return 'upcoming';
  return round.deadline ? 'open' : 'upcoming';
}
