/**
 * Where an activity-support round stands on a given day, shared by the site (which shows the application button
 * only while a round is open), the Studio's rules and the build's content report (which remind the editor of the
 * application link before a round opens and while it is open), so all three read a round the same way.
 * Dependency-free.
 */
import { osloDay } from './dates.ts';

export interface ApplicationRound {
  title?: string | null;
  opensAt?: string | null;
  deadline?: string | null;
}

/**
 * Where the round stands on the day the site is built (Oslo's calendar day; the site is rebuilt every hour): open
 * from its opening day through its deadline, upcoming before, closed after. A round with no opening day is open
 * until its deadline (the Studio asks for the day; imported content may lack it); one with no deadline is never
 * shown as open.
 */
export function roundState(round: ApplicationRound, now: Date): 'open' | 'upcoming' | 'closed' {
  const today = osloDay(now);
  if (round.deadline && round.deadline < today) return 'closed';
  if (round.opensAt && round.opensAt > today) return 'upcoming';
  return round.deadline ? 'open' : 'upcoming';
}

/**
 * The round open today and the next one to open, by deadline and by opening day: what the site tells a club first.
 * Either may be missing.
 */
export function currentRounds<T extends ApplicationRound>(
  rounds: readonly T[] | null | undefined,
  now: Date,
): { open?: T; next?: T } {
  const byDeadline = [...(rounds ?? [])].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
  const upcoming = byDeadline
    .filter((round) => roundState(round, now) === 'upcoming' && round.opensAt)
    .sort((a, b) => a.opensAt!.localeCompare(b.opensAt!));
  return { open: byDeadline.find((round) => roundState(round, now) === 'open'), next: upcoming[0] };
}
