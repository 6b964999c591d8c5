// What a visitor is told about signing up, computed at build time from the editor's status and the dates.

export type RegistrationState = 'notOpen' | 'open' | 'waitlist' | 'closed';

export interface RegistrationInput {
  status?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
  url?: string | null;
}

export const registrationLabels: Record<RegistrationState, string> = {
  notOpen: 'Påmeldingen har ikke åpnet',
  open: 'Påmeldingen er åpen',
  waitlist: 'Fulltegnet – venteliste',
  closed: 'Påmeldingen er stengt',
};

/**
 * Dates win over a status an editor forgot to change: nothing is open after it closes or the event has begun,
 * and nothing is open before its opening time. "Full with waitlist" is only known from the editor.
 */
export function registrationState(
  registration: RegistrationInput | null | undefined,
  eventStart: string | null | undefined,
  now: Date,
): RegistrationState {
  const at = now.getTime();
  const time = (value?: string | null) => (value ? new Date(value).getTime() : undefined);
  const start = time(eventStart);
  const closes = time(registration?.closesAt);
  const opens = time(registration?.opensAt);
  if (!registration) return start !== undefined && at >= start ? 'closed' : 'notOpen';
  if (registration.status === 'closed') return 'closed';
  if ((start !== undefined && at >= start) || (closes !== undefined && at > closes)) return 'closed';
  if (opens !== undefined && at < opens) return 'notOpen';
  if (registration.status === 'waitlist') return 'waitlist';
  if (registration.status === 'open' || opens !== undefined) return 'open';
  return 'notOpen';
}
