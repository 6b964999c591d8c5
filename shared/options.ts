/**
 * The fixed choice lists of the content model, with the Norwegian label editors and visitors see.
 * Dependency-free, so the Studio schema and the site read the same lists.
 */
export interface Option {
  title: string;
  value: string;
}

/** The yearly conference is a document of its own (conference), never an event: it has no kind here. */
export const eventKinds: Option[] = [
  { title: 'Nettverksdag', value: 'nettverksdag' },
  { title: 'Workshop', value: 'workshop' },
  { title: 'Debatt', value: 'debatt' },
  { title: 'Prosjektledersamling', value: 'prosjektledersamling' },
  { title: 'Annet', value: 'annet' },
];

/** Languages a passage in rich text can be marked as (WCAG 3.1.2): the page itself is Norwegian bokmål. */
export const passageLanguages: Option[] = [
  { title: 'Engelsk', value: 'en' },
  { title: 'Nynorsk', value: 'nn' },
  { title: 'Nordsamisk', value: 'se' },
];

/**
 * A place's status. «Annet sted» is a town with For Alle's stories or events (an inclusion project, a gathering) but
 * no collaboration project, past, present or in talks: a story or an event needs a place, and any other status would
 * put the town on the map as a project.
 */
export const placeStatuses: Option[] = [
  { title: 'Aktivt samarbeidsprosjekt', value: 'active' },
  { title: 'Under etablering', value: 'establishing' },
  { title: 'Tidligere samarbeidsprosjekt', value: 'ended' },
  { title: 'Annet sted, uten samarbeidsprosjekt', value: 'other' },
];

/**
 * A place whose collaboration project has ended: its page and stories stay, but it is no longer on the map or among
 * the cities counted with a running project.
 */
export const endedPlaceWords = {
  /** Over the list of such places beside the map. */
  legend: 'Tidligere samarbeidsprosjekter',
  /** After the county under the place page's heading. */
  status: 'Tidligere samarbeidsprosjekt',
};

/**
 * How the site names a place «Under etablering» to visitors. The programme speaks of a process towards «potensiell
 * etablering»: the talks may not lead to a project, so the public words promise none. The Studio keeps its title.
 * One name, «mulig nytt samarbeidsprosjekt», in each place a visitor meets it.
 */
export const establishingPlaceWords = {
  /** Over the list of such places beside the map. */
  legend: 'Mulige nye samarbeidsprosjekter',
  /** After the county under the place page's heading, and on the place's card on /steder. */
  status: 'Mulig nytt samarbeidsprosjekt',
  /** After the number of such areas in the key facts on /samarbeidsprosjekter («5 områder …»). */
  countLabel: 'med mulig nytt samarbeidsprosjekt',
};

/** A kind of conference day, with its definite form for running text: «Nettverksdagen er fulltegnet». */
export interface ConferenceDayKind extends Option {
  definite: string;
}

export const conferenceDayKinds: ConferenceDayKind[] = [
  { title: 'Nettverksdag', value: 'network', definite: 'Nettverksdagen' },
  { title: 'Konferansedag', value: 'conference', definite: 'Konferansedagen' },
];

/** Each conference day fills up on its own (100 and 300 places) and gets its own waitlist. */
export const conferenceDayStatuses: Option[] = [
  { title: 'Ledige plasser', value: 'available' },
  { title: 'Fulltegnet – venteliste', value: 'waitlist' },
];

/** Where a collaboration project stands; shown beside its start year on the place's page. */
export const projectStatuses: Option[] = [
  { title: 'Pågår', value: 'active' },
  { title: 'Under etablering', value: 'establishing' },
  { title: 'Avsluttet', value: 'ended' },
];

/** What a research update's attached document is: the site calls it «rapporten» or «sammendraget» after it. */
export const reportKinds: Option[] = [
  { title: 'Rapport', value: 'report' },
  { title: 'Sammendrag', value: 'summary' },
];

/** The kind of organisation a research partner must be (researchUpdate.partner, evaluation.researchPartner). */
export const researchOrganisationKind = 'forskning';

/** «Annet»: a kind that tells a visitor nothing, so the site does not print it after the organisation's name. */
export const otherOrganisationKind = 'annet';

export const organisationKinds: Option[] = [
  { title: 'Ideell organisasjon', value: 'ideell' },
  { title: 'Kommune', value: 'kommune' },
  { title: 'Fylkeskommune', value: 'fylkeskommune' },
  { title: 'Forening eller lag', value: 'forening' },
  { title: 'Forskning', value: researchOrganisationKind },
  { title: 'Annet', value: otherOrganisationKind },
];

/**
 * What the editor says about signing up. The dates win over «Ikke åpnet ennå» and «Åpen» (registration-state.ts);
 * «Ingen påmelding» is for events anyone can walk into, such as the debates at Arendalsuka.
 */
export const registrationStatuses: Option[] = [
  { title: 'Ingen påmelding – åpent for alle', value: 'none' },
  { title: 'Ikke åpnet ennå', value: 'notOpen' },
  { title: 'Åpen', value: 'open' },
  { title: 'Fulltegnet – venteliste', value: 'waitlist' },
  { title: 'Stengt', value: 'closed' },
];

/** The label for a stored value, or the value itself when the list does not know it. */
export function optionTitle(list: Option[], value: string | null | undefined): string {
  return list.find((option) => option.value === value)?.title ?? value ?? '';
}

/**
 * The file types an editor can offer for download: documents a visitor can open on any phone, not programs,
 * archives or images (pictures go in a figure, with alt text). Only a PDF's text is searchable.
 */
export const downloadableFileTypes = '.pdf,.docx,.pptx,.xlsx,.odt,.odp,.ods';
