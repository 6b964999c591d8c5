/**
 * The yearly For Alle conference in Stavanger. The format (January, two days: a network day with
 * 100 places, a conference day with a cap of 300) and the date 22.–23. januar 2025 are from the
 * programme's text; programmes, speakers and material are invented examples, so every edition is
 * marked isSample. Times are UTC (Oslo is UTC+1 in January).
 */
import { isHeld } from '../lib/seed-time.ts';

type Material = { kind: 'file'; title: string; file: string } | { kind: 'link'; title: string; url: string };

interface SessionSource {
  start: string;
  end: string;
  title: string;
  /** None for a break («Pause», «Lunsj», «Avslutning»), which has no summary either. */
  speakers?: string[];
  summary?: string;
  material?: Material[];
  videoUrl?: string;
  /** The research update presented in the session (its id). */
  researchUpdate?: string;
}

export interface ConferenceSource {
  id: string;
  year: number;
  title: string;
  theme: string;
  ingress: string;
  body: string;
  days: {
    kind: 'network' | 'conference';
    title: string;
    description?: string;
    start: string;
    end: string;
    capacity: number;
    status: 'available' | 'waitlist';
  }[];
  registration: {
    status: 'notOpen' | 'open' | 'waitlist' | 'closed';
    opensAt: string;
    closesAt: string;
    url: string;
    /** Kroner; 0 is free. Only where the page says it: before the conference. */
    price?: number;
    priceNote?: string;
  };
  sessions: SessionSource[];
  workshops: string[];
  isSample: boolean;
}

/**
 * The network day's card text. The programme: the project leaders take part in the network day, to learn from each
 * other across regions. It is open to everyone who works with inclusion, which «Prosjektlederne … deltar» alone made
 * readers doubt; not «Alle som melder seg på, kan være med», which a full day's «Fulltegnet – venteliste» beside it
 * denies. No edition has a programme for it; the card says nothing of one (a sentence about its absence read as a
 * draft's note). A held edition says what the day was, not whom it invites.
 */
const networkDayDescription = (held: boolean) =>
  'En dag for å bygge nettverk og lære av hverandre på tvers av organisasjoner, sektorer og regioner. ' +
  (held
    ? 'Dagen var åpen for alle som arbeider med inkludering, og prosjektlederne deltok også.'
    : 'Dagen er åpen for alle som arbeider med inkludering, ikke bare for prosjektlederne.');

/**
 * The conference day's card text, from the programme: the day itself («selve konferansedagen»), where knowledge from
 * research, projects and experience is shared from the stage. Without it the day with 300 places looked like an
 * afterthought beside the network day. No tense, so it reads true before and after; not the body's sentence («Fra
 * scenen hører du …»), which the edition's page also shows.
 */
const conferenceDayDescription =
  'Selve konferansen: innlegg fra scenen om forskning, prosjekter og erfaringer med inkludering av barn og unge.';

/** The two days of an edition; `full` names the days whose places are all taken, so they have a waitlist. */
const days = (networkDate: string, conferenceDate: string, full: ('network' | 'conference')[] = []) => [
  {
    kind: 'network' as const,
    title: 'Nettverksdag',
    description: networkDayDescription(isHeld(`${networkDate}T15:00:00Z`)),
    start: `${networkDate}T09:00:00Z`,
    end: `${networkDate}T15:00:00Z`,
    capacity: 100,
    status: full.includes('network') ? ('waitlist' as const) : ('available' as const),
  },
  {
    kind: 'conference' as const,
    title: 'Konferansedag',
    description: conferenceDayDescription,
    start: `${conferenceDate}T08:00:00Z`,
    end: `${conferenceDate}T15:30:00Z`,
    capacity: 300,
    status: full.includes('conference') ? ('waitlist' as const) : ('available' as const),
  },
];

/**
 * The breaks of a conference day and its close, as programme items with a time and a title only, so the programme
 * shows what happens between the talks and runs to the day's end (16.30). Listed after the talks: a session's key,
 * and with it its anchor on the archive page, comes from its place in the list.
 */
const breaks = (date: string, items: [start: string, end: string, title: 'Pause' | 'Lunsj' | 'Avslutning'][]) =>
  items.map(([start, end, title]) => ({ start: `${date}T${start}:00Z`, end: `${date}T${end}:00Z`, title }));

