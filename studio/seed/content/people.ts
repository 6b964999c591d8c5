/**
 * People: contacts and conference speakers. All names are invented examples (isSample), since the
 * programme's text names no one.
 */
export interface PersonSource {
  id: string;
  name: string;
  role: string;
  organisation?: string;
  bio?: string;
  photo?: string;
  /**
   * What the photo shows, for screen readers; absent for a decorative one. The bundled photos are placeholder
   * illustrations beside the printed name, so they are decorative («Dekorativt bilde») until real portraits come.
   */
  photoAlt?: string;
  /**
   * Contacts only; zeros after +47, a number no one has (siteSettings.contactPhone says why). The builder gives every
   * person an example.no address made from the name.
   */
  phone?: string;
  /** An address of its own, for a shared inbox rather than a person's. */
  email?: string;
  /** Not a person but a shared inbox: shown with an envelope, not a portrait. */
  isSharedAddress?: boolean;
}

export const people: PersonSource[] = [
  // Sparebankstiftelsen SR-Bank
  {
    id: 'person-programleder',
    name: 'Ingrid Sæbø',
    role: 'Programleder, For Alle',
    organisation: 'org-sparebankstiftelsen',
    phone: '+47 00 00 00 01',
    bio: 'Leder For Alle-satsingen og følger samarbeidsprosjektene fra den første dialogen til prosjektet står på egne ben.',
    photo: 'portrett-a',
  },
  {
    id: 'person-radgiver',
    name: 'Sindre Nærland',
    role: 'Rådgiver, aktivitetsstøtte',
    organisation: 'org-sparebankstiftelsen',
    phone: '+47 00 00 00 02',
    bio: 'Svarer på spørsmål om aktivitetsstøtten og behandler søknadene fra lag, foreninger og organisasjoner.',
    photo: 'portrett-b',
  },
  // Not a person but the conference's shared inbox: one contact for registration, waitlist and programme, first on
  // the conference pillar, so the conference pages and /kontakt name the same address (and not the press contact).
  {
    id: 'person-konferanse',
    name: 'For Alle-konferansen',
    role: 'Påmelding, venteliste og program',
    organisation: 'org-sparebankstiftelsen',
    email: 'konferanse@example.no',
    isSharedAddress: true,
  },
  {
    id: 'person-kommunikasjon',
    name: 'Maria Holm Eide',
    role: 'Kommunikasjonsrådgiver, pressekontakt',
    organisation: 'org-sparebankstiftelsen',
    phone: '+47 00 00 00 03',
    bio: 'Har ansvar for konferansen, nettstedet og historiene fra prosjektene.',
    photo: 'portrett-d',
  },
  // Prosjektledere
  {
    id: 'person-bergen-pl',
    name: 'Kristoffer Vik',
    role: 'Prosjektleder, For Alle Bergen',
    organisation: 'org-bergen-fritidsnettverk',
    bio: 'Tidligere fritidsleder, kjenner bydelene og trenerne i Bergen godt.',
  },
  {
    id: 'person-haugesund-pl',
    name: 'Amina Haugland',
    role: 'Prosjektleder, For Alle Haugesund',
    organisation: 'org-haugesund-frivilligsentral',
    bio: 'Bygger bro mellom kulturlivet og idretten i Haugesund.',
  },
  {
    id: 'person-stavanger-pl',
    name: 'Tor Egil Ravndal',
    role: 'Prosjektleder, For Alle Stavanger',
    organisation: 'org-stavanger-kirkens',
    bio: 'Friluftsentusiast og tidligere lærer.',
  },
  {
    id: 'person-bryne-pl',
    name: 'Hanne Skretting',
    role: 'Prosjektleder, For Alle Bryne',
    organisation: 'org-bryne-idrettsrad',
    bio: 'Har trent håndball på Jæren i tjue år.',
  },
  {
    id: 'person-kristiansand-pl',
    name: 'Jonas Abdi Larsen',
    role: 'Prosjektleder, For Alle Kristiansand',
    organisation: 'org-kristiansand-kulturnettverk',
    bio: 'Skuespiller og kulturarbeider med erfaring fra ungdomsteater.',
  },
  {
    id: 'person-arendal-pl',
    name: 'Silje Tveit',
    role: 'Prosjektleder, For Alle Arendal',
    organisation: 'org-arendal-frivillighet',
    bio: 'Har bygget opp frivillighetshuset og kjenner lagene i Arendal.',
  },
  {
    id: 'person-oslo-pl',
    name: 'Yusuf Berg',
    role: 'Prosjektleder, For Alle Oslo',
    organisation: 'org-oslo-bydelsnettverk',
    bio: 'Oppvokst i Groruddalen, tidligere fotballtrener og ungdomsarbeider.',
  },
  // Forskning og innledere
  {
    id: 'person-forsker',
    name: 'Guro Lindstad',
    role: 'Forsker og prosjektleder for evalueringen',
    organisation: 'org-inkluderingsforskning',
    bio: 'Forsker på sivilsamfunn, frivillighet og levekår blant barn og unge.',
    photo: 'portrett-c',
  },
  {
    id: 'person-forsker-2',
    name: 'Eirik Mo Bakken',
    role: 'Forsker',
    organisation: 'org-inkluderingsforskning',
    bio: 'Arbeider med spørreundersøkelser og registerdata om barns deltakelse.',
  },
  {
    id: 'person-ks',
    name: 'Lene Fosse',
    role: 'Kommunaldirektør for oppvekst',
    organisation: 'org-stavanger-kommune',
    bio: 'Har ledet arbeidet med fritidserklæringen i kommunen.',
  },
  {
    id: 'person-ungdom',
    name: 'Sara Nilsen',
    role: 'Ungdomsrepresentant',
    organisation: 'org-kristiansand-teater',
    bio: 'Begynte på teater gjennom For Alle som 13-åring, er nå assistent for de yngste.',
  },
  {
    id: 'person-idrett',
    name: 'Morten Gjerde',
    role: 'Daglig leder',
    organisation: 'org-bryne-idrettsrad',
    bio: 'Har jobbet med inkludering i idretten i mer enn femten år.',
  },
  {
    id: 'person-frivillighet',
    name: 'Nora Aasen',
    role: 'Generalsekretær',
    organisation: 'org-oslo-leksehjelp',
    bio: 'Leder en landsdekkende frivillig organisasjon for leksehjelp.',
  },
  {
    id: 'person-okonom',
    name: 'Henrik Thorsen',
    role: 'Samfunnsøkonom',
    organisation: 'org-inkluderingsforskning',
    bio: 'Skriver om kostnader og gevinster ved forebyggende tiltak for barn og unge.',
  },
  {
    id: 'person-foresatt',
    name: 'Fatima Osman',
    role: 'Forelder og frivillig',
    organisation: 'org-haugesund-frivilligsentral',
    bio: 'Mor til tre og frivillig i utstyrsbanken i Haugesund.',
  },
];
