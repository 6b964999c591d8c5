/**
 * Site settings, activity support, application guide and the two pages. Activity-support and
 * application-guide facts are the programme's own (for-alle.txt): the amount, what it covers, who
 * can apply and what the amount depends on. The grant's rounds, deadlines, answer times, form link,
 * what to have ready before applying and the text under the rounds (reporting) are invented, so the activity support
 * is marked isSample; contact details are invented too (example.no addresses, numbers of zeros) and marked isSample.
 */
export const siteSettings = {
  title: 'For Alle',
  tagline: 'Samlet innsats for inkludering',
  // The front page's opening text, for readers with little Norwegian too: short sentences, everyday words.
  description:
    'For Alle hjelper barn og unge å være med på fritidsaktiviteter, også når familien har lite penger. Sparebankstiftelsen SR-Bank står bak For Alle.',
  organisationName: 'Sparebankstiftelsen SR-Bank',
  contactEmail: 'kontakt@example.no',
  // No Norwegian number starts with 0 after +47 (00 is the prefix for calling abroad): it looks invented and reaches
  // no one, where a 51 number is a Stavanger line that may be someone's.
  contactPhone: '+47 00 00 00 00',
  address: 'Eksempelgata 1, 4006 Stavanger',
  // The contact details above are invented: the footer and «Kontakt» tag them «Eksempel».
  isSample: true,
  // «Det er pågående prosess frem mot potensiell etablering i foreløpig ytterligere fem områder.»
  areasInProcess: 5,
  shareImage: 'samarbeid',
  navigation: [
    { label: 'Samarbeidsprosjekter', reference: 'pillar-samarbeidsprosjekter' },
    { label: 'Inkluderingsprosjekter', reference: 'pillar-inkluderingsprosjekter' },
    { label: 'Forskning', reference: 'pillar-forskning' },
    { label: 'Konferanse', reference: 'pillar-konferanse' },
    { label: 'Aktivitetsstøtte', reference: 'pillar-aktivitetsstotte' },
    { label: 'Historier', href: '/historier' },
    { label: 'Arrangementer', href: '/arrangementer' },
  ],
  shortcuts: [
    { label: 'Om For Alle', reference: 'page-om' },
    { label: 'Kontakt', reference: 'page-kontakt' },
  ],
};

/**
 * What is particular to the grant. The page's title, ingress, key facts, picture, opening text and contact person
 * are the pillar's (pillars.ts, «aktivitetsstotte»), and the maximum amount is written only in `maxAmount`: the site
 * shows it in the key facts and under «Hvor mye kan dere få?».
 */
export const activitySupport = {
  maxAmount: 50000,
  // «Kontingent», not the programme's «medlemskontingent»: parents and clubs search for the short word, and the
  // site's search matches only the start of a word, so a page that says only «medlemskontingent» is not found by it.
  // The long word is no longer on the site: a search for it needs a synonym (src/scripts/search/synonyms.ts).
  eligibleExpenses: [
    'Utstyr',
    'Kontingent',
    'Busskort',
    'Egenandel til turer og turneringer (cuper) i Norge og Norden',
  ],
  expensesFor: 'barn og unge som ikke har råd til å være med',
  // The examples are the words clubs search with («idrettslag», «fotballklubb», «korps»): other pages hold them too,
  // so a synonym cannot lead here. The programme gives no area the grant is limited to, so the text names none: the
  // parents' line under it and the contact person at the foot answer a club that is unsure. «sender søknaden»: the
  // page held «søknad» only in compounds («søknadsfrist»), so «søknad» and «soknad» found it 8th.
  whoCanApply: `Lag, foreninger og organisasjoner som har aktivitetstilbud for barn og unge, kan søke om For Alle-aktivitetsstøtte. Det kan for eksempel være idrettslag, fotballklubber, håndballklubber og andre klubber, korps, kor og speidergrupper.

Støtten er økonomisk hjelp til organisasjoner som vil ta med barn og unge som faller utenfor fordi familien har dårlig råd. Det er organisasjonen som sender søknaden, ikke den enkelte familie.`,
  amountCriteria: `Beløpet dere får, avhenger av to kriterier: **antall medlemmer** og **hvor mange barn og unge dere kan nå** som ikke har råd til å være med.`,
  beforeApplying: [
    'En kort beskrivelse av hvilke barn og unge dere vil nå, og hvordan',
    'Hvor mange medlemmer dere har, og omtrent hvor mange barn og unge dere kan nå som ikke har råd til å være med',
    'En plan for hva pengene skal brukes til',
  ],
  // The rules a treasurer needs are on the page, not only in the PDF (a visitor review): what the report holds, how it
  // is sent, and what to count from the start.
  body: `## Når dere har fått støtte

Innen ett år etter tildelingen sender organisasjonen en kort rapport på e-post til rådgiveren for aktivitetsstøtten. Rapporten forteller:

- hva pengene ble brukt til
- hvor mange barn og unge støtten kom til gode
- hvordan pengene er regnskapsført, i en enkel oversikt

Skriv ned hvor mange barn og unge dere når, fra den dagen dere begynner å bruke pengene. Kvitteringer skal ikke sendes inn, men må oppbevares i fem år. Penger som ikke er brukt innen ett år, kan overføres til neste sesong etter avtale, eller betales tilbake. Endrer planene seg, ta kontakt med rådgiveren.

[[Slik rapporterer dere (PDF)|file:rapportering-aktivitetsstotte]]`,
  rounds: [
    {
      title: 'Vårens runde 2027',
      opensAt: '2027-01-15',
      deadline: '2027-03-01',
      decision: 'Innen utgangen av april',
    },
    {
      title: 'Høstens runde 2027',
      opensAt: '2027-08-15',
      deadline: '2027-09-15',
      decision: 'Innen utgangen av oktober',
    },
  ],
  applyUrl: 'https://soknad.example.no/aktivitetsstotte',
  // The rounds, the form and the body are invented (see the top of this file); the site marks them «Eksempel».
  isSample: true,
};

