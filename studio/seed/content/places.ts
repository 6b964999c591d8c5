/**
 * Places, organisations and the collaboration project in each active place. The seven active places
 * and their counties are from the programme's text; organisation names and project details are
 * invented, plausible examples and marked isSample. A real place's ingress is its page's lead, above
 * the project's sample notice and unmarked, so it says only what the programme says of the place: an
 * ongoing project, the conference in Stavanger, the workshops in four cities, the Arendalsuka debate.
 * Its sentences are short and plain, for a parent with little Norwegian: what is there for children first, then what
 * is particular to the place, then who works together. The first two are the page's description for search engines
 * (at most 155 characters, src/lib/meta-description.ts): what sets the place apart comes second, not last, where it
 * was cut off and every place's snippet read the same but for the name.
 */

export interface PlaceSource {
  id: string;
  name: string;
  slug: string;
  /** «For Alle i Bergen», but «på Bryne»; «i» when not given. */
  preposition?: 'i' | 'på';
  county: string;
  lat: number;
  lng: number;
  status: 'active' | 'establishing';
  ingress: string;
  isSample?: boolean;
}

export const places: PlaceSource[] = [
  {
    id: 'place-bergen',
    name: 'Bergen',
    slug: 'bergen',
    county: 'Vestland',
    lat: 60.3913,
    lng: 5.3221,
    status: 'active',
    ingress:
      'I Bergen jobber For Alle for at alle barn og unge skal kunne være med på fritidsaktiviteter. Etter For Alle-konferansen er det workshop i Bergen. Organisasjoner og det offentlige jobber sammen i et For Alle-samarbeidsprosjekt, særlig for barn i familier med lite penger.',
  },
  {
    id: 'place-haugesund',
    name: 'Haugesund',
    slug: 'haugesund',
    county: 'Rogaland',
    lat: 59.4138,
    lng: 5.268,
    status: 'active',
    ingress:
      'I Haugesund jobber For Alle for at alle barn og unge skal kunne være med på fritidsaktiviteter. Etter For Alle-konferansen er det workshop i Haugesund. Organisasjoner og det offentlige jobber sammen i et For Alle-samarbeidsprosjekt, særlig for barn i familier med lite penger.',
  },
  {
    id: 'place-stavanger',
    name: 'Stavanger',
    slug: 'stavanger',
    county: 'Rogaland',
    lat: 58.97,
    lng: 5.7331,
    status: 'active',
    ingress:
      'I Stavanger jobber For Alle for at alle barn og unge skal kunne være med på fritidsaktiviteter. Byen er vertsby for For Alle-konferansen og har workshop etterpå. Organisasjoner og det offentlige jobber sammen i et For Alle-samarbeidsprosjekt, særlig for barn i familier med lite penger.',
  },
  {
    id: 'place-bryne',
    name: 'Bryne',
    slug: 'bryne',
    preposition: 'på',
    county: 'Rogaland',
    lat: 58.7354,
    lng: 5.6477,
    status: 'active',
    ingress:
      'På Bryne jobber For Alle for at alle barn og unge skal kunne være med på fritidsaktiviteter. Prosjektet er formet etter lokale behov og lokalt engasjement. Organisasjoner og det offentlige jobber sammen i et For Alle-samarbeidsprosjekt, særlig for barn i familier med lite penger.',
  },
  {
    id: 'place-kristiansand',
    name: 'Kristiansand',
    slug: 'kristiansand',
    county: 'Agder',
    lat: 58.1467,
    lng: 7.9956,
    status: 'active',
    ingress:
      'I Kristiansand jobber For Alle for at alle barn og unge skal kunne være med på fritidsaktiviteter. Etter For Alle-konferansen er det workshop i Kristiansand. Organisasjoner og det offentlige jobber sammen i et For Alle-samarbeidsprosjekt, særlig for barn i familier med lite penger.',
  },
  {
    id: 'place-arendal',
    name: 'Arendal',
    slug: 'arendal',
    county: 'Agder',
    lat: 58.4615,
    lng: 8.7724,
    status: 'active',
    ingress:
      'I Arendal jobber For Alle for at alle barn og unge skal kunne være med på fritidsaktiviteter. For Alle arrangerte en debatt om økonomisk utenforskap på Arendalsuka. Organisasjoner og det offentlige jobber sammen i et For Alle-samarbeidsprosjekt, særlig for barn i familier med lite penger.',
  },
  {
    id: 'place-oslo',
    name: 'Oslo',
    slug: 'oslo',
    county: 'Oslo',
    lat: 59.9139,
    lng: 10.7522,
    status: 'active',
    ingress:
      'I Oslo jobber For Alle for at alle barn og unge skal kunne være med på fritidsaktiviteter. Organisasjonene skal vite om hverandre og dele på ressursene. Organisasjoner og det offentlige jobber sammen i et For Alle-samarbeidsprosjekt, særlig for barn i familier med lite penger.',
  },
  {
    id: 'place-sandnes',
    name: 'Sandnes',
    slug: 'sandnes',
    county: 'Rogaland',
    lat: 58.8517,
    lng: 5.7354,
    status: 'establishing',
    isSample: true,
    ingress:
      'I Sandnes snakker kommunen og lokale organisasjoner med For Alle om et mulig samarbeidsprosjekt. Ingenting er bestemt ennå.',
  },
  {
    id: 'place-egersund',
    name: 'Egersund',
    slug: 'egersund',
    county: 'Rogaland',
    lat: 58.4517,
    lng: 5.9997,
    status: 'establishing',
    isSample: true,
    ingress:
      'I Egersund snakker organisasjonene med For Alle om et mulig samarbeidsprosjekt. Nå finner de ut hva barn og unge der trenger, og hvem som kan ta ansvar.',
  },
];

