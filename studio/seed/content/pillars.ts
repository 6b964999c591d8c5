/**
 * The five pillars, in the programme's own words from for-alle.txt (light proofreading only:
 * «får å sikre» → «for å sikre», «får det skaleres» → «før det skaleres», and grammar where the text stumbles,
 * e.g. «og få til» → «og får til»). The programme only names
 * the «enkeltstående inkluderingsprosjekter»; their page says no more than the text supports (they
 * receive gifts from the programme, the research covers them). How to apply for one the text does not say, so the
 * page sends them to the programme manager; the «no project without dialogue» rule is the collaboration projects'.
 * The programme's list of cities with a project and its «fem områder» are not typed into Samarbeidsprosjekter: the map
 * right under the text lists the places and counts the areas, and the first key facts are counted from the same data.
 */
export interface PillarSource {
  id: string;
  title: string;
  slug: string;
  order: number;
  ingress: string;
  body: string;
  keyFacts: [string, string][];
  contacts: string[];
  image: string;
  /**
   * What the picture shows, for screen readers; absent for a decorative picture. The bundled pictures are abstract
   * illustrations that say nothing the text does not, so they are all decorative («Dekorativt bilde»).
   */
  imageAlt?: string;
  /** Only the research pillar: «Om evalueringen». */
  evaluation?: {
    researchPartner: string;
    startYear: number;
    resultsYear: number;
    methods: string[];
    isSample: boolean;
  };
  /**
   * Where the picture's subject is, as an editor sets it with the Studio's hotspot tool (fractions of width and
   * height). The pillar page shows the picture as a low, wide band, cut to this point.
   */
  imageHotspot?: { x: number; y: number; width: number; height: number };
}

