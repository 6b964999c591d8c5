import {
  conferenceRegistrationState,
  registrationState,
  type ConferenceDayInput,
  type RegistrationInput,
  type RegistrationState,
} from '@for-alle/shared/registration-state';
import type { StoredDocument } from '../sanity/ndjson';

/**
 * An event's or a conference's registration state as its page shows it at `now` (RegistrationStatus): a conference's
 * by its days, which it closes at the first of, an event's by its start. Null without a registration.
 */
export function registrationStateOf(document: StoredDocument, now: Date): RegistrationState | null {
  const registration = document.registration as RegistrationInput | null | undefined;
  return document._type === 'conference'
    ? conferenceRegistrationState(registration, (document.days as ConferenceDayInput[] | undefined) ?? [], now)
    : registrationState(registration, document.start as string | undefined, now);
}
