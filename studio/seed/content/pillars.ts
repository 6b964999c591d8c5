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
  imageAlt: string;
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
    imageAlt: 'Illustrasjon: mennesker i ulike farger står sammen foran åser og en stor sol.',
    contacts: ['person-programleder'],
    // «7 byer» and «5 områder» come first on the page, counted from the places and Innstillinger.
    keyFacts: [
      ['2020', 'da de første samarbeidsprosjektene startet'],
      ['Hver 6. uke', 'møtes prosjektlederne på tvers av regioner'],
    ],
    ingress:
      'For Alle samler ideelle og offentlige aktører i sitt lokalmiljø til strukturelt samarbeid for å gi et bedre fritids- og aktivitetstilbud til barn og unge.',
    body: `De første samarbeidsprosjektene startet i 2020 og har derfor pågått noen år. Målet er å få til tettere samarbeid på tvers av sektorer for å styrke samlet innsats for å gjøre en forskjell. Dette fordi vi tror at dersom vi klarer å løfte blikket ut av egne organisasjoner og egne sektorer, kan vi hjelpe mange flere.

Det handler ikke om at alle aktiviteter skal skje på tvers av organisasjonene. Det handler om at vi må samarbeide for å vite om hverandre, for å kunne spille på hverandres ressurser, ikke bygge opp konkurrerende tiltak. Vi skal sørge for at vi ser tilbud i en helhet, henviser til hverandres organisasjoner og får til best mulig samspill.

> For barn og unge som trenger hjelp, betyr ikke organisasjonsnavnet noe, men at de får den hjelpen de trenger og at de møter og blir sett av trygge voksne.

Via samarbeidsprosjektene erfarer vi at det utløser arrangementer og opplevelser for mange barn og unge som organisasjonene ikke kunne ha gjennomført alene.

## Samskaping gir mer enn summen av delene

Ved å beholde sin organisasjonsidentitet og samtidig bidra med sine respektive særskilte organisasjonsfortrinn, viser samskapingen at samlet innsats utløser vesentlig bedre aktivitetstilbud og når særlig barn og unge som ellers faller utenfor. Det samarbeides også om utstyr, arbeidsinkludering og andre tiltak for å nå flest mulig sårbare barn og unge. I enkelte av prosjektene er det valgt et særlig fokus på samarbeid om inkludering via kulturaktiviteter.

Samskaping gir muligheten til å dra nytte av komplementære styrker og ressurser. Ved å arbeide sammen kan organisasjoner ofte oppnå mer enn de kunne ha gjort på egen hånd, og levere bedre resultater for samfunnet som helhet.

## Hvem tar initiativet?

I utgangspunktet er det flott om initiativet kommer fra kommuner eller organisasjoner selv eller som felles initiativ. For Alle-satsingen bidrar også med å kartlegge organisasjonslandskapet og forutsetningene kommunalt for å få til et For Alle-samarbeidsprosjekt. Det handler om å identifisere de organisasjonene som har evne og forutsetning til å drive prosjektet på vegne av fellesskapet.

Les [hvordan dere kan få tildelt et samarbeidsprosjekt](doc:applicationGuide), og hva dere må kartlegge i forberedelsesfasen.

## Samarbeid på tvers av regioner

For Alle-prosjektlederne utgjør på tvers av geografi et kollegialt fellesskap og har egne Teams-møter hver sjette uke. For Alle-satsingen samler også prosjektlederne til en egen prosjektledersamling en gang i året, og de deltar på nettverksdag og For Alle-konferansen. Dette er fordi det er viktig å dele kunnskap metodisk og lære av hverandre på tvers av regioner. Målet med alle prosjektene er samhandling på tvers av organisasjoner, for et bedre og mer helhetlig tilbud av inkluderingstiltak.`,
  },
  {
    id: 'pillar-inkluderingsprosjekter',
    title: 'Inkluderingsprosjekter',
    slug: 'inkluderingsprosjekter',
    order: 2,
    image: 'inkludering',
    imageAlt: 'Illustrasjon: fargerike sirkler i ulike størrelser som overlapper hverandre.',
    contacts: ['person-programleder'],
    // The programme gives no figures for these projects, so there are no key facts.
    keyFacts: [],
    ingress:
      'Ved siden av samarbeidsprosjektene støtter For Alle enkeltstående inkluderingsprosjekter: prosjekter som skal nå barn og unge som ellers faller utenfor.',
    body: `Stadig flere barn og unge faller utenfor samfunnet på forskjellige måter. Det er mange dyktige miljøer som hver for seg gjør en viktig innsats for å gjøre en forskjell.

Inkluderingsprosjektene får støtten som en gave fra For Alle-satsingen.

## Kan vi få støtte?

Ta kontakt med programlederen for å høre om prosjektet deres kan få støtte. Kontaktpersonen står nederst på siden.

Vil dere heller søke om penger til utstyr, kontingent eller turer for barn som ikke har råd til å være med, les om [aktivitetsstøtte til lag og foreninger](doc:pillar-aktivitetsstotte).

## Endring etter lokale behov

For Alle er ikke en ferdig modell som kan kopieres mellom ulike lokalmiljø. Endring må skapes etter behov, basert på eksisterende strukturer, lokale forhold og lokalt engasjement. Det gjelder også inkluderingsprosjektene: de tar utgangspunkt i det som finnes der barna bor.

## Forskningen følger prosjektene

[Forskningen på For Alle](doc:pillar-forskning) undersøker blant annet om prosjektene som får gaver fra For Alle-satsingen, treffer barn og unge som lever med konsekvenser av lavinntekt, og hva som kjennetegner prosjektene som lykkes.`,
  },
  {
    id: 'pillar-forskning',
    title: 'Forskning',
    slug: 'forskning',
    order: 3,
    image: 'forskning',
    imageAlt: 'Illustrasjon: søyler i ulike høyder som stiger mot en sol, som et diagram.',
    contacts: ['person-forsker', 'person-programleder'],
    keyFacts: [['3', 'overordnede problemstillinger i evalueringen']],
    evaluation: {
      researchPartner: 'org-inkluderingsforskning',
      startYear: 2023,
      resultsYear: 2028,
      methods: [
        'Intervjuer med prosjektledere, organisasjoner og kommuner',
        'Spørreundersøkelser blant deltakere og foreldre',
        'Oppfølging av en gruppe deltakere over tre år',
      ],
      // The programme's text names no researchers, years or methods: all of «Om evalueringen» is an example.
      isSample: true,
    },
    ingress:
      'Vi trenger mer kunnskap om effekt av tiltak. Derfor har stiftelsen satt i gang et forskningsprosjekt på For Alle.',
    body: `Vi trenger mer kunnskap om effekt av tiltak. Hvilke prosjekter har potensial for å skape en endring? Dette er en kunnskap som etterlyses. Derfor har stiftelsen satt i gang et forskningsprosjekt på For Alle. De tre overordnede problemstillingene i evalueringen vil i seg selv berøre ulike sider ved satsingens samfunnsnytte.

Ved å belyse disse problemstillingene vil vi få kunnskap om den nytten prosjektene har for barn, unge og deres familier, og vi vil få kunnskap om hvilke elementer i prosjektene som kan være særlig effektfulle for å treffe sårbare grupper. Dette vil være uttrykk for prosjektenes samfunnsnytte.

## Spørsmål forskningen også vil belyse

- Er dette forebyggende innsatser som kan forventes å gi avkastning over tid, for eksempel ved at det kan ha en positiv påvirkning på barns sosiale deltakelse også ut over deltakelsen i prosjektet?
- I hvilken grad utgjør prosjektene et viktig supplement til offentlige innsatser?
- Resulterer koordinering av innsats fra lag og foreninger i at organisasjonene totalt sett når ut til flere barn, unge og familier/foreldre?
- Skapes det merverdi av at flere organisasjoner og lag går sammen?
- Eller motsatt: Kan det tenkes at koordineringsprosjekter skaper gnisninger mellom organisasjoner med til dels overlappende målgrupper, og demper entusiasme og lokalt engasjement blant frivillige aktører?
- Eller kan det tenkes at de direkterettede prosjektene fortrenger andre tilbud snarere enn å være et supplement?

## Hvorfor dette er viktig

Deltakerne i de undersøkte tiltakene vil være grupper av barn, unge og voksne som ellers er vanskelig å nå og som vi derfor vet relativt lite om. Funn fra prosjektet vil derfor ha en særskilt forskningsmessig verdi. I tillegg vil prosjektet tematisere sentrale spørsmål om hvordan vi lykkes med inkluderende tiltak.`,
  },
  {
    id: 'pillar-konferanse',
    title: 'Konferanse og workshops',
    slug: 'konferanse',
    order: 4,
    image: 'konferanse',
    imageAlt: 'Illustrasjon: en scene med lyskjegle og mennesker som står sammen på scenen.',
    // The people stand on the stage, in the middle of the picture, not at its foot like in the other illustrations.
    imageHotspot: { x: 0.5, y: 0.4, width: 0.7, height: 0.45 },
    // The conference's own address first: the site names the first contact for questions about places and waitlists.
    contacts: ['person-konferanse', 'person-kommunikasjon'],
    keyFacts: [
      ['300 deltakere', 'på konferansedagen'],
      ['100 deltakere', 'på nettverksdagen'],
      ['Januar', 'hvert år i Stavanger'],
      ['4 byer', 'med lokale workshops i etterkant'],
    ],
    ingress:
      'For Alle-konferansen arrangeres hvert år i januar i Stavanger: en nettverksdag med plass til 100 deltakere og en konferansedag med plass til 300.',
    body: `For Alle-konferansene arrangeres hvert år i januar måned i Stavanger. Det er en todagerskonferanse hvor første dag er en nettverksdag med plass til 100 deltakere, og deretter følger selve konferansedagen. Det er et tak på 300 deltakere på konferansen.

På For Alle-konferansen treffes alle vi som brenner for og arbeider med inkludering av barn og unge, og med et særlig tematisk fokus på barn som lever med konsekvenser av lavinntektsutfordringer. Målet er å få til samarbeid på tvers av organisasjoner og sektorer. Fra scenen deles det forskningsbasert kunnskap, prosjekter og erfaringer, og vi skaper nettverk på tvers av sektorer og geografi.

## Workshops i etterkant

Deltakerne blir invitert til lokale workshops, foreløpig i Bergen, Haugesund, Stavanger og Kristiansand, i etterkant av konferansen, for å styrke samarbeidet på tvers av organisasjoner og konkretisere potensielle samarbeidsprosjekter.

## Vær tidlig ute

Begge dagene blir fulltegnet med ventelister, og det anbefales å være tidlig ute for å sikre seg plass.`,
  },
  {
    id: 'pillar-aktivitetsstotte',
    title: 'Aktivitetsstøtte',
    slug: 'aktivitetsstotte',
    order: 5,
    image: 'aktivitet',
    imageAlt: 'Illustrasjon: barn i bevegelse på en slette med svungne stier i oransje og grønt.',
    contacts: ['person-radgiver'],
    // The maximum amount comes first on the page by itself, from activitySupport.maxAmount.
    keyFacts: [['Lag og foreninger', 'med aktivitetstilbud for barn og unge']],
    // What the grant pays for, in the words parents and clubs use: the lead is what the page says first, on the home
    // page's card and in search results, and the search finds the page by it («kontingent», «utstyr»).
    ingress:
      'Lag og foreninger kan søke om penger til utstyr, kontingent, busskort og turer for barn og unge, slik at de kan være med på fritidsaktiviteter uansett hva familien har råd til.',
    // Only why the grant exists: the page's own sections (singletons.ts, activitySupport) say who can apply, for
    // what, how much and when, and the contact person below answers questions.
    body: 'Målet med For Alle-aktivitetsstøtten er at alle barn som vil, skal kunne være med på fritidsaktiviteter, uansett hvor mye penger familien har. Ingen barn skal stenges ute fra kultur, idrett og sosiale fellesskap.',
  },
];
