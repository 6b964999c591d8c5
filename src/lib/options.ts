export {
  conferenceDayKinds,
  eventKinds,
  optionTitle,
  organisationKinds,
  projectStatuses,
} from '../../studio/lib/options';
