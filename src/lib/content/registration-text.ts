// What a visitor is told about signing up. The state comes from @for-alle/shared/registration-state, which the
// Studio's previews use too, so the Studio and the site cannot disagree; the wording a visitor reads is here.
import type { RegistrationInput, RegistrationState } from '@for-alle/shared/registration-state';
import { formatDate, formatDateWithWeekday, formatList } from '../format';
import { conferenceDayKinds, optionTitle } from '@for-alle/shared/options';

export const registrationLabels: Record<RegistrationState, string> = {
  none: 'Åpent for alle, ingen påmelding',
  notOpen: 'Påmeldingen har ikke åpnet',
  // Not open until the link is in, whatever the dates say: the page adds «Påmeldingen åpner snart».
  awaitingLink: 'Påmeldingen har ikke åpnet',
  open: 'Påmeldingen er åpen',
  waitlist: 'Fulltegnet – venteliste',
  closed: 'Påmeldingen er stengt',
};

/**
 * One line for a listing: the state, with the opening day when it has not opened yet («Påmeldingen åpner 1. oktober
 * 2026»), or «Påmeldingen åpner snart» once that day has come and the form's link has not.
 */
export function registrationLine(state: RegistrationState, registration: RegistrationInput | null | undefined): string {
  if (state === 'awaitingLink') return 'Påmeldingen åpner snart';
  if (state === 'notOpen' && registration?.opensAt) return `Påmeldingen åpner ${formatDate(registration.opensAt)}`;
  return registrationLabels[state];
}

interface NamedDay {
  kind?: string | null;
  title?: string | null;
  start?: string | null;
}

/**
 * A conference day as it reads inside a sentence, with its date: «nettverksdagen (onsdag 20. januar 2027)». An
 * editor's own title has no definite form to take, so it is quoted: «dagen «Fagdag om skolen» (…)».
 */
export function dayInSentence(day: NamedDay): string {
  const kind = conferenceDayKinds.find((option) => option.value === day.kind);
  const title = day.title?.trim();
  const name =
    kind && (!title || title.toLocaleLowerCase('nb') === kind.title.toLocaleLowerCase('nb'))
      ? kind.definite.toLocaleLowerCase('nb')
      : `dagen «${title || optionTitle(conferenceDayKinds, day.kind)}»`;
  return day.start ? `${name} (${formatDateWithWeekday(day.start)})` : name;
}

/**
 * What a visitor is told about the days that are full: while registration is open, that signing up for one of them
 * means the waitlist; once it has closed, that the waitlist still decides who gets a place that comes free.
 */
export function fullDaysText(days: NamedDay[], registrationOpen: boolean): string {
  const names = days.map(dayInSentence);
  const list = formatList(names);
  const subject = list.charAt(0).toLocaleUpperCase('nb') + list.slice(1);
  return registrationOpen
    ? `${subject} er fulltegnet. Melder du deg på ${days.length > 1 ? 'en av disse dagene' : 'den dagen'}, kommer du på venteliste. Plasser som blir ledige, går til dem som står først.`
    : `${subject} er fulltegnet. Plasser som blir ledige, går til dem som står først på ventelisten.`;
}
