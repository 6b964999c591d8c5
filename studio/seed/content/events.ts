/**
 * Events. The Arendalsuka debate is from the programme's text («I år … på Arendalsuka … en viktig
 * debatt om økonomisk utenforskap … onsdag 14. juni»), which gives neither the year (2023 is one
 * where 14 June is a Wednesday), the time, the stage nor the debate's questions: those are
 * invented, so the debate is marked isSample until the programme confirms them. The workshops follow the text (Bergen, Haugesund, Stavanger and Kristiansand after
 * the conference, for the conference's participants, who are invited) but their dates, venues and
 * sign-up are invented examples, as is the prosjektledersamling. The Haugesund workshop of 2027 is an invented
 * cancellation: it shows editors, and the tests, how a cancelled event stays on the site marked «Avlyst».
 * Times are UTC: Oslo is UTC+1 in winter and UTC+2 in summer.
 */
import { isHeld } from '../lib/seed-time.ts';

type EventKind = 'konferanse' | 'nettverksdag' | 'workshop' | 'debatt' | 'prosjektledersamling' | 'annet';

export interface EventSource {
  id: string;
  title: string;
  slug: string;
  kind: EventKind;
  start: string;
  end: string;
  venue: { name: string; address?: string };
  place: string;
  capacity?: number;
  registration?: {
    status: 'none' | 'notOpen' | 'open' | 'waitlist' | 'closed';
    opensAt?: string;
    closesAt?: string;
    url?: string;
    /** Kroner; 0 is free. */
    price?: number;
  };
  ingress: string;
  description: string;
  pillar: string;
  /** Cancelled: the page stays, marked «Avlyst», without sign-up. */
  cancelled?: boolean;
  isSample: boolean;
}

// The programme says the conference's participants are invited to the local workshops afterwards: the text says who
// the workshop is for, and the sign-up on the page is for those invited. A held workshop says what happened, in the
// past tense, as the editors' guide asks («sett ingressen og beskrivelsen i fortid»): its ingress is also the RSS
// description and the calendar entry.
const workshopIngress = (city: string, edition: string, held: boolean) =>
  held
    ? `Lokal workshop for deltakerne på For Alle-konferansen ${edition}. Organisasjoner, kommunen og andre i ${city} så på hvordan de kunne samarbeide.`
    : `Lokal workshop for deltakerne på For Alle-konferansen ${edition}. Sammen finner vi ut hvordan organisasjoner, kommunen og andre i ${city} kan samarbeide.`;

// The same programme whether the workshop is to come or held.
const workshopProgramme = `## Program

- Velkommen og kort oppsummering fra konferansen
- Kartlegging: Hvem gjør hva for barn og unge her?
- Arbeid i grupper: Hvor kan vi spille på hverandres ressurser?
- Neste steg: konkrete samarbeid vi kan starte`;

const workshopDescription = (city: string, edition: string, held: boolean) =>
  held
    ? `Workshopen fulgte opp For Alle-konferansen ${edition}. Deltakere fra konferansen møttes for å styrke samarbeidet på tvers av organisasjoner i ${city} og gjøre mulige samarbeidsprosjekter konkrete.

${workshopProgramme}

## Hvem var med?

Workshopen var for deltakerne på For Alle-konferansen ${edition}: ledere, ansatte og frivillige i lag, foreninger og ideelle organisasjoner, og ansatte i kommunen som arbeider med barn, unge og familier. De ble invitert etter konferansen.`
    : `Workshopen følger opp For Alle-konferansen ${edition}. Deltakere fra konferansen møtes for å styrke samarbeidet på tvers av organisasjoner i ${city} og gjøre mulige samarbeidsprosjekter konkrete.

${workshopProgramme}

## Hvem kan delta?

Workshopen er for deltakerne på For Alle-konferansen ${edition}: ledere, ansatte og frivillige i lag, foreninger og ideelle organisasjoner, og ansatte i kommunen som arbeider med barn, unge og familier. De får en invitasjon på e-post etter konferansen og melder seg på her når påmeldingen åpner.`;

function workshop(
  id: string,
  city: string,
  place: string,
  start: string,
  end: string,
  edition: string,
  registration: EventSource['registration'],
): EventSource {
  const held = isHeld(end);
  return {
    id,
    title: `Workshop i ${city}: samarbeid om inkludering`,
    slug: id.replace(/^event-/, ''),
    kind: 'workshop',
    start,
    end,
    venue: { name: 'Frivillighetens hus', address: `Eksempelgata 10, ${city}` },
    place,
    capacity: 40,
    // Invited participants of the conference, as its own registration: free.
    registration: registration && { ...registration, price: 0 },
    ingress: workshopIngress(city, edition, held),
    description: workshopDescription(city, edition, held),
    pillar: 'pillar-konferanse',
    isSample: true,
  };
}

const closed = (opensAt: string, closesAt: string) => ({
  status: 'closed' as const,
  opensAt,
  closesAt,
  url: 'https://pamelding.example.no/workshop',
});

