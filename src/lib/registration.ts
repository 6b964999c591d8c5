// What a visitor is told about signing up. The state comes from studio/lib/registration.ts, which the Studio's
// previews use too, so the Studio and the site cannot disagree; the wording a visitor reads is here.
import type { RegistrationInput, RegistrationState } from '../../studio/lib/registration';
import { formatDate } from './format';

export {
  conferenceRegistrationState,
  dayRegistrationState,
  registrationState,
  type ConferenceDayInput,
  type RegistrationInput,
  type RegistrationState,
} from '../../studio/lib/registration';

export const registrationLabels: Record<RegistrationState, string> = {
  none: 'Åpent for alle, ingen påmelding',
  notOpen: 'Påmeldingen har ikke åpnet',
  open: 'Påmeldingen er åpen',
  waitlist: 'Fulltegnet – venteliste',
  closed: 'Påmeldingen er stengt',
};

/** One line for a listing: the state, with the opening day when it has not opened yet («Påmeldingen åpner 1. oktober 2026»). */
export function registrationLine(state: RegistrationState, registration: RegistrationInput | null | undefined): string {
  return state === 'notOpen' && registration?.opensAt
    ? `Påmeldingen åpner ${formatDate(registration.opensAt)}`
    : registrationLabels[state];
}