export interface ChecklistSource {
  question: string;
  help?: string;
  subItems?: { question: string; help?: string }[];
}

export const applicationGuide = {
  title: 'Hvordan få tildelt et For Alle-samarbeidsprosjekt?',
  ingress:
    'Slik forbereder dere en søknad om et For Alle-samarbeidsprosjekt: hvem dere snakker med først, og hva dere må kartlegge.',
  // «Scoping» is the programme's word for the first talks; it stays, explained, so a search for it finds the guide.
  dialogue: `Før dere sender søknad, må dere ha hatt tett dialog med For Alle i Sparebankstiftelsen SR-Bank. **Vi gir ikke støtte til samarbeidsprosjekter der vi ikke har snakket sammen i den første avklaringen, som vi kaller scoping.**`,
  // Whom to call comes after this text from the pillar's first contact (ApplicationGuide.astro), with name and number,
  // so it prints with the guide.
  steeringGroupAdvice:
    'Erfaringen viser at det er lurt å starte med en liten styringsgruppe: noen få parter som tar ansvaret, utvikler prosjektet og får det i gang. Etterpå kan prosjektet vokse og flere bli med.',
  applicantOrganisation:
    'Selv om det er et samskapingsprosjekt, må én organisasjon stå som avsender av søknaden og ha arbeidsgiveransvaret for prosjektlederen. Det er også denne organisasjonen som får pengene utbetalt.',
  // The way from the first talk to the start, in the programme's terms (dialogue, scoping, one applicant that is paid
  // and employs the project leader). How the application is sent and when the answer comes, the programme's text does
  // not say: the step says who tells.
  steps: [
    {
      title: 'Ta kontakt',
      text: 'Fortell programlederen i For Alle om ideen før dere skriver noe. Vi gir ikke støtte uten at vi har snakket sammen først.',
    },
    {
      title: 'Avklaring (scoping)',
      text: 'Sammen kartlegger vi organisasjonene der dere bor, og hva som skal til for å få i gang et samarbeidsprosjekt i kommunen.',
    },
    {
      title: 'Forberedelse',
      text: 'Dere setter sammen en liten styringsgruppe og går gjennom sjekklisten under: behov, mål, aktiviteter, samarbeid, plan og budsjett.',
    },
    {
      title: 'Søknaden',
      text: 'Én organisasjon sender søknaden på vegne av samarbeidet. Programlederen forteller hvordan den sendes, og når dere kan vente svar.',
    },
    {
      title: 'Oppstart',
      text: 'Får dere et samarbeidsprosjekt, betales pengene ut til organisasjonen som søkte. Den har arbeidsgiveransvaret for prosjektlederen.',
    },
  ],
  body: `For Alle er ikke en ferdig modell som kan kopieres mellom ulike lokalmiljø. Endring må skapes etter behov, basert på eksisterende strukturer, lokale forhold og lokalt engasjement.`,
  // The questions are the programme's, in lightly edited language (every question kept, with its meaning); each
  // `help` is the site's own tip, and the page sets it apart as «Tips».
  checklist: [
    {
      question:
        'Hvordan er situasjonen for barn og unge som faller utenfor i området deres i dag, og hva er utfordringene?',
      help: 'Bruk gjerne kommunens levekårsdata og det organisasjonene selv ser i hverdagen.',
    },
    {
      question: 'Hva er behovene, og hvordan skal prosjektet møte dem?',
      help: 'Beskriv behovene slik de er der dere bor. Behovene, og dermed prosjektet, vil variere fra sted til sted.',
    },
    {
      question: 'Hva er hovedmålene i prosjektet, og hvilke delmål hører til? Hvilke tiltak hører til hvert mål?',
    },
    { question: 'Hvilke aktiviteter skal prosjektet ha?' },
    {
      question: 'Hvordan ser samskapingsmodellen ut?',
      help: 'Beskriv hvordan dere skal samarbeide, ikke bare hvem som er med.',
      subItems: [
        { question: 'Hva er den formelle styringsstrukturen?' },
        { question: 'Hvem er med, og hvordan skal dere samarbeide?' },
        {
          question: 'Kartlegg andre organisasjoner utenom styringsgruppen, og tenk over hvordan de skal trekkes med.',
        },
        { question: 'Hvilken organisasjon står som søker og har arbeidsgiveransvaret for prosjektlederen?' },
      ],
    },
    {
      question:
        'Noen prosjekter velger å dele ressursene mellom flere organisasjoner. Skal dere ha én prosjektleder, eller skal flere dele stillingen mellom seg?',
    },
    { question: 'Sett opp en fremdriftsplan med mål og aktiviteter for hvert prosjektår.' },
    { question: 'Prosjektbudsjettet må henge sammen med tiltakene i prosjektet.' },
    {
      question:
        'Hvilken effekt og nytte vil samarbeidsprosjektet ha for målgruppen? Hvordan vil prosjektet gjøre en forskjell?',
    },
    { question: 'Hva kan hindre dere i å nå disse målene? Hva må dere være oppmerksomme på mens prosjektet pågår?' },
    {
      question:
        'Prosjektet bør selvsagt ha en strukturell endring som mål. Hvordan skal arbeidet fortsette når prosjektperioden er over?',
    },
  ] as ChecklistSource[],
};