const standardBody = `På For Alle-konferansen møtes alle vi som brenner for og arbeider med inkludering av barn og unge, særlig barn i familier med lav inntekt.

## To dager

Første dag er en nettverksdag med plass til 100 deltakere. Deretter kommer selve konferansedagen, med plass til 300 deltakere. Fra scenen hører du om forskning, prosjekter og erfaringer, og vi bygger nettverk på tvers av sektorer og regioner.

## Etter konferansen

Deltakerne blir invitert til lokale workshops i Bergen, Haugesund, Stavanger og Kristiansand. Der styrker vi samarbeidet mellom organisasjonene og finner ut hvordan mulige samarbeidsprosjekter kan se ut i praksis.`;

// A held edition tells what happened, as the editors' guide asks of held events, and names the workshops it had
// (2024: Bergen and Stavanger, and its closing session invites to those two).
const heldBody = (
  workshopCities: string,
) => `På For Alle-konferansen møtes alle vi som brenner for og arbeider med inkludering av barn og unge, særlig barn i familier med lav inntekt.

## To dager

Første dag var en nettverksdag med plass til 100 deltakere. Deretter kom selve konferansedagen, med plass til 300 deltakere. Fra scenen hørte deltakerne om forskning, prosjekter og erfaringer, og vi bygde nettverk på tvers av sektorer og regioner.

## Etter konferansen

Deltakerne ble invitert til lokale workshops i ${workshopCities}, for å styrke samarbeidet mellom organisasjonene og finne ut hvordan mulige samarbeidsprosjekter kan se ut i praksis.`;

