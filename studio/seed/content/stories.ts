/**
 * Project stories. The programme's text describes no single story, so every story here is an
 * invented, plausible example (isSample: true), written from what the text says the projects do:
 * share equipment, refer children to each other, reach children who otherwise fall outside.
 */
export interface StorySource {
  id: string;
  title: string;
  slug: string;
  place: string;
  pillar: 'pillar-samarbeidsprosjekter' | 'pillar-inkluderingsprosjekter';
  organisations: string[];
  period: { startYear: number; endYear?: number; ongoing: boolean };
  ingress: string;
  summary: string;
  body: string;
  image: string;
  /**
   * What the picture shows, for screen readers; absent for a decorative picture. The bundled pictures are abstract
   * illustrations that say nothing the text does not, so they are all decorative («Dekorativt bilde»).
   */
  imageAlt?: string;
  tags: string[];
  publishedAt: string;
}

const S = 'pillar-samarbeidsprosjekter' as const;
const I = 'pillar-inkluderingsprosjekter' as const;

export const stories: StorySource[] = [
  {
    id: 'story-bergen-utstyrsbanken',
    title: 'Utstyrsbanken som fikk hele bydelen på tur',
    slug: 'utstyrsbanken-i-bergen',
    place: 'place-bergen',
    pillar: S,
    organisations: ['org-bergen-fritidsnettverk', 'org-bergen-idrettslag', 'org-bergen-frivilligsentral'],
    period: { startYear: 2021, ongoing: true },
    ingress:
      'Tre organisasjoner hadde hvert sitt lager med brukte ski, jakker og sekker. Da de slo lagrene sammen, ble det en utstyrsbank som lånte ut over tusen ting det første året.',
    summary:
      'I Bergen deler tre organisasjoner nå ett lager med turutstyr. Barn kan låne ski, jakke og sekk gratis. Flere barn blir med på tur, fordi utstyr ikke lenger koster penger.',
    image: 'friluft',
    tags: ['friluftsliv', 'utstyr', 'samarbeid'],
    publishedAt: '2024-03-12T08:00:00Z',
    // The link to the 2024 talk names its session's anchor (the key comes from its place in the conference's list);
    // tests/build/links.test.ts checks that it lands.
    body: `Idrettslaget hadde et kott fullt av ski. Frivilligsentralen hadde vinterjakker ingen hentet. Fritidsnettverket hadde sekker og soveposer fra en innsamling. Hver for seg var det rot i en kjeller. Sammen ble det en utstyrsbank.

## Fra tre kjellere til ett lager

Da For Alle Bergen startet, var en av de første oppgavene å finne ut hva organisasjonene allerede hadde. Svaret var: mye mer enn noen visste om. Nå står alt i ett lager i bydelen, og alle tre organisasjonene kan henvise barn dit.

- Over 1 100 utlån det første året
- Åpent to ettermiddager i uka, drevet av frivillige
- Ingen skjema: barnet eller en voksen sier hva som trengs

> Før måtte jeg si nei til turen når vi ikke hadde riktige sko. Nå spør jeg bare i utstyrsbanken.

– Far til tre i Bergen

## Det viktigste er ikke utstyret

Prosjektlederen forteller at lageret har blitt et møtested. Trenere, helsesykepleiere og frivillige stikker innom og blir kjent. Det gjør det lettere å hjelpe det neste barnet videre.

Hvordan de tre lagrene ble ett, fortalte prosjektlederen om på [For Alle-konferansen 2024](doc:conference-2024#sesjon-7ecf7cc3fd0a).

Vil du gi utstyr? Skriv til [kontakt@example.no](mailto:kontakt@example.no).`,
  },
  {
    id: 'story-bergen-fritidskartet',
    title: 'Et felles kart over alt som er gratis',
    slug: 'fritidskartet-i-bergen',
    place: 'place-bergen',
    pillar: S,
    organisations: ['org-bergen-fritidsnettverk', 'org-bergen-kommune'],
    period: { startYear: 2020, ongoing: true },
    ingress:
      'Foreldre og lærere visste ikke hva som fantes. Nå har kommunen og organisasjonene laget én oversikt over gratis og rimelige aktiviteter i bydelene.',
    summary:
      'Mange visste ikke hvilke aktiviteter som finnes. Nå finnes én liste for hele bydelen. Den er laget av kommunen og organisasjonene sammen, og den finnes på flere språk.',
    image: 'by',
    tags: ['oversikt', 'informasjon', 'kommune'],
    publishedAt: '2023-10-04T08:00:00Z',
    body: `Det var en helsesykepleier som sa det først: «Jeg vet at det finnes mye, men jeg vet ikke hva.» Hun var ikke alene. I en runde med skoler, barnehager og NAV svarte nesten alle det samme.

## Én oversikt, mange eiere

Kartet er ikke én organisasjons prosjekt. Alle lagene i samarbeidet melder inn sine tilbud, og kommunen holder oversikten oppdatert. Det er et godt eksempel på det For Alle handler om: å vite om hverandre, så man kan henvise til hverandre i stedet for å bygge konkurrerende tilbud.

- Over 80 aktiviteter samlet på ett sted
- Oversatt til fem språk
- Skrevet ut og hengt opp på helsestasjonen og biblioteket

> Når jeg kan vise en familie en side på deres eget språk, blir samtalen en helt annen.

– Lærer på en barneskole i Bergen

## Neste steg

Samarbeidet vil knytte kartet til aktivitetsstøtten, slik at familier kan se hvilke tilbud som har ordninger for kontingent og utstyr. [Les om For Alle i Bergen](doc:place-bergen).`,
  },
  {
    id: 'story-haugesund-provedager',
    title: 'Prøvedager: korps, fotball og kunst samme ettermiddag',
    slug: 'provedager-i-haugesund',
    place: 'place-haugesund',
    pillar: S,
    organisations: ['org-haugesund-frivilligsentral', 'org-haugesund-korps', 'org-haugesund-fotball'],
    period: { startYear: 2022, ongoing: true },
    ingress:
      'Hvordan vet du hva du liker, hvis du aldri har fått prøve? I Haugesund åpner korpset, ballklubben og kunstgruppa dørene samme dag.',
    summary:
      'I Haugesund kan barn prøve mange aktiviteter på én dag. Det er gratis. Voksne fra lagene tar imot barna. Mange barn har begynt på en aktivitet etter prøvedagen.',
    image: 'musikk',
    tags: ['kultur', 'idrett', 'prøvedag'],
    publishedAt: '2024-09-18T08:00:00Z',
    body: `Det er fredag ettermiddag, og gymsalen er full av lyd. I det ene hjørnet prøver noen tiåringer kornett for første gang. På banen utenfor er det fotball, og i klasserommet ved siden av maler en gruppe jenter med akvarell.

## Ett sted, mange muligheter

Prøvedagene startet fordi organisasjonene så at de samme barna sjelden kom til noen av dem. Ved å samle alt på ett sted, på et tidspunkt som passer, ble terskelen lavere.

1. Barna kan melde seg på gjennom skolen eller bare komme
2. Hver aktivitet har en voksen som tar imot
3. De som vil fortsette, får hjelp med kontingent og utstyr

> Jeg trodde korps var for andre. Nå spiller jeg i det.

– Jente som begynte i korpset etter en prøvedag

## Resultater så langt

Over halvparten av barna som har vært på en prøvedag, har begynt på minst én aktivitet. Frivilligsentralen følger opp dem som trenger skyss eller følge den første tiden. Mer om ordningen finner du hos [Frivilligsentralen i Haugesund](https://haugesund.example.no).`,
  },
  {
    id: 'story-haugesund-instrumentleie',
    title: 'Gratis instrument, ingen spørsmål',
    slug: 'instrumentleie-i-haugesund',
    place: 'place-haugesund',
    pillar: I,
    organisations: ['org-haugesund-korps', 'org-haugesund-frivilligsentral'],
    period: { startYear: 2023, ongoing: true },
    ingress:
      'Instrumentleie var den skjulte kostnaden som holdt barn borte fra korpset. Nå lånes instrumentene ut gratis, uten at noen må forklare hvorfor.',
    summary:
      'Det koster penger å leie et instrument. Derfor sluttet noen barn i korpset. Nå kan alle låne instrument gratis. Ingen må fortelle om økonomien hjemme.',
    image: 'musikk',
    tags: ['korps', 'kultur', 'kontingent'],
    publishedAt: '2025-02-26T08:00:00Z',
    body: `Korpset merket det hver høst: Noen barn kom ikke tilbake etter sommeren. Når dirigenten spurte, kom svaret ofte indirekte. Leien av instrumentet var for dyr.

## En ordning uten skam

Løsningen ble enkel. Alle instrumenter lånes ut gratis, til alle. Da trenger ingen å søke, forklare eller vise fram noe som helst.

- Korpset eier instrumentene, frivilligsentralen hjelper med vedlikehold
- Aktivitetsstøtte dekket innkjøp av nye instrumenter
- Uniformer lånes ut på samme måte

> Det var ikke pengene, det var å måtte spørre. Nå er det ingen som spør.

– Mor til et barn i korpset

Les om [aktivitetsstøtten](doc:pillar-aktivitetsstotte) som gjorde innkjøpene mulige.`,
  },
  {
    id: 'story-stavanger-svommekurs',
    title: 'Svømmekurs for dem som sto på venteliste',
    slug: 'svommekurs-i-stavanger',
    place: 'place-stavanger',
    pillar: S,
    organisations: ['org-stavanger-svommeklubb', 'org-stavanger-kommune', 'org-stavanger-kirkens'],
    period: { startYear: 2021, ongoing: true },
    ingress:
      'Mange barn i Stavanger kunne ikke svømme da de begynte på ungdomsskolen. Svømmeklubben, kommunen og et diakonalt nettverk fant bassengtid ingen visste fantes.',
    summary:
      'Mange barn kunne ikke svømme. Ventelistene var lange. Nå har tre organisasjoner laget ekstra kurs sammen. Over 200 barn har lært å svømme.',
    image: 'sjo',
    tags: ['svømming', 'trygghet', 'idrett'],
    publishedAt: '2024-05-22T08:00:00Z',
    body: `Å kunne svømme er ikke bare en fritidsaktivitet. Ved kysten er det et spørsmål om trygghet. Likevel sto mange barn på venteliste til svømmekurs, år etter år.

## Bassengtid som ingen brukte

Kommunen hadde bassengtid tidlig på lørdager som sto tom. Svømmeklubben hadde instruktører, men ikke tid. Det diakonale nettverket hadde frivillige og kontakt med familiene. Sammen ble det kurs.

- Over 200 barn har fullført kurset
- Frivillige følger barna til og fra bassenget
- Kurset er gratis, og badetøy lånes ut

> Første gang jeg fløt på ryggen, glemte jeg at jeg var redd.

– Gutt på svømmekurset

## Videre

Nå ønsker klubben at flere av barna skal fortsette i ordinære grupper. Aktivitetsstøtten dekker kontingenten det første året. [Les om For Alle i Stavanger](doc:place-stavanger).`,
  },
  {
    id: 'story-stavanger-friluftsdager',
    title: 'En tur i måneden, hele året',
    slug: 'friluftsdager-i-stavanger',
    place: 'place-stavanger',
    pillar: S,
    organisations: ['org-stavanger-friluft', 'org-stavanger-kirkens'],
    period: { startYear: 2022, ongoing: true },
    ingress:
      'Friluftslaget arrangerte turer, men de samme familiene kom hver gang. Med lånt utstyr og faste datoer kom det nye ansikter.',
    summary:
      'Friluftslaget går på tur én gang i måneden. Alle kan låne utstyr. Turene er korte og enkle. Nå kommer mange familier som aldri har gått på tur før.',
    image: 'friluft',
    tags: ['friluftsliv', 'familie'],
    publishedAt: '2025-06-10T08:00:00Z',
    body: `Det er ikke så vanskelig å gå på tur. Men for mange familier er det ukjent: Hvor går man? Hva tar man med? Hva om det regner?

## Faste datoer gjør det enkelt

Turene går første søndag i måneden. De er korte, og de ender alltid med bål og noe å spise. Utstyr lånes i utstyrsbanken kvelden før.

- Turer på 2–5 kilometer
- Alltid en voksen som snakker flere språk
- Bussbillett dekkes for dem som trenger det

> Nå er det barna som sier at vi må gå på tur.

– Mor til to som går med på turene

Se turkalenderen hos [friluftslaget](https://stavanger.example.no).`,
  },
  {
    id: 'story-bryne-fritidskontakt',
    title: 'Fritidskontakten som følger til første trening',
    slug: 'fritidskontakt-pa-bryne',
    place: 'place-bryne',
    pillar: S,
    organisations: ['org-bryne-idrettsrad', 'org-bryne-kommune'],
    period: { startYear: 2022, ongoing: true },
    ingress:
      'Den første treningen er den vanskeligste. På Bryne har idrettsrådet og kommunen laget en ordning med voksne som følger barn dit.',
    summary:
      'Det kan være skummelt å gå på trening første gang. På Bryne kan en voksen bli med. Den voksne heter fritidskontakt. Mange barn har fortsatt etter første trening.',
    image: 'fotball',
    tags: ['idrett', 'frivillighet', 'følge'],
    publishedAt: '2024-11-06T08:00:00Z',
    body: `Du kjenner ingen. Du vet ikke hvor garderoben er. Alle andre ser ut til å kunne reglene. For mange barn stopper det der, før det har begynt.

## En voksen ved siden av

Fritidskontaktene er frivillige og ansatte i kommunen som følger barn de første gangene. De kjenner trenerne og vet hvem som kan hjelpe med utstyr og kontingent.

- 14 fritidskontakter på Bryne
- Henvisninger fra skole, helsestasjon og NAV
- Kontakten trekker seg gradvis ut når barnet er trygt

> Han var med meg tre ganger. Fjerde gang trengte jeg ham ikke.

– Jente som begynte på fotball

## Lagene lærer også

Trenere forteller at de har blitt flinkere til å ta imot nye. Idrettsrådet arrangerer kurs i å møte barn og foreldre med ulik bakgrunn.`,
  },
  {
    id: 'story-bryne-prov-alt-uka',
    title: '«Prøv alt»-uka fyller høstferien',
    slug: 'prov-alt-uka-pa-bryne',
    place: 'place-bryne',
    pillar: I,
    organisations: ['org-bryne-kulturskole', 'org-bryne-idrettsrad'],
    period: { startYear: 2023, ongoing: true },
    ingress:
      'Høstferien var lang for barn som ikke reiste bort. Nå fyller kulturskolen og idrettslagene uka med gratis aktiviteter.',
    summary:
      'I høstferien kan barn på Bryne prøve mange aktiviteter gratis. Det er musikk, dans og idrett. Det er mat hver dag. Over 150 barn var med sist.',
    image: 'fellesskap',
    tags: ['ferie', 'kultur', 'idrett'],
    publishedAt: '2025-10-20T08:00:00Z',
    body: `Mandag er det dans. Tirsdag bryting og trommer. Onsdag klatring. Hver dag er det varm lunsj. «Prøv alt»-uka har blitt en fast del av høsten på Bryne.

## Slik ble den til

Kulturskolen og idrettslagene hadde hver sine ferietilbud, men de kostet penger og kolliderte i tid. Nå planlegges uka sammen, og alt er gratis.

- Over 150 deltakere sist høst
- 12 lag og grupper med
- Lunsj laget av frivillige i samarbeid med kommunen

> Det beste var at jeg fikk være med vennene mine på alt.

– Gutt som var med på «Prøv alt»-uka

Vil laget ditt være med neste år? [Ta kontakt med idrettsrådet](mailto:bryne@example.no).`,
  },
  {
    id: 'story-kristiansand-teater',
    title: 'Teater i nabolaget, uten kontingent',
    slug: 'teater-i-nabolaget-kristiansand',
    place: 'place-kristiansand',
    pillar: S,
    organisations: ['org-kristiansand-teater', 'org-kristiansand-kulturnettverk', 'org-kristiansand-kommune'],
    period: { startYear: 2021, ongoing: true },
    ingress:
      'Ungdomsteateret flyttet øvingene ut i bydelene. Nå spiller barn som aldri hadde sett et teater, i forestillinger med over 400 publikummere.',
    summary:
      'Ungdomsteateret øver nå i bydelene, nær der barna bor. Det er gratis å være med. Barna lager forestillinger sammen. Mange familier kommer for å se.',
    image: 'konferanse',
    tags: ['teater', 'kultur', 'nabolag'],
    publishedAt: '2024-06-14T08:00:00Z',
    body: `Ungdomsteateret hadde gode øvingslokaler i sentrum. Problemet var at barna som trengte det mest, ikke kom seg dit. Så teateret flyttet ut.

## Scenen kom til barna

Nå øver gruppene i skolens aula og på bydelshuset. Kulturnettverket sørger for lokaler og frivillige, kommunen for skyss til forestillingene.

- Fire grupper i fire bydeler
- Felles forestilling hver vår
- Ungdom som har vært med lenge, blir assistenter

> På scenen er det ingen som vet hvem som har penger og hvem som ikke har.

– Jente i en av teatergruppene

## Inkludering gjennom kultur

Prosjektet i Kristiansand har valgt et særlig fokus på inkludering gjennom kulturaktiviteter. [Les om For Alle i Kristiansand](doc:place-kristiansand).`,
  },
  {
    id: 'story-kristiansand-teknikere',
    title: 'Fra publikum til lysbord',
    slug: 'unge-teknikere-i-kristiansand',
    place: 'place-kristiansand',
    pillar: I,
    organisations: ['org-kristiansand-kulturnettverk', 'org-agder-fylkeskommune'],
    period: { startYear: 2023, ongoing: true },
    ingress:
      'Ikke alle vil stå på scenen. Ungdom i Kristiansand lærer lyd, lys og scenografi, og får betalt arbeidserfaring.',
    summary:
      'Noen ungdommer vil ikke spille teater. De vil jobbe med lys og lyd. Nå kan de lære det og få betalt. Det gir erfaring til CV-en.',
    image: 'verksted',
    tags: ['arbeidsinkludering', 'ungdom', 'kultur'],
    publishedAt: '2025-04-02T08:00:00Z',
    body: `Arbeidsinkludering er en av tingene samarbeidsprosjektene samarbeider om, ved siden av aktiviteter og utstyr. I Kristiansand har det blitt konkret: Ungdom får opplæring og betalte vakter som teknikere.

## Slik fungerer det

- Kurs over seks kvelder i lyd, lys og sceneteknikk
- Betalte vakter på forestillinger og arrangementer
- Attest og referanse fra kulturnettverket

> Jeg har fått min første jobb. Og jeg kan noe ingen andre i klassen kan.

– Gutt som tar vakter som lystekniker

## Fylkeskommunen er med

Agder fylkeskommune har bidratt til kursene og ser dem som en vei inn i videregående fag. Les mer hos [Kulturnettverket Sør](https://kristiansand.example.no).`,
  },
  {
    id: 'story-arendal-seiling',
    title: 'Sommerseiling for barn uten båt i familien',
    slug: 'sommerseiling-i-arendal',
    place: 'place-arendal',
    pillar: S,
    organisations: ['org-arendal-seilforening', 'org-arendal-frivillighet', 'org-arendal-kommune'],
    period: { startYear: 2022, ongoing: true },
    ingress:
      'I en by ved havet er det mange barn som aldri har vært på sjøen. Seilforeningen og Frivillighetshuset har gjort noe med det.',
    summary:
      'Mange barn i Arendal har aldri seilt. Nå kan de være med på seilkurs om sommeren. Det er gratis. Barna får låne redningsvest og klær.',
    image: 'sjo',
    tags: ['seiling', 'sommer', 'kystfriluftsliv'],
    publishedAt: '2024-08-21T08:00:00Z',
    body: `Skjærgården ligger rett utenfor, men for mange barn er den like fjern som fjellet. Seilforeningen hadde båter og instruktører, men nådde stort sett barn som allerede seilte.

## Nye mannskap

Frivillighetshuset tok kontakt med skoler og familier. Kommunen stilte med buss. Seilforeningen åpnet sommerkursene for alle.

- Tre uker med kurs hver sommer
- Redningsvest, regntøy og mat inkludert
- Barna kan fortsette i foreningens ungdomsgruppe

> Første dag var jeg redd for bølgene. Siste dag styrte jeg båten.

– Jente på sommerkurset

[Les om For Alle i Arendal](doc:place-arendal).`,
  },
  {
    id: 'story-arendal-felles-kontakt',
    title: 'Ett telefonnummer for alle familiene',
    slug: 'felles-kontakt-i-arendal',
    place: 'place-arendal',
    pillar: S,
    organisations: ['org-arendal-frivillighet', 'org-arendal-kommune'],
    period: { startYear: 2023, ongoing: true },
    ingress:
      'Familiene visste ikke hvem de skulle ringe. Nå har samarbeidet i Arendal én kontaktperson som kjenner alle lagene.',
    summary:
      'Før visste ikke familier hvem de skulle spørre. Nå finnes ett telefonnummer. Kontaktpersonen hjelper barna med å finne en aktivitet, og familiene med å finne ordninger som dekker det den koster.',
    image: 'by',
    tags: ['informasjon', 'familie', 'samarbeid'],
    publishedAt: '2025-09-03T08:00:00Z',
    body: `Mange familier i Arendal fortalte det samme: De visste at det fantes hjelp, men ikke hvor. Lagene hadde hver sin kontaktperson, kommunen hadde sine ordninger, og ingen hadde hele bildet.

## Én dør inn

Nå har samarbeidet én kontaktperson. Hun kjenner lagene, vet hvilke ordninger som finnes og kan følge opp over tid.

- Kan nås på telefon, SMS og e-post
- Snakker norsk, engelsk og arabisk
- Samarbeider tett med skolene og helsestasjonen

> Jeg ringte én gang. Så ordnet det seg.

– Mor til to i Arendal

Ring oss på [00 00 00 00](tel:+4700000000) eller skriv til [arendal@example.no](mailto:arendal@example.no).`,
  },
  {
    id: 'story-oslo-lekser-og-trening',
    title: 'Leksehjelp og trening samme ettermiddag',
    slug: 'lekser-og-trening-i-oslo',
    place: 'place-oslo',
    pillar: S,
    organisations: ['org-oslo-leksehjelp', 'org-oslo-fotball', 'org-oslo-bydel'],
    period: { startYear: 2023, ongoing: true },
    ingress:
      'Barna måtte velge mellom lekser og fotball. I Grorud har leksehjelpa og fotballklubben flyttet sammen, så de slipper.',
    summary:
      'Før måtte barna velge: lekser eller fotball. Nå er leksehjelp og trening på samme sted. Barna gjør lekser først og trener etterpå.',
    image: 'fotball',
    tags: ['leksehjelp', 'fotball', 'skole'],
    publishedAt: '2024-10-15T08:00:00Z',
    body: `Klokka tre åpner leksehjelpa i klubbhuset. Klokka fem er det trening på banen utenfor. Mellom dem er det brødskiver og frukt.

## To tilbud, ett sted

Leksehjelpa hadde frivillige, men få barn. Fotballklubben hadde mange barn, men flere slet på skolen. Bydelen så at de samme familiene trengte begge deler.

- Tre ettermiddager i uka
- Frivillige fra leksehjelpa og foreldre fra klubben
- Bydelen dekker lokaler og mat

> Trenerne spør om leksene, og leksehjelperne spør om kampen.

– Gutt som går på leksehjelpa og trener i klubben

[Les om For Alle i Oslo](doc:place-oslo).`,
  },
  {
    id: 'story-oslo-sommerjobb',
    title: 'Sommerjobb som aktivitetsleder',
    slug: 'sommerjobb-i-oslo',
    place: 'place-oslo',
    pillar: I,
    organisations: ['org-oslo-bydelsnettverk', 'org-oslo-bydel'],
    period: { startYear: 2024, ongoing: true },
    ingress:
      'Ungdom i Oslo øst får sommerjobb som ledere for aktiviteter for de yngre barna og blir forbilder i sitt eget nabolag.',
    summary:
      'Ungdom får sommerjobb. De leder aktiviteter for yngre barn. De får lønn og erfaring. De yngre barna får noen å se opp til.',
    image: 'fellesskap',
    tags: ['ungdom', 'sommerjobb', 'arbeidsinkludering'],
    publishedAt: '2025-08-12T08:00:00Z',
    body: `Sommeren er lang når man er tolv og ikke skal noe sted. Den er også lang når man er sytten og ikke får jobb. I Oslo øst løser samarbeidet begge deler på en gang.

## Slik er jobben

- Seks uker, fire dager i uka
- Kurs i førstehjelp og ledelse før start
- Lønn etter tariff, betalt av bydelen

> Jeg var selv et av de små barna her for fem år siden.

– Jente med sommerjobb som aktivitetsleder

## Det varer

Flere av sommerjobberne er nå trenere og frivillige gjennom året. Det er den strukturelle endringen satsingen etterspør: noe som varer etter at prosjektperioden er over.`,
  },
  {
    id: 'story-stavanger-kontingent',
    title: 'Kontingenten som ble borte',
    slug: 'kontingent-i-stavanger',
    place: 'place-stavanger',
    pillar: I,
    organisations: ['org-stavanger-kommune', 'org-stavanger-svommeklubb'],
    period: { startYear: 2024, ongoing: true },
    ingress:
      'Med aktivitetsstøtte og en felles ordning med kommunen har flere lag i Stavanger gjort det enkelt for familier å få dekket kontingenten.',
    summary:
      'Noen familier har ikke råd til kontingent. Nå kan laget dekke den. Familien trenger ikke søke selv. Laget får pengene fra aktivitetsstøtten.',
    image: 'aktivitet',
    tags: ['kontingent', 'aktivitetsstøtte'],
    publishedAt: '2025-11-05T08:00:00Z',
    body: `For mange lag er det ubehagelig å purre på kontingent. For mange familier er det enda verre å bli purret på. I Stavanger har flere lag funnet en bedre vei.

## Laget søker, ikke familien

Laget søker [aktivitetsstøtte](doc:pillar-aktivitetsstotte) og bruker midlene til å dekke kontingent for barn som trenger det. Treneren eller lagets kontaktperson sier fra, og så er det ordnet.

- Ingen skjema for familiene
- Laget rapporterer samlet, ikke per barn
- Kommunen hjelper lagene med å nå familiene

> Vi sluttet å miste barn hver januar.

– Trener i Hundvåg svømmeklubb`,
  },
  {
    id: 'story-bergen-helsesykepleier',
    title: 'Når helsesykepleieren kan henvise videre',
    slug: 'helsesykepleier-i-bergen',
    place: 'place-bergen',
    pillar: I,
    organisations: ['org-bergen-kommune', 'org-bergen-frivilligsentral'],
    period: { startYear: 2024, ongoing: true },
    ingress:
      'Helsesykepleierne møter barn som er ensomme. Nå kan de henvise dem direkte til en fritidsaktivitet, med en voksen som tar imot.',
    summary:
      'Helsesykepleieren møter barn som er alene. Nå kan hun sende barnet videre til en aktivitet. Der venter en voksen som tar imot.',
    image: 'samarbeid',
    tags: ['helse', 'ensomhet', 'henvisning'],
    publishedAt: '2025-12-02T08:00:00Z',
    body: `«Har du noen å være med etter skolen?» Det er et vanlig spørsmål på helsesykepleierens kontor. Når svaret er nei, har hun nå noe å tilby.

## En henvisning som blir fulgt opp

Helsesykepleieren sender en kort melding til frivilligsentralen. Innen en uke har barnet og familien fått et tilbud, og en voksen som møter dem første gang.

- Over 60 henvisninger det første året
- Samarbeid med fem skoler
- Oppfølging etter en måned

> Før kunne jeg bare si at det finnes mye. Nå kan jeg si: Hun heter Anne, og hun venter på deg torsdag.

– Helsesykepleier i Bergen`,
  },
  {
    id: 'story-kristiansand-kor',
    title: 'Koret der alle språk er velkomne',
    slug: 'kor-i-kristiansand',
    place: 'place-kristiansand',
    pillar: S,
    organisations: ['org-kristiansand-kulturnettverk', 'org-kristiansand-kommune'],
    period: { startYear: 2022, endYear: 2025, ongoing: false },
    ingress:
      'Et barnekor i Kristiansand synger på seks språk. Koret fikk støtte fra 2022 til 2025, og nå er det en fast del av kulturskolen.',
    summary:
      'Et barnekor synger sanger på mange språk. Barna lærer sanger fra hverandre. Koret fikk støtte i tre år. Nå er det en fast del av kulturskolen.',
    image: 'inkludering',
    tags: ['kor', 'kultur', 'språk'],
    publishedAt: '2025-06-25T08:00:00Z',
    body: `Koret startet med en enkel idé: Hvert barn tar med en sang hjemmefra. Tre år senere har koret et repertoar på seks språk og har sunget på rådhuset.

## Strukturell endring

Satsingen sier at prosjektene bør ha strukturell endring som mål og tenke på hva som skjer etter endt prosjektperiode. Her har det skjedd: Koret er tatt inn i kulturskolens faste tilbud.

- 35 barn i koret
- Dirigent ansatt i kulturskolen
- Fortsatt gratis for dem som trenger det

> Da vi sang min sang, sang hele koret med.

– Jente i koret`,
  },
  {
    id: 'story-haugesund-utstyrsdag',
    title: 'Byttedag for sko og klær til idretten',
    slug: 'byttedag-i-haugesund',
    place: 'place-haugesund',
    pillar: S,
    organisations: ['org-haugesund-fotball', 'org-haugesund-frivilligsentral'],
    period: { startYear: 2024, ongoing: true },
    ingress:
      'To ganger i året fyller ballklubben og frivilligsentralen en hall med sko, leggbeskyttere og klær som byttes og gis bort.',
    summary:
      'To ganger i året er det byttedag i Haugesund. Alle kan levere sko og klær de ikke bruker, og ta med seg det de trenger. Alt er gratis.',
    image: 'verksted',
    tags: ['utstyr', 'gjenbruk', 'idrett'],
    publishedAt: '2026-03-11T08:00:00Z',
    body: `Barneføtter vokser raskt. Fotballsko som var for store i fjor, er for små i år. Byttedagen gir dem et nytt liv hos et annet barn.

## Slik foregår det

- Lever det du ikke bruker, ta det du trenger
- Frivillige sorterer på størrelse
- Det som blir igjen, går til utstyrsbanken

> Ingen vet hvem som leverte og hvem som tok. Det er hele poenget.

– Frivillig på byttedagen

Byttedagen er et samarbeid mellom ballklubben, frivilligsentralen og flere andre lag. [Les om For Alle i Haugesund](doc:place-haugesund).`,
  },
  {
    id: 'story-bryne-trenerkurs',
    title: 'Trenerkurs i å møte alle',
    slug: 'trenerkurs-pa-bryne',
    place: 'place-bryne',
    pillar: S,
    organisations: ['org-bryne-idrettsrad'],
    period: { startYear: 2024, ongoing: true },
    ingress:
      'Hvordan tar du imot et barn som ikke har gått på trening før, og foreldre som ikke kjenner dugnadskulturen? Trenere på Jæren øver på det.',
    summary:
      'Trenere på Bryne går på kurs. De lærer å ta imot nye barn og foreldre. Det handler om å forklare ting som andre tar for gitt.',
    image: 'fotball',
    tags: ['trenere', 'kurs', 'idrett'],
    publishedAt: '2026-05-06T08:00:00Z',
    body: `Dugnad, kakelotteri, draktbytte, cuper. For dem som har vokst opp med det, er idrettens vaner selvsagte. For nye familier kan de være en mur.

## Det uskrevne, skrevet ned

Kurset gir trenerne konkrete verktøy: en velkomstlapp på flere språk, en liste over hva som faktisk er nødvendig, og råd om hvordan man snakker om penger uten å gjøre det flaut.

1. Forklar det du tar for gitt
2. Si tydelig hva som er frivillig
3. Vis hvor man kan få hjelp med utstyr og kontingent

> Jeg trodde ikke at vi var vanskelige å komme inn i. Nå ser jeg det.

– Fotballtrener på Bryne som tok kurset`,
  },
];