export const pillars: PillarSource[] = [
  {
    id: 'pillar-samarbeidsprosjekter',
    title: 'Samarbeidsprosjekter',
    slug: 'samarbeidsprosjekter',
    order: 1,
    image: 'samarbeid',
    contacts: ['person-programleder'],
    // «7 byer» and «5 områder» come first on the page, counted from the places and Innstillinger.
    keyFacts: [
      ['2020', 'da de første samarbeidsprosjektene startet'],
      ['Hver sjette uke', 'møtes prosjektlederne på tvers av regioner'],
    ],
    ingress:
      'For Alle samler ideelle organisasjoner, kommunen og andre offentlige aktører i lokalmiljøet til et strukturelt samarbeid, for å gi barn og unge et bedre fritids- og aktivitetstilbud.',
    body: `De første samarbeidsprosjektene startet i 2020. Målet er tettere samarbeid på tvers av sektorer, slik at vi sammen kan gjøre en større forskjell. Vi tror at hvis vi klarer å løfte blikket ut over egen organisasjon og egen sektor, kan vi hjelpe mange flere.

Det betyr ikke at alle aktiviteter skal skje på tvers av organisasjonene. Men vi må samarbeide for å vite om hverandre. Da kan vi bruke hverandres ressurser i stedet for å bygge opp tiltak som konkurrerer. Vi skal se tilbudene som en helhet, vise videre til hverandres organisasjoner og få til best mulig samspill.

For barn og unge som trenger hjelp, betyr det ingenting hvilken organisasjon som hjelper. Det viktige er at de får hjelpen de trenger, og at de møter trygge voksne som ser dem.

Vi ser at samarbeidsprosjektene gir mange barn og unge arrangementer og opplevelser som organisasjonene ikke kunne ha fått til alene.

## Samskaping gir mer enn summen av delene

Hver organisasjon beholder sin egen identitet og bidrar med det den er særlig god på. Sammen lager de et mye bedre aktivitetstilbud, og de når særlig ut til barn og unge som ellers faller utenfor. Organisasjonene samarbeider også om utstyr, arbeidsinkludering og andre tiltak, for å nå flest mulig sårbare barn og unge. Noen av prosjektene har valgt å samarbeide særlig om inkludering gjennom kulturaktiviteter.

Når organisasjoner skaper noe sammen, kan de utfylle hverandres styrker og ressurser. Sammen oppnår de ofte mer enn hver for seg, og det gir bedre resultater for hele samfunnet.

## Hvem tar initiativet, og hvem søker?

Det er flott om initiativet kommer fra kommunen, fra organisasjonene selv eller fra dem sammen. For Alle kan også hjelpe med å kartlegge hvilke organisasjoner som finnes i kommunen, og om forholdene ligger til rette for et For Alle-samarbeidsprosjekt. Målet er å finne de organisasjonene som har evne og mulighet til å drive prosjektet på vegne av fellesskapet.

Selv om mange er med, sender én organisasjon søknaden på vegne av samarbeidet. Den har arbeidsgiveransvaret for prosjektlederen og får pengene utbetalt. Hvem det skal være, finner dere ut sammen med For Alle før dere søker.

Les [hvordan dere kan få tildelt et samarbeidsprosjekt](doc:applicationGuide), og hva dere må kartlegge i forberedelsesfasen.

## Samarbeid på tvers av regioner

Prosjektlederne i For Alle er kolleger på tvers av landet, og de har egne Teams-møter hver sjette uke. En gang i året samler For Alle prosjektlederne til en egen prosjektledersamling, og de deltar på nettverksdagen og For Alle-konferansen. Slik kan de dele kunnskap systematisk og lære av hverandre på tvers av regioner. Målet med alle prosjektene er samarbeid på tvers av organisasjoner, slik at barn og unge får et bedre og mer helhetlig tilbud.`,
  },
  {
    id: 'pillar-inkluderingsprosjekter',
    title: 'Inkluderingsprosjekter',
    slug: 'inkluderingsprosjekter',
    order: 2,
    image: 'inkludering',
    contacts: ['person-programleder'],
    // The programme gives no figures for these projects, so there are no key facts.
    keyFacts: [],
    ingress:
      'Ved siden av samarbeidsprosjektene støtter For Alle enkeltstående inkluderingsprosjekter: prosjekter som skal nå barn og unge som ellers faller utenfor.',
    body: `Stadig flere barn og unge faller utenfor samfunnet på forskjellige måter. Det er mange dyktige miljøer som hver for seg gjør en viktig innsats for å gjøre en forskjell.

Inkluderingsprosjektene får støtten som en gave fra For Alle-satsingen.

## Kan vi få støtte?

Ta kontakt med programlederen for å høre om prosjektet deres kan få støtte. Kontaktpersonen står nederst på siden.

Vil dere heller søke om penger til utstyr, kontingent eller egenandeler til turer for barn som ikke har råd til å være med, les om [aktivitetsstøtte til lag, foreninger og organisasjoner](doc:pillar-aktivitetsstotte).

## Endring etter lokale behov

For Alle er ikke en ferdig modell som kan kopieres mellom ulike lokalmiljø. Endring må skapes etter behov, basert på eksisterende strukturer, lokale forhold og lokalt engasjement. Det gjelder også inkluderingsprosjektene: De tar utgangspunkt i det som finnes der barna bor.

## Forskningen følger prosjektene

[Forskningen på For Alle](doc:pillar-forskning) undersøker blant annet om prosjektene som får gaver fra For Alle-satsingen, treffer barn og unge i familier med lav inntekt, og hva som kjennetegner prosjektene som lykkes.`,
  },
  {
    id: 'pillar-forskning',
    title: 'Forskning',
    slug: 'forskning',
    order: 3,
    image: 'forskning',
    contacts: ['person-forsker', 'person-programleder', 'person-kommunikasjon'],
    keyFacts: [],
    evaluation: {
      researchPartner: 'org-inkluderingsforskning',
      startYear: 2023,
      resultsYear: 2028,
      methods: [
        'Intervjuer med prosjektledere, organisasjoner og kommuner',
        'Spørreundersøkelser blant deltakere og foreldre',
        'Oppfølging av en gruppe deltakere fra høsten 2025 til sommeren 2028, sammenlignet med barn som ikke deltar',
      ],
      // The programme's text names no researchers, years or methods: all of «Om evalueringen» is an example.
      isSample: true,
    },
    ingress:
      'Vi trenger mer kunnskap om effekt av tiltak. Derfor har stiftelsen satt i gang et forskningsprosjekt på For Alle.',
    body: `Vi trenger mer kunnskap om effekt av tiltak. Hvilke prosjekter har potensial for å skape en endring? Mange etterspør denne kunnskapen. Derfor har stiftelsen satt i gang et forskningsprosjekt på For Alle. Alle de tre spørsmålene i evalueringen handler om hvilken nytte samfunnet har av satsingen.

Svarene vil vise hvilken nytte prosjektene har for barn, unge og familiene deres, og hvilke deler av prosjektene som virker særlig godt for å nå sårbare grupper. Det sier noe om hva prosjektene er verdt for samfunnet.

## Spørsmål forskningen også vil belyse

- Er dette forebyggende innsatser som kan forventes å gi avkastning over tid, for eksempel ved at det kan ha en positiv påvirkning på barns sosiale deltakelse også ut over deltakelsen i prosjektet?
- I hvilken grad utgjør prosjektene et viktig supplement til offentlige innsatser?
- Resulterer koordinering av innsats fra lag og foreninger i at organisasjonene totalt sett når ut til flere barn, unge og familier/foreldre?
- Skapes det merverdi av at flere organisasjoner og lag går sammen?
- Eller motsatt: Kan det tenkes at koordineringsprosjekter skaper gnisninger mellom organisasjoner med til dels overlappende målgrupper, og demper entusiasme og lokalt engasjement blant frivillige aktører?
- Eller kan det tenkes at de direkterettede prosjektene fortrenger andre tilbud snarere enn å være et supplement?

## Hvorfor dette er viktig

Deltakerne i tiltakene som undersøkes, er barn, unge og voksne som ellers er vanskelige å nå, og som vi derfor vet lite om. Derfor er funnene fra prosjektet særlig verdifulle for forskningen. I tillegg tar prosjektet opp viktige spørsmål om hvordan vi lykkes med tiltak som skal inkludere.`,
  },
  {
    id: 'pillar-konferanse',
    // The menu's name: «Konferanse og workshops» here and «Konferanse» in the menu were two names for one page, and the
    // longer one does not fit in the menu. The workshops have their own section and key fact on the page.
    title: 'Konferanse',
    slug: 'konferanse',
    order: 4,
    image: 'konferanse',
    // The people stand on the stage, in the middle of the picture, not at its foot like in the other illustrations.
    imageHotspot: { x: 0.5, y: 0.4, width: 0.7, height: 0.45 },
    // The conference's own address first: the site names the first contact for questions about places and waitlists.
    contacts: ['person-konferanse', 'person-kommunikasjon'],
    // Caps, not attendance: «plass til 100», «et tak på 300». A key fact is often read alone.
    keyFacts: [
      ['Plass til 300', 'på konferansedagen'],
      ['Plass til 100', 'på nettverksdagen'],
      ['Januar', 'hvert år i Stavanger'],
      ['4 byer', 'med lokale workshops etter konferansen'],
    ],
    // When, where and how many are the key facts right under the lead, and each day's card gives its date and places:
    // the lead and the text say whom the conference is for and what it is for, and give no figure a third time.
    ingress:
      'På For Alle-konferansen møtes alle som arbeider med inkludering av barn og unge, særlig barn i familier med lav inntekt.',
    body: `Målet er å få til samarbeid på tvers av organisasjoner og sektorer. Konferansen varer i to dager: først en nettverksdag, så selve konferansedagen. Fra scenen hører du om forskning, prosjekter og erfaringer, og vi bygger nettverk på tvers av sektorer og regioner.

## Workshops etter konferansen

Etter konferansen blir deltakerne invitert til lokale workshops, foreløpig i Bergen, Haugesund, Stavanger og Kristiansand. Der styrker vi samarbeidet mellom organisasjonene og finner ut hvordan mulige samarbeidsprosjekter kan se ut i praksis.

## Meld deg på tidlig

Begge dagene pleier å bli fulltegnet, med venteliste. Jo tidligere du melder deg på, jo sikrere er du på å få plass.`,
  },
  {
    id: 'pillar-aktivitetsstotte',
    title: 'Aktivitetsstøtte',
    slug: 'aktivitetsstotte',
    order: 5,
    image: 'aktivitet',
    contacts: ['person-radgiver'],
    // The maximum amount comes first on the page by itself, from activitySupport.maxAmount.
    // The value is kept short (20 characters); the label carries the rest of the programme's «lag, foreninger og
    // organisasjoner».
    keyFacts: [['Lag, foreninger', 'og andre organisasjoner med aktivitetstilbud for barn og unge kan søke']],
    // What the grant pays for, in the words parents and clubs use: the lead is what the page says first, on the home
    // page's card and in search results, and the search finds the page by it («kontingent», «utstyr»). Trips as the
    // programme limits them («egenandel … i Norge og Norden»): «turer» alone would promise a whole trip, anywhere.
    ingress:
      'Lag, foreninger og organisasjoner kan søke om penger til utstyr, kontingent, busskort og egenandeler til turer og turneringer i Norge og Norden, slik at barn og unge kan være med på fritidsaktiviteter uansett hva familien har råd til.',
    // Only why the grant exists: the page's own sections (singletons.ts, activitySupport) say who can apply, for
    // what, how much and when, and the contact person below answers questions.
    body: 'Målet med For Alle-aktivitetsstøtten er at alle barn som vil, skal kunne være med på fritidsaktiviteter, uansett familiens økonomi. Ingen barn skal stenges ute fra kultur, idrett og sosiale fellesskap.',
  },
];