export const conferences: ConferenceSource[] = [
  {
    id: 'conference-2024',
    year: 2024,
    title: 'For Alle-konferansen 2024',
    theme: 'Samskaping i praksis: fra egne organisasjoner til felles innsats',
    ingress:
      'Konferansen 2024 handlet om hvordan organisasjoner kan beholde sin identitet og samtidig bidra med sine fortrinn i et felles løft for barn og unge.',
    body: heldBody('Bergen og Stavanger'),
    days: days('2024-01-24', '2024-01-25'),
    registration: {
      status: 'closed',
      opensAt: '2023-10-02T08:00:00Z',
      closesAt: '2024-01-12T22:59:00Z',
      url: 'https://pamelding.example.no/konferanse-2024',
    },
    workshops: ['event-workshop-bergen-2024', 'event-workshop-stavanger-2024'],
    isSample: true,
    sessions: [
      {
        start: '2024-01-25T08:00:00Z',
        end: '2024-01-25T08:20:00Z',
        title: 'Velkommen: hvorfor samlet innsats?',
        speakers: ['person-programleder'],
        summary:
          'Programlederen åpnet med satsingens utgangspunkt: Mange dyktige miljøer gjør hver for seg en viktig innsats, men varig endring krever samskaping på tvers.',
      },
      {
        start: '2024-01-25T08:20:00Z',
        end: '2024-01-25T09:00:00Z',
        title: 'Barn i lavinntektsfamilier: Hva vet vi?',
        speakers: ['person-forsker'],
        summary:
          'En gjennomgang av hva forskningen vet om deltakelse i fritidsaktiviteter blant barn i familier med lav inntekt, og hva vi fortsatt ikke vet.',
        material: [
          {
            kind: 'link',
            title: 'Presentasjon (ekstern lenke)',
            url: 'https://materiell.example.no/2024/barn-i-lavinntekt',
          },
        ],
        videoUrl: 'https://video.example.no/for-alle-2024-forskning',
      },
      {
        start: '2024-01-25T09:15:00Z',
        end: '2024-01-25T10:00:00Z',
        title: 'Fra tre kjellere til én utstyrsbank',
        speakers: ['person-bergen-pl'],
        summary:
          'Prosjektlederen i Bergen fortalte hvordan tre organisasjoner slo sammen lagrene sine, og hvorfor lageret ble et møtested.',
      },
      {
        start: '2024-01-25T10:00:00Z',
        end: '2024-01-25T10:45:00Z',
        title: 'Kommunen som samarbeidspartner, ikke bare bevilger',
        speakers: ['person-ks'],
        summary:
          'Om hvordan kommunen kan gå inn i styringsgrupper og bidra med lokaler, skyss og kontakt med familiene.',
      },
      {
        start: '2024-01-25T11:30:00Z',
        end: '2024-01-25T12:15:00Z',
        title: 'Panel: Når blir samarbeid konkurranse?',
        speakers: ['person-idrett', 'person-frivillighet', 'person-haugesund-pl'],
        summary:
          'Et ærlig panel om gnisninger mellom organisasjoner med overlappende målgrupper, og hvordan man unngår å bygge konkurrerende tiltak.',
      },
      {
        start: '2024-01-25T12:30:00Z',
        end: '2024-01-25T13:15:00Z',
        title: 'Inkludering gjennom kultur',
        speakers: ['person-kristiansand-pl'],
        summary: 'Erfaringer fra Kristiansand med teater og kor i nabolaget, uten kontingent.',
      },
      {
        start: '2024-01-25T13:30:00Z',
        end: '2024-01-25T14:15:00Z',
        title: 'Hva koster det å ikke gjøre noe?',
        speakers: ['person-okonom'],
        summary:
          'Et samfunnsøkonomisk blikk på forebyggende innsats for barn og unge, og hvorfor gevinstene ofte kommer lenge etter.',
      },
      {
        start: '2024-01-25T14:30:00Z',
        end: '2024-01-25T15:15:00Z',
        title: 'Oppsummering: Hva tar vi med oss hjem?',
        speakers: ['person-programleder'],
        summary:
          'Programlederen samlet trådene fra dagen og inviterte til de lokale workshopene i Bergen og Stavanger.',
      },
      ...breaks('2024-01-25', [
        ['09:00', '09:15', 'Pause'],
        ['10:45', '11:30', 'Lunsj'],
        ['12:15', '12:30', 'Pause'],
        ['13:15', '13:30', 'Pause'],
        ['14:15', '14:30', 'Pause'],
        ['15:15', '15:30', 'Avslutning'],
      ]),
    ],
  },
  {
    id: 'conference-2025',
    year: 2025,
    title: 'For Alle-konferansen 2025',
    theme: 'Trygge voksne og helhetlige tilbud',
    // The programme gives the dates ahead of the event, and that both days usually fill up: not that these did.
    ingress: 'For Alle-konferansen 2025 var 22. og 23. januar i Stavanger, med en nettverksdag og en konferansedag.',
    body: heldBody('Bergen, Haugesund, Stavanger og Kristiansand'),
    days: days('2025-01-22', '2025-01-23'),
    registration: {
      status: 'closed',
      opensAt: '2024-10-01T08:00:00Z',
      closesAt: '2025-01-10T22:59:00Z',
      url: 'https://pamelding.example.no/konferanse-2025',
    },
    workshops: [
      'event-workshop-bergen-2025',
      'event-workshop-haugesund-2025',
      'event-workshop-stavanger-2025',
      'event-workshop-kristiansand-2025',
    ],
    isSample: true,
    sessions: [
      {
        start: '2025-01-23T08:00:00Z',
        end: '2025-01-23T08:20:00Z',
        title: 'Velkommen til konferansedagen',
        speakers: ['person-programleder'],
        summary:
          'Et tilbakeblikk på fem år med samarbeidsprosjekter, og hva satsingen har lært om at endring må skapes etter lokale behov.',
      },
      {
        start: '2025-01-23T08:20:00Z',
        end: '2025-01-23T09:00:00Z',
        title: 'Fritidskassen: én felles pott for kontingent og utstyr',
        speakers: ['person-haugesund-pl', 'person-foresatt'],
        summary:
          'Hvordan organisasjonene i Haugesund samler midler i en felles fritidskasse, slik at familiene slipper å spørre hvert lag for seg.',
        material: [{ kind: 'file', title: 'Presentasjon: Fritidskassen (PDF)', file: 'fritidskassen' }],
      },
      {
        start: '2025-01-23T09:00:00Z',
        end: '2025-01-23T09:40:00Z',
        title: 'Treffer vi dem vi vil nå? Første funn fra evalueringen',
        speakers: ['person-forsker', 'person-forsker-2'],
        summary:
          'Forskerne presenterte det første datagrunnlaget om hvem som deltar i prosjektene, og hvordan målgruppen kan identifiseres uten å stigmatisere.',
        researchUpdate: 'ru-hvem-deltar',
        videoUrl: 'https://video.example.no/for-alle-2025-evaluering',
      },
      {
        start: '2025-01-23T10:00:00Z',
        end: '2025-01-23T10:40:00Z',
        title: 'Fritidskontakter: følge til første trening',
        speakers: ['person-bryne-pl'],
        summary: 'Erfaringer fra Bryne med voksne som følger barn de første gangene, og hva lagene selv har lært.',
      },
      {
        start: '2025-01-23T10:40:00Z',
        end: '2025-01-23T11:20:00Z',
        title: 'Ungdomsstemmen: Dette trenger vi',
        speakers: ['person-ungdom'],
        summary:
          'En ungdom fra Kristiansand fortalte hvordan det var å begynne på teater, og hva som gjorde at hun ble.',
      },
      {
        start: '2025-01-23T12:20:00Z',
        end: '2025-01-23T13:00:00Z',
        title: 'Panel: offentlig og ideell sektor – hvem gjør hva?',
        speakers: ['person-ks', 'person-arendal-pl', 'person-frivillighet'],
        summary:
          'Panelet tok opp igjen temaet fra Arendalsuka: hvordan bryte ned barrierer mellom offentlig og ideell sektor i det daglige.',
      },
      {
        start: '2025-01-23T13:15:00Z',
        end: '2025-01-23T13:55:00Z',
        title: 'Seiling, svømming og friluftsliv for alle',
        speakers: ['person-stavanger-pl', 'person-arendal-pl'],
        summary:
          'Stavanger og Arendal delte erfaringer med aktiviteter som krever utstyr og trygghet, og hvordan samarbeid gjorde dem mulige.',
      },
      {
        start: '2025-01-23T14:10:00Z',
        end: '2025-01-23T14:50:00Z',
        title: 'Aktivitetsstøtte: Slik søker laget',
        speakers: ['person-radgiver'],
        summary:
          'Hva kan det søkes om, hvem kan søke og hvordan beløpet fastsettes. Med svar på de vanligste spørsmålene fra lagene.',
      },
      {
        start: '2025-01-23T15:00:00Z',
        end: '2025-01-23T15:20:00Z',
        title: 'Oppsummering og veien videre',
        speakers: ['person-programleder'],
        summary: 'Hva dagen viste, og hvordan de lokale workshopene i fire byer bygger videre på den.',
      },
      ...breaks('2025-01-23', [
        ['09:40', '10:00', 'Pause'],
        ['11:20', '12:20', 'Lunsj'],
        ['13:00', '13:15', 'Pause'],
        ['13:55', '14:10', 'Pause'],
        ['14:50', '15:00', 'Pause'],
        ['15:20', '15:30', 'Avslutning'],
      ]),
    ],
  },
  {
    id: 'conference-2026',
    year: 2026,
    title: 'For Alle-konferansen 2026',
    theme: 'Hva virker? Kunnskap om effekt av tiltak',
    ingress:
      'Konferansen 2026 satte forskningen i sentrum: Hvilke prosjekter har potensial for å skape en endring, og hvordan vet vi det?',
    body: heldBody('Bergen, Haugesund, Stavanger og Kristiansand'),
    days: days('2026-01-21', '2026-01-22'),
    registration: {
      status: 'closed',
      opensAt: '2025-10-01T08:00:00Z',
      closesAt: '2026-01-09T22:59:00Z',
      url: 'https://pamelding.example.no/konferanse-2026',
    },
    workshops: [
      'event-workshop-bergen-2026',
      'event-workshop-haugesund-2026',
      'event-workshop-stavanger-2026',
      'event-workshop-kristiansand-2026',
    ],
    isSample: true,
    sessions: [
      {
        start: '2026-01-22T08:00:00Z',
        end: '2026-01-22T08:20:00Z',
        title: 'Velkommen: kunnskap som etterlyses',
        speakers: ['person-programleder'],
        summary: 'Hvorfor stiftelsen satte i gang et forskningsprosjekt på For Alle, og hva vi håper å lære.',
      },
      {
        start: '2026-01-22T08:20:00Z',
        end: '2026-01-22T09:10:00Z',
        title: 'Nabolagsbudsjett: når barna bestemmer over pengene',
        speakers: ['person-forsker', 'person-oslo-pl'],
        summary:
          'Et forsøk i Oslo der barn og unge selv fordelte et nabolagsbudsjett til aktiviteter. Hva valgte de, og hvem deltok?',
        material: [{ kind: 'file', title: 'Forskningssammendrag: Nabolagsbudsjett (PDF)', file: 'nabolagsbudsjett' }],
        videoUrl: 'https://video.example.no/for-alle-2026-nabolagsbudsjett',
        researchUpdate: 'ru-nabolagsbudsjett',
      },
      {
        start: '2026-01-22T09:10:00Z',
        end: '2026-01-22T09:50:00Z',
        title: 'Hva kjennetegner tiltak som treffer?',
        speakers: ['person-forsker-2'],
        summary:
          'Foreløpige funn om det som går igjen i prosjekter som lykkes med å nå barn og unge i målgruppen: trygge voksne over tid, lav terskel og organisasjoner som henviser til hverandre.',
        material: [
          {
            kind: 'file',
            title: 'Presentasjon: Hva kjennetegner tiltak som treffer? (PDF)',
            file: 'tiltak-som-treffer',
          },
        ],
      },
      {
        start: '2026-01-22T10:10:00Z',
        end: '2026-01-22T10:50:00Z',
        title: 'Levekår og livskvalitet: Kan vi måle endring?',
        speakers: ['person-okonom', 'person-forsker'],
        summary:
          'Om metodene for å undersøke om deltakelse fører til endringer i levekår og livskvalitet, og hvor forsiktig man må være med å trekke slutninger.',
      },
      {
        start: '2026-01-22T11:00:00Z',
        end: '2026-01-22T11:40:00Z',
        title: 'Arbeidsinkludering for ungdom',
        speakers: ['person-kristiansand-pl', 'person-oslo-pl'],
        summary:
          'Unge teknikere i Kristiansand og sommerjobbere i Oslo: hvordan arbeidserfaring blir en del av inkluderingsarbeidet.',
      },
      {
        start: '2026-01-22T12:40:00Z',
        end: '2026-01-22T13:20:00Z',
        title: 'Panel: Fortrenger vi andre tilbud?',
        speakers: ['person-idrett', 'person-frivillighet', 'person-forsker-2'],
        summary:
          'Et av evalueringens kritiske spørsmål: Kan direkterettede prosjekter fortrenge andre tilbud snarere enn å være et supplement?',
      },
      {
        start: '2026-01-22T13:30:00Z',
        end: '2026-01-22T14:10:00Z',
        title: 'Helsesykepleieren som døråpner',
        speakers: ['person-bergen-pl'],
        summary: 'Hvordan helsesykepleiere i Bergen henviser barn direkte til aktiviteter, med en voksen som tar imot.',
      },
      {
        start: '2026-01-22T14:25:00Z',
        end: '2026-01-22T15:15:00Z',
        title: 'Panel: Hva gjør vi med det vi nå vet?',
        speakers: ['person-forsker', 'person-programleder', 'person-stavanger-pl'],
        summary:
          'Forskere og prosjektledere diskuterte hvordan funnene så langt kan brukes i prosjektene allerede nå, før evalueringen er ferdig.',
      },
      ...breaks('2026-01-22', [
        ['09:50', '10:10', 'Pause'],
        ['10:50', '11:00', 'Pause'],
        ['11:40', '12:40', 'Lunsj'],
        ['13:20', '13:30', 'Pause'],
        ['14:10', '14:25', 'Pause'],
        ['15:15', '15:30', 'Avslutning'],
      ]),
    ],
  },
  {
    id: 'conference-2027',
    year: 2027,
    title: 'For Alle-konferansen 2027',
    theme: 'Varige endringer: når prosjektet blir struktur',
    // What the edition is about, as the held years' ingresses do: the dates are right above it on the page, and
    // «Meld deg på tidlig» is the conference page's own section. The theme is an invented example. «neste» is a word
    // the site recognises (stillUpcomingWording): once the days have begun, it shows a sentence of its own instead of
    // this one, and the content report asks for a rewrite.
    ingress:
      'Den neste konferansen handler om hvordan det prosjektene har bygd opp, kan bli en varig del av tilbudet til barn og unge der de bor.',
    body: `${standardBody}

## Praktisk

I påmeldingsskjemaet krysser du av for den eller de dagene du vil være med på. Er en dag full, kommer du på venteliste for den dagen, og du får beskjed på e-post hvis du får plass.

Kan du ikke komme likevel? [Gi oss beskjed på e-post](mailto:konferanse@example.no) så snart du vet det, så går plassen til den neste på ventelisten.

Trenger du tilrettelegging, for eksempel tolk eller teleslynge, eller har du allergier? Skriv det i påmeldingsskjemaet.`,
    // The network day's 100 places went first (the programme: both days fill up, each with its own waitlist).
    days: days('2027-01-20', '2027-01-21', ['network']),
    registration: {
      status: 'open',
      opensAt: '2026-10-01T08:00:00Z',
      closesAt: '2027-01-08T22:59:00Z',
      url: 'https://pamelding.example.no/konferanse-2027',
      price: 0,
      priceNote: 'Lunsj er inkludert begge dagene.',
    },
    workshops: [
      'event-workshop-bergen-2027',
      'event-workshop-haugesund-2027',
      'event-workshop-stavanger-2027',
      'event-workshop-kristiansand-2027',
    ],
    isSample: true,
    sessions: [
      {
        start: '2027-01-21T08:00:00Z',
        end: '2027-01-21T08:20:00Z',
        title: 'Velkommen',
        speakers: ['person-programleder'],
        summary: 'Åpning av konferansedagen.',
      },
      {
        start: '2027-01-21T08:20:00Z',
        end: '2027-01-21T09:00:00Z',
        title: 'Hva har evalueringen funnet så langt?',
        speakers: ['person-forsker'],
        summary: 'Status fra forskningsprosjektet på alle tre problemstillingene.',
      },
      {
        start: '2027-01-21T09:15:00Z',
        end: '2027-01-21T10:00:00Z',
        title: 'Når prosjektperioden er over',
        speakers: ['person-arendal-pl', 'person-ks'],
        summary: 'Hvordan samarbeidsprosjektene planlegger for varige, strukturelle endringer.',
      },
      {
        start: '2027-01-21T10:15:00Z',
        end: '2027-01-21T11:00:00Z',
        title: 'Nye steder: erfaringer fra etableringsfasen',
        speakers: ['person-programleder', 'person-bryne-pl'],
        summary: 'Hva skjer i den første avklaringen før søknad, og hvorfor dialogen er så viktig.',
      },
      {
        start: '2027-01-21T12:00:00Z',
        end: '2027-01-21T12:45:00Z',
        title: 'Panel: ungdom som ressurs',
        speakers: ['person-ungdom', 'person-oslo-pl'],
        summary: 'Ungdom som har deltatt i prosjektene, forteller om hva de har bidratt med.',
      },
      {
        start: '2027-01-21T13:00:00Z',
        end: '2027-01-21T13:45:00Z',
        title: 'Aktivitetsstøtte og samarbeid: to sider av samme sak',
        speakers: ['person-radgiver', 'person-haugesund-pl'],
        summary: 'Hvordan aktivitetsstøtten og samarbeidsprosjektene kan forsterke hverandre lokalt.',
      },
      {
        start: '2027-01-21T14:00:00Z',
        end: '2027-01-21T15:15:00Z',
        title: 'Panel: Hva må til for at endringen varer?',
        speakers: ['person-programleder', 'person-stavanger-pl', 'person-frivillighet'],
        summary: 'Prosjektledere og frivilligheten om hva som skal til for at samarbeidet lever videre lokalt.',
      },
      ...breaks('2027-01-21', [
        ['09:00', '09:15', 'Pause'],
        ['10:00', '10:15', 'Pause'],
        ['11:00', '12:00', 'Lunsj'],
        ['12:45', '13:00', 'Pause'],
        ['13:45', '14:00', 'Pause'],
        ['15:15', '15:30', 'Avslutning'],
      ]),
    ],
  },
];
