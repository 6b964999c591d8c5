export { conferenceDayKinds, eventKinds, optionTitle, organisationKinds } from '../../studio/lib/options';