export const events: EventSource[] = [
  {
    id: 'event-arendalsuka-2023',
    title: 'Økonomisk utenforskap: barrierer mellom offentlig og ideell sektor',
    slug: 'arendalsuka-okonomisk-utenforskap',
    kind: 'debatt',
    start: '2023-06-14T08:00:00Z',
    end: '2023-06-14T09:30:00Z',
    // The programme's text names Arendalsuka; the title does not, so the venue says it, on the card and the page.
    venue: { name: 'Arendalsuka, debattscene i Arendal sentrum' },
    place: 'place-arendal',
    capacity: 120,
    // «Debatten var åpen for alle, uten påmelding.» The debate is over: the ingress and the text say what happened.
    registration: { status: 'none' },
    ingress:
      'På Arendalsuka arrangerte For Alle en debatt om økonomisk utenforskap: å bryte ned barrierer mellom offentlig og ideell sektor.',
    description: `Stadig flere barn og unge faller utenfor samfunnet på forskjellige måter. Det er mange dyktige miljøer som hver for seg gjør en viktig innsats. Men hva skal til for at offentlig og ideell sektor virkelig samarbeider?

## Debatten

For Alle bygger på forståelsen av at samskaping på tvers av organisasjoner og sektorer er en forutsetning for strukturelle og varige endringer, og for å gi et bedre, helhetlig og koordinert tilbud til barn og unge. I debatten møttes politikere, kommuner og ideelle organisasjoner for å diskutere:

- Hva hindrer samarbeid mellom kommunen og frivilligheten i dag?
- Hvordan kan vi se tilbudene i en helhet, i stedet for å bygge konkurrerende tiltak?
- Hva kan vi lære av samarbeidsprosjektene i de sju byene?

Debatten var åpen for alle, uten påmelding.`,
    pillar: 'pillar-samarbeidsprosjekter',
    isSample: true,
  },
  workshop(
    'event-workshop-bergen-2024',
    'Bergen',
    'place-bergen',
    '2024-02-13T11:00:00Z',
    '2024-02-13T15:00:00Z',
    '2024',
    closed('2024-01-25T08:00:00Z', '2024-02-09T22:59:00Z'),
  ),
  workshop(
    'event-workshop-stavanger-2024',
    'Stavanger',
    'place-stavanger',
    '2024-02-27T11:00:00Z',
    '2024-02-27T15:00:00Z',
    '2024',
    closed('2024-01-25T08:00:00Z', '2024-02-23T22:59:00Z'),
  ),
  workshop(
    'event-workshop-bergen-2025',
    'Bergen',
    'place-bergen',
    '2025-02-11T11:00:00Z',
    '2025-02-11T15:00:00Z',
    '2025',
    closed('2025-01-24T08:00:00Z', '2025-02-07T22:59:00Z'),
  ),
  workshop(
    'event-workshop-haugesund-2025',
    'Haugesund',
    'place-haugesund',
    '2025-02-19T11:00:00Z',
    '2025-02-19T15:00:00Z',
    '2025',
    closed('2025-01-24T08:00:00Z', '2025-02-14T22:59:00Z'),
  ),
  workshop(
    'event-workshop-stavanger-2025',
    'Stavanger',
    'place-stavanger',
    '2025-03-04T11:00:00Z',
    '2025-03-04T15:00:00Z',
    '2025',
    {
      status: 'waitlist',
      opensAt: '2025-01-24T08:00:00Z',
      closesAt: '2025-02-28T22:59:00Z',
      url: 'https://pamelding.example.no/workshop',
    },
  ),
  workshop(
    'event-workshop-kristiansand-2025',
    'Kristiansand',
    'place-kristiansand',
    '2025-03-12T11:00:00Z',
    '2025-03-12T15:00:00Z',
    '2025',
    closed('2025-01-24T08:00:00Z', '2025-03-07T22:59:00Z'),
  ),
  workshop(
    'event-workshop-bergen-2026',
    'Bergen',
    'place-bergen',
    '2026-02-10T11:00:00Z',
    '2026-02-10T15:00:00Z',
    '2026',
    closed('2026-01-23T08:00:00Z', '2026-02-06T22:59:00Z'),
  ),
  workshop(
    'event-workshop-haugesund-2026',
    'Haugesund',
    'place-haugesund',
    '2026-02-18T11:00:00Z',
    '2026-02-18T15:00:00Z',
    '2026',
    closed('2026-01-23T08:00:00Z', '2026-02-13T22:59:00Z'),
  ),
  workshop(
    'event-workshop-stavanger-2026',
    'Stavanger',
    'place-stavanger',
    '2026-03-03T11:00:00Z',
    '2026-03-03T15:00:00Z',
    '2026',
    closed('2026-01-23T08:00:00Z', '2026-02-27T22:59:00Z'),
  ),
  workshop(
    'event-workshop-kristiansand-2026',
    'Kristiansand',
    'place-kristiansand',
    '2026-03-11T11:00:00Z',
    '2026-03-11T15:00:00Z',
    '2026',
    closed('2026-01-23T08:00:00Z', '2026-03-06T22:59:00Z'),
  ),
  workshop(
    'event-workshop-bergen-2027',
    'Bergen',
    'place-bergen',
    '2027-02-16T11:00:00Z',
    '2027-02-16T15:00:00Z',
    '2027',
    {
      status: 'notOpen',
      opensAt: '2027-01-22T08:00:00Z',
      closesAt: '2027-02-12T22:59:00Z',
      url: 'https://pamelding.example.no/workshop',
    },
  ),
  {
    ...workshop(
      'event-workshop-haugesund-2027',
      'Haugesund',
      'place-haugesund',
      '2027-02-24T11:00:00Z',
      '2027-02-24T15:00:00Z',
      '2027',
      {
        status: 'notOpen',
        opensAt: '2026-11-02T08:00:00Z',
        closesAt: '2027-02-19T22:59:00Z',
        url: 'https://pamelding.example.no/workshop',
      },
    ),
    ingress:
      'Workshopen i Haugesund er avlyst fordi lokalet ikke er ledig. Vi finner en ny dato og legger den ut på nettsidene til For Alle.',
    cancelled: true,
  },
  workshop(
    'event-workshop-stavanger-2027',
    'Stavanger',
    'place-stavanger',
    '2027-03-02T11:00:00Z',
    '2027-03-02T15:00:00Z',
    '2027',
    {
      status: 'notOpen',
      opensAt: '2027-01-22T08:00:00Z',
      closesAt: '2027-02-26T22:59:00Z',
      url: 'https://pamelding.example.no/workshop',
    },
  ),
  workshop(
    'event-workshop-kristiansand-2027',
    'Kristiansand',
    'place-kristiansand',
    '2027-03-09T11:00:00Z',
    '2027-03-09T15:00:00Z',
    '2027',
    {
      status: 'notOpen',
      opensAt: '2027-01-22T08:00:00Z',
      closesAt: '2027-03-05T22:59:00Z',
      url: 'https://pamelding.example.no/workshop',
    },
  ),
  {
    id: 'event-prosjektledersamling-2025',
    title: 'Prosjektledersamling 2025',
    slug: 'prosjektledersamling-2025',
    kind: 'prosjektledersamling',
    start: '2025-05-20T07:00:00Z',
    end: '2025-05-21T13:00:00Z',
    venue: { name: 'Kurssted på Jæren', address: 'Eksempelvegen 5, Bryne' },
    place: 'place-bryne',
    capacity: 20,
    registration: { status: 'closed', opensAt: '2025-03-01T08:00:00Z', closesAt: '2025-04-30T21:59:00Z' },
    // Held: what the gathering was, in the past tense; the habit («en gang i året») may stay in the present.
    ingress:
      'Prosjektlederne fra alle byene møttes på Jæren for å dele kunnskap metodisk og lære av hverandre. For Alle-satsingen samler dem en gang i året.',
    description: `For Alle-prosjektlederne utgjør på tvers av geografi et kollegialt fellesskap og har egne Teams-møter hver sjette uke. En gang i året samles de på en egen prosjektledersamling, og de deltar på nettverksdagen og For Alle-konferansen.

## Tema

- Hvordan involverer vi organisasjoner utover styringsgruppen?
- Hva skjer etter endt prosjektperiode?
- Erfaringsdeling: arbeidsinkludering og utstyr

Samlingen var for prosjektlederne i samarbeidsprosjektene.`,
    pillar: 'pillar-samarbeidsprosjekter',
    isSample: true,
  },
  {
    id: 'event-prosjektledersamling-2026',
    title: 'Prosjektledersamling 2026',
    slug: 'prosjektledersamling-2026',
    kind: 'prosjektledersamling',
    start: '2026-05-19T07:00:00Z',
    end: '2026-05-20T13:00:00Z',
    venue: { name: 'Kurssted i Arendal', address: 'Eksempelgata 3, Arendal' },
    place: 'place-arendal',
    capacity: 20,
    registration: { status: 'closed', opensAt: '2026-03-02T08:00:00Z', closesAt: '2026-04-30T21:59:00Z' },
    ingress:
      'Årets samling for prosjektlederne handlet om varig endring: hvordan samarbeidet lever videre når prosjektperioden er over.',
    description: `Prosjektlederne fra Bergen, Haugesund, Stavanger, Bryne, Kristiansand, Arendal og Oslo møttes i Arendal.

## Tema

- Strukturell endring: Hva tar kommunen og organisasjonene videre?
- Hvordan måler vi om vi treffer målgruppen?
- Besøk hos samarbeidsprosjektet i Arendal`,
    pillar: 'pillar-samarbeidsprosjekter',
    isSample: true,
  },
];
