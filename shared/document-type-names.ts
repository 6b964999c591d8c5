/**
 * Each document type by the name the Studio shows for it («Historie»), for the messages an editor reads when the
 * build stops or warns. A Studio test checks them against the schema's own titles.
 */
export const documentTypeNames: Record<string, string> = {
  activitySupport: 'Aktivitetsstøtte – søknadsrunder og vilkår',
  applicationGuide: 'Søknadsveiledning for samarbeidsprosjekter',
  collaborationProject: 'Samarbeidsprosjekt',
  conference: 'Konferanse',
  event: 'Arrangement',
  organisation: 'Organisasjon',
  page: 'Side',
  person: 'Person',
  pillar: 'Satsingsområde',
  place: 'Sted',
  projectStory: 'Historie',
  researchQuestion: 'Problemstilling',
  researchUpdate: 'Forskningsoppdatering',
  siteSettings: 'Innstillinger',
};
