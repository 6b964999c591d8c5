/**
 * The fixed choice lists of the content model, with the Norwegian label editors and visitors see.
 * Dependency-free, so the Studio schema and the site read the same lists.
 */
export interface Option {
  title: string;
  value: string;
}

export const eventKinds = [
  {title: 'Konferanse', value: 'konferanse'},
  {title: 'Nettverksdag', value: 'nettverksdag'},
  {title: 'Workshop', value: 'workshop'},
  {title: 'Debatt', value: 'debatt'},
  {title: 'Prosjektledersamling', value: 'prosjektledersamling'},
  {title: 'Annet', value: 'annet'},
] as const satisfies readonly Option[]

export const conferenceDayKinds = [
  {title: 'Nettverksdag', value: 'network'},
  {title: 'Konferansedag', value: 'conference'},
] as const satisfies readonly Option[]

export const organisationKinds = [
  {title: 'Ideell organisasjon', value: 'ideell'},
  {title: 'Kommune', value: 'kommune'},
  {title: 'Fylkeskommune', value: 'fylkeskommune'},
  {title: 'Forening eller lag', value: 'forening'},
  {title: 'Forskning', value: 'forskning'},
  {title: 'Annet', value: 'annet'},
] as const satisfies readonly Option[]

export const registrationStatuses = [
  {title: 'Ikke åpnet ennå', value: 'notOpen'},
  {title: 'Åpen', value: 'open'},
  {title: 'Fulltegnet – venteliste', value: 'waitlist'},
  {title: 'Stengt', value: 'closed'},
] as const satisfies readonly Option[]

/** The label for a stored value, or the value itself when the list does not know it. */
export function optionTitle(list: readonly Option[], value: string | null | undefined): string {
  return list.find((option) => option.value === value)?.title ?? value ?? ''
}