type OrganisationKind = 'ideell' | 'kommune' | 'fylkeskommune' | 'forening' | 'forskning' | 'annet';

export interface OrganisationSource {
  id: string;
  name: string;
  kind: OrganisationKind;
  place?: string;
  website?: string;
  isSample: boolean;
}

export const organisations: OrganisationSource[] = [
  {
    id: 'org-sparebankstiftelsen',
    name: 'Sparebankstiftelsen SR-Bank',
    kind: 'annet',
    // No place: it runs For Alle everywhere, and a place would list it among Stavanger's local organisations.
    // The real foundation: no invented website. Its own address goes here when an editor adds it.
    isSample: false,
  },
  {
    id: 'org-inkluderingsforskning',
    name: 'Senter for inkluderingsforskning',
    kind: 'forskning',
    website: 'https://forskning.example.no',
    isSample: true,
  },
  // Bergen
  {
    id: 'org-bergen-fritidsnettverk',
    name: 'Fritidsnettverket i Bergen',
    kind: 'ideell',
    place: 'place-bergen',
    website: 'https://bergen.example.no',
    isSample: true,
  },
  {
    id: 'org-bergen-kommune',
    name: 'Bergen kommune, Etat for barn og familie',
    kind: 'kommune',
    place: 'place-bergen',
    isSample: true,
  },
  {
    id: 'org-bergen-idrettslag',
    name: 'Fjellsiden idrettslag',
    kind: 'forening',
    place: 'place-bergen',
    isSample: true,
  },
  {
    id: 'org-bergen-frivilligsentral',
    name: 'Bydelens frivilligsentral',
    kind: 'ideell',
    place: 'place-bergen',
    isSample: true,
  },
  // Haugesund
  {
    id: 'org-haugesund-frivilligsentral',
    name: 'Frivilligsentralen i Haugesund',
    kind: 'ideell',
    place: 'place-haugesund',
    website: 'https://haugesund.example.no',
    isSample: true,
  },
  { id: 'org-haugesund-kommune', name: 'Haugesund kommune', kind: 'kommune', place: 'place-haugesund', isSample: true },
  {
    id: 'org-haugesund-korps',
    name: 'Skåredalen skolekorps',
    kind: 'forening',
    place: 'place-haugesund',
    isSample: true,
  },
  {
    id: 'org-haugesund-fotball',
    name: 'Haugaland ballklubb',
    kind: 'forening',
    place: 'place-haugesund',
    isSample: true,
  },
  // Stavanger
  {
    id: 'org-stavanger-kirkens',
    name: 'Byens diakonale nettverk',
    kind: 'ideell',
    place: 'place-stavanger',
    website: 'https://stavanger.example.no',
    isSample: true,
  },
  {
    id: 'org-stavanger-kommune',
    name: 'Stavanger kommune, Oppvekst og utdanning',
    kind: 'kommune',
    place: 'place-stavanger',
    isSample: true,
  },
  {
    id: 'org-stavanger-friluft',
    name: 'Friluftslaget Storhaug',
    kind: 'forening',
    place: 'place-stavanger',
    isSample: true,
  },
  {
    id: 'org-stavanger-svommeklubb',
    name: 'Hundvåg svømmeklubb',
    kind: 'forening',
    place: 'place-stavanger',
    isSample: true,
  },
  // Bryne
  {
    id: 'org-bryne-idrettsrad',
    name: 'Idrettsrådet på Jæren',
    kind: 'forening',
    place: 'place-bryne',
    website: 'https://bryne.example.no',
    isSample: true,
  },
  { id: 'org-bryne-kommune', name: 'Time kommune', kind: 'kommune', place: 'place-bryne', isSample: true },
  { id: 'org-bryne-kulturskole', name: 'Kulturskulen på Bryne', kind: 'kommune', place: 'place-bryne', isSample: true },
  // Kristiansand
  {
    id: 'org-kristiansand-kulturnettverk',
    name: 'Kulturnettverket Sør',
    kind: 'ideell',
    place: 'place-kristiansand',
    website: 'https://kristiansand.example.no',
    isSample: true,
  },
  {
    id: 'org-kristiansand-kommune',
    name: 'Kristiansand kommune',
    kind: 'kommune',
    place: 'place-kristiansand',
    isSample: true,
  },
  {
    id: 'org-kristiansand-teater',
    name: 'Ungdomsteateret Vågsbygd',
    kind: 'forening',
    place: 'place-kristiansand',
    isSample: true,
  },
  {
    id: 'org-agder-fylkeskommune',
    name: 'Agder fylkeskommune',
    kind: 'fylkeskommune',
    place: 'place-kristiansand',
    isSample: true,
  },
  // Arendal
  {
    id: 'org-arendal-frivillighet',
    name: 'Frivillighetshuset Arendal',
    kind: 'ideell',
    place: 'place-arendal',
    website: 'https://arendal.example.no',
    isSample: true,
  },
  { id: 'org-arendal-kommune', name: 'Arendal kommune', kind: 'kommune', place: 'place-arendal', isSample: true },
  {
    id: 'org-arendal-seilforening',
    name: 'Tromøy seilforening',
    kind: 'forening',
    place: 'place-arendal',
    isSample: true,
  },
  // Oslo
  {
    id: 'org-oslo-bydelsnettverk',
    name: 'Bydelsnettverket Oslo øst',
    kind: 'ideell',
    place: 'place-oslo',
    website: 'https://oslo.example.no',
    isSample: true,
  },
  { id: 'org-oslo-bydel', name: 'Bydel Grorud', kind: 'kommune', place: 'place-oslo', isSample: true },
  { id: 'org-oslo-fotball', name: 'Grorud fotballklubb', kind: 'forening', place: 'place-oslo', isSample: true },
  { id: 'org-oslo-leksehjelp', name: 'Leksehjelpa Oslo', kind: 'ideell', place: 'place-oslo', isSample: true },
];