/** An editor's own page («Om For Alle», «Kontakt»). */
export interface PageSource {
  id: string;
  title: string;
  slug: string;
  image?: string;
  /** Empty for a decorative picture. */
  imageAlt?: string;
  ingress: string;
  /** None on «Kontakt», which ends with the switchboard from the settings. */
  body?: string;
  /** Questions with the person (id) who answers each, shown right under the ingress. */
  contactTopics?: { heading: string; text: string; contact: string }[];
  /** People (ids) no question names. */
  contacts?: string[];
}

export const pages: PageSource[] = [
  {
    id: 'page-om',
    title: 'Om For Alle',
    slug: 'om',
    image: 'fellesskap',
    // Decorative: the illustration says nothing the text does not (as the pillars' and stories' pictures).
    imageAlt: '',
    ingress:
      'For Alle – samlet innsats for inkludering. Satsingen bygger på at samskaping på tvers av organisasjoner og sektorer trengs for å få til varige endringer.',
    // The facts first, for a visitor or journalist who wants them, under the question they search with («hva er For
    // Alle»: the site's name is on every page, and only this heading asks it). The grant's amount is not typed here:
    // /aktivitetsstotte shows it from «Maksbeløp», so the link leads there. The programme gives no total, so the text
    // gives none (a sentence about its absence read as a draft's note). The press contact is not named here: the
    // person is an example, tagged so on /kontakt.
    body: `## Hva er For Alle?

- **Hvem står bak:** Sparebankstiftelsen SR-Bank.
- **Startet:** 2020, da de første samarbeidsprosjektene kom i gang.
- **Hvor:** samarbeidsprosjekter i sju byer: Bergen, Haugesund, Stavanger, Bryne, Kristiansand, Arendal og Oslo. I fem områder til snakker vi om å starte et samarbeidsprosjekt.
- **Fem satsingsområder:** [samarbeidsprosjekter](doc:pillar-samarbeidsprosjekter), [enkeltstående inkluderingsprosjekter](doc:pillar-inkluderingsprosjekter), [forskning](doc:pillar-forskning), [konferansen med workshops](doc:pillar-konferanse), og [aktivitetsstøtte til lag, foreninger og organisasjoner](doc:pillar-aktivitetsstotte).
- **For hvem:** barn og unge som faller utenfor, blant annet fordi familien har lav inntekt.
- **Penger:** Lag, foreninger og andre organisasjoner kan søke om [aktivitetsstøtte](doc:pillar-aktivitetsstotte) til utstyr, kontingent, busskort og egenandeler til turer og turneringer i Norge og Norden. Hvor mye de kan få, står på siden om aktivitetsstøtte.
- **Presse:** Pressekontakten finner du under [Presse på Kontakt-siden](doc:page-kontakt#presse), med navn og telefonnummer.

## Hvorfor For Alle?

Stadig flere barn og unge faller utenfor samfunnet på forskjellige måter. Det er mange dyktige miljøer som hver for seg gjør en viktig innsats for å gjøre en forskjell. For Alle skal samle innsatsen på tvers av organisasjoner og sektorer, for å gi barn og unge et bedre, helhetlig og koordinert tilbud.

## Ulike steder, ulike behov

Organisasjonslandskapet i Norge varierer mye fra region til region. Norge har en langstrakt geografi med fjorder, fjell og spredt bosetting. Geografi, befolkningstetthet, alderssammensetning, kulturelle forskjeller og politikk påvirker hvordan organisasjoner utvikler seg. Hver region har sine egne fortrinn og utfordringer.

Selv organisasjoner med samme navn og logo kan være organisert ulikt fra sted til sted. Enkeltpersoner og lokale ildsjeler er også avgjørende. Samarbeidet mellom offentlig og ideell sektor, og mulighetene for samskaping, varierer fra kommune til kommune. Mye avhenger av politikk og formell organisering, men også her betyr det mye hvem som har de ulike rollene.

Norge er tuftet på lokalt selvstyre og lokaldemokrati. Hver region, hver kommune og hver bydel har sin egen befolkning og sine egne levekårsutfordringer. Derfor er behovene ulike, og et samskapingsprosjekt må utformes forskjellig fra sted til sted.

## En metode, ikke en modell

For Alle er ikke en ferdig modell som kan kopieres mellom ulike lokalmiljø. Dette er et grunnprinsipp i satsingen, og erfaringene fra de første årene med prosjekter i ulike byer viser at en modell ikke kan flyttes fra ett sted til et annet. Vi kan ikke lage sentrale modeller og forvente at de gir gode resultater i de ulike lokalmiljøene. Endring må skapes etter behov, basert på eksisterende strukturer, lokale forhold og lokalt engasjement.

For Alle er derimot en metode for å bryte ned barrierer og skape samarbeid som gir et løft for barn og unge. Når fagmiljøene klarer å se styrkene hos hverandre, på tvers av organisasjonsnavn, gir det store gevinster for samfunnet.`,
  },
  {
    id: 'page-kontakt',
    title: 'Kontakt',
    slug: 'kontakt',
    // No illustration: on a phone it would push the first question a screen down.
    ingress:
      'Vil dere starte et samarbeid, søke aktivitetsstøtte eller vite mer om konferansen? Her finner dere hvem dere kan snakke med. Står det ikke noe telefonnummer, kan dere ringe sentralbordet. Nummeret står nederst på siden.',
    // Each question with the person who answers it, so the name and number stand under the question.
    contactTopics: [
      {
        heading: 'Samarbeidsprosjekter',
        text: 'Snakk med programlederen før dere skriver søknaden. Vi gir ikke støtte til et samarbeidsprosjekt uten at vi har hatt tett dialog med dere før dere søker.',
        contact: 'person-programleder',
      },
      {
        heading: 'Inkluderingsprosjekter',
        text: 'Vil dere høre om prosjektet deres kan få støtte som enkeltstående inkluderingsprosjekt? Ta kontakt med programlederen.',
        contact: 'person-programleder',
      },
      {
        heading: 'Aktivitetsstøtte',
        text: 'Spørsmål om aktivitetsstøtten og søknadene fra lag, foreninger og organisasjoner.',
        contact: 'person-radgiver',
      },
      {
        heading: 'Er du forelder eller ungdom?',
        text: 'Familier kan ikke søke selv. Spør i laget der du eller barnet ditt vil være med. Laget kan søke om aktivitetsstøtte, så alle kan være med. Vet du ikke hvor du skal begynne, kan du spørre oss.',
        contact: 'person-radgiver',
      },
      {
        heading: 'Jobber du med barn og unge?',
        text: 'Møter du som lærer, helsesykepleier eller trener et barn som ikke er med på noe fordi familien ikke har råd? Prosjektlederen der barnet bor, vet hva som finnes. Du finner prosjektlederne på sidene om hvert sted. Du kan også spørre oss.',
        contact: 'person-programleder',
      },
      {
        heading: 'Konferansen',
        text: 'Spørsmål om påmelding, venteliste og program sender du til konferansens egen adresse.',
        contact: 'person-konferanse',
      },
      {
        heading: 'Forskning',
        text: 'Spørsmål om evalueringen, problemstillingene og funnene så langt. Journalister kan også kontakte pressekontakten under «Presse».',
        contact: 'person-forsker',
      },
      {
        heading: 'Presse',
        text: 'Journalister kan kontakte kommunikasjonsrådgiveren.',
        contact: 'person-kommunikasjon',
      },
    ],
    // No text of its own: the page ends with «Sentralbord og besøksadresse» from the settings above.
  },
];