export interface ProjectSource {
  id: string;
  title: string;
  place: string;
  startYear: number;
  lead: string;
  partners: string[];
  contacts: string[];
  ingress: string;
  body: string;
}

export const collaborationProjects: ProjectSource[] = [
  {
    id: 'project-bergen',
    title: 'For Alle Bergen',
    place: 'place-bergen',
    startYear: 2020,
    lead: 'org-bergen-fritidsnettverk',
    partners: ['org-bergen-kommune', 'org-bergen-idrettslag', 'org-bergen-frivilligsentral'],
    contacts: ['person-bergen-pl'],
    ingress:
      'Et av de første samarbeidsprosjektene. Organisasjonene i bydelene har bygget et felles kart over fritidstilbudet og henviser barn til hverandre.',
    body: `## Hvordan samarbeidet er organisert
Fritidsnettverket i Bergen står som søker og har arbeidsgiveransvaret for prosjektlederen. Styringsgruppen er liten med vilje: Nettverket, kommunen og ett idrettslag setter seg i førersetet, mens flere lag involveres i arbeidsgrupper.

## Dette gjør de sammen
- Et felles oversiktskart over gratis og rimelige aktiviteter i bydelene
- Utstyrsbank med klær og utstyr til friluftsliv og idrett
- Faste møtepunkter der trenere, helsesykepleiere og frivillige blir kjent

> Barna bryr seg ikke om hvem som arrangerer. De bryr seg om at noen venter på dem.

– Prosjektleder i For Alle Bergen`,
  },
  {
    id: 'project-haugesund',
    title: 'For Alle Haugesund',
    place: 'place-haugesund',
    startYear: 2021,
    lead: 'org-haugesund-frivilligsentral',
    partners: ['org-haugesund-kommune', 'org-haugesund-korps', 'org-haugesund-fotball'],
    contacts: ['person-haugesund-pl'],
    ingress:
      'Frivilligsentralen koordinerer et samarbeid mellom kultur, idrett og kommune, med særlig vekt på inkludering gjennom kulturaktiviteter.',
    body: `## Hvordan samarbeidet er organisert
Frivilligsentralen er søker og arbeidsgiver. Kommunens fritidsavdeling, skolekorpset og ballklubben sitter i styringsgruppen.

## Dette gjør de sammen
- Prøvedager der barn kan teste korps, fotball og kunst samme ettermiddag
- Fritidskassen: én felles pott for kontingent, utstyr og instrumentleie. Treneren, læreren eller helsesykepleieren melder fra om et barn som trenger det, og familien slipper å fylle ut skjema.
- Sommeraktiviteter som ingen av organisasjonene kunne gjennomført alene`,
  },
  {
    id: 'project-stavanger',
    title: 'For Alle Stavanger',
    place: 'place-stavanger',
    startYear: 2020,
    lead: 'org-stavanger-kirkens',
    partners: ['org-stavanger-kommune', 'org-stavanger-friluft', 'org-stavanger-svommeklubb'],
    contacts: ['person-stavanger-pl'],
    ingress:
      'Organisasjonene i Stavanger deler utstyr, lokaler og kunnskap, og har gjort svømmeopplæring og friluftsliv tilgjengelig for mange flere barn.',
    body: `## Hvordan samarbeidet er organisert
Et diakonalt nettverk står som søker og har prosjektlederen ansatt. Kommunen, friluftslaget og svømmeklubben deltar i styringsgruppen.

## Dette gjør de sammen
- Svømmekurs for barn som ikke fikk plass i de ordinære kursene
- Turer med lånt utstyr hver måned, hele året
- Felles kalender for bydelene, slik at tilbudene ikke kolliderer`,
  },
  {
    id: 'project-bryne',
    title: 'For Alle Bryne',
    place: 'place-bryne',
    startYear: 2022,
    lead: 'org-bryne-idrettsrad',
    partners: ['org-bryne-kommune', 'org-bryne-kulturskole'],
    contacts: ['person-bryne-pl'],
    ingress:
      'På Bryne har idrettsrådet tatt ansvaret for et samarbeid der lagene, kulturskolen og kommunen sammen når ut til barn som ellers faller utenfor.',
    body: `## Hvordan samarbeidet er organisert
Idrettsrådet er søker og arbeidsgiver for en prosjektleder i halv stilling. Kommunen og kulturskolen deler på resten av bemanningen.

## Dette gjør de sammen
- Fritidskontakter som følger barn til første trening
- En felles «Prøv alt»-uke hver høst
- Kurs for trenere i å møte barn og foreldre med ulik bakgrunn`,
  },
  {
    id: 'project-kristiansand',
    title: 'For Alle Kristiansand',
    place: 'place-kristiansand',
    startYear: 2021,
    lead: 'org-kristiansand-kulturnettverk',
    partners: ['org-kristiansand-kommune', 'org-kristiansand-teater', 'org-agder-fylkeskommune'],
    contacts: ['person-kristiansand-pl'],
    ingress:
      'I Kristiansand er samarbeidet bygget rundt inkludering gjennom kultur: Teater, kor og kulturskole møter barn der de bor.',
    body: `## Hvordan samarbeidet er organisert
Kulturnettverket Sør er søker og har arbeidsgiveransvaret. Kommunen, ungdomsteateret og fylkeskommunen deltar i styringsgruppen.

## Dette gjør de sammen
- Teater- og korgrupper i nærmiljøet, uten kontingent
- Felles forestillinger der barn fra flere bydeler står på scenen sammen
- Arbeidstrening for ungdom som teknikere og assistenter`,
  },
  {
    id: 'project-arendal',
    title: 'For Alle Arendal',
    place: 'place-arendal',
    startYear: 2022,
    lead: 'org-arendal-frivillighet',
    partners: ['org-arendal-kommune', 'org-arendal-seilforening'],
    contacts: ['person-arendal-pl'],
    ingress:
      'Frivillighetshuset i Arendal samler lag, foreninger og kommune om ett mål: at barns deltakelse ikke skal avhenge av foreldrenes økonomi.',
    body: `## Hvordan samarbeidet er organisert
Frivillighetshuset er søker og arbeidsgiver. Kommunen og seilforeningen sitter i styringsgruppen, og flere lag deltar i et bredere nettverk.

## Dette gjør de sammen
- Sommerseiling og kystfriluftsliv for barn som ikke har båt i familien
- En felles kontaktperson som familiene kan ringe
- Arrangementer i skjærgården sammen med flere lag`,
  },
  {
    id: 'project-oslo',
    title: 'For Alle Oslo',
    place: 'place-oslo',
    startYear: 2023,
    lead: 'org-oslo-bydelsnettverk',
    partners: ['org-oslo-bydel', 'org-oslo-fotball', 'org-oslo-leksehjelp'],
    contacts: ['person-oslo-pl'],
    ingress:
      'I Oslo øst har bydelen, fotballklubben og leksehjelpa bygget et samarbeid der barn møter trygge voksne både på banen og ved leksene.',
    body: `## Hvordan samarbeidet er organisert
Bydelsnettverket er søker og har arbeidsgiveransvaret. Bydelen, fotballklubben og leksehjelpa er med i styringsgruppen.

## Dette gjør de sammen
- Leksehjelp og trening samme ettermiddag, samme sted
- Sommerjobb for ungdom som aktivitetsledere
- En felles oversikt over tilbud på flere språk`,
  },
];
