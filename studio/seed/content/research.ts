/**
 * The evaluation's three research questions, word for word from the programme's text (punctuation corrected), with
 * invented "findings so far" (isSample), and research updates (all invented examples).
 */
export interface QuestionSource {
  id: string;
  number: number;
  question: string;
  explanation: string;
  findings: string;
}

export const researchQuestions: QuestionSource[] = [
  {
    id: 'rq-1',
    number: 1,
    // Word for word, but with the comma after the relative clause that the programme's text leaves out: without it
    // the question is hard to parse. The explanation does not open with «Når», which reads as «when».
    question:
      'I hvilken grad treffer de prosjektene som mottar gaver fra For Alle-satsingen, barn og unge som lever med konsekvenser av lavinntektsutfordringer?',
    explanation:
      'Treffer prosjektene de barna og familiene som satsingen er ment for? Forskerne ser på hvem som deltar, og hvem som ikke gjør det.',
    findings: `De første dataene tyder på at prosjektene som samarbeider med skole og helsestasjon, når ut til flere barn i målgruppen enn prosjekter som bare rekrutterer gjennom egne kanaler.

- Henvisninger fra helsesykepleier og skole er viktige rekrutteringsveier
- Gratis tilbud alene er ikke nok: Det betyr mye at noen følger barnet dit, og at informasjonen finnes på flere språk

Funnene er foreløpige og bygger på et lite utvalg.`,
  },
  {
    id: 'rq-2',
    number: 2,
    question: 'Hva kjennetegner de tiltakene/prosjektene som lykkes godt med å treffe barn og unge i målgruppen?',
    explanation:
      'Hva gjør de prosjektene som lykkes, annerledes? Forskerne leter etter fellestrekk som andre kan lære av.',
    findings: `Tre kjennetegn går igjen så langt:

1. Trygge voksne som kjenner barna over tid
2. Lav terskel: ingen skjema, ingen kostnad, kort vei
3. Samarbeid som gjør at organisasjonene henviser til hverandre

Forskerne undersøker videre om koordinering skaper merverdi, eller om det i noen tilfeller skaper gnisninger mellom organisasjoner.`,
  },
  {
    id: 'rq-3',
    number: 3,
    question:
      'I hvilken grad medfører de støttede prosjektene/tiltakene endringer i deltakernes levekår og/eller livskvalitet?',
    explanation:
      'Gjør det en forskjell i barnas liv å delta? Dette er det vanskeligste spørsmålet å svare på, og det krever data over tid.',
    findings: `Det er for tidlig å si noe sikkert om endringer i levekår. Foreldre og barn beskriver likevel mer tilhørighet, nye venner og større tro på egne muligheter.

Forskerne følger en gruppe deltakere fra høsten 2025 til sommeren 2028 for å kunne si noe om varige endringer.`,
  },
];

export interface UpdateSource {
  id: string;
  title: string;
  slug: string;
  date: string;
  questions: string[];
  summary: string;
  body: string;
  report?: { kind?: 'report' | 'summary'; file?: string; url?: string };
}

export const researchUpdates: UpdateSource[] = [
  {
    id: 'ru-oppstart',
    title: 'Forskningsprosjektet er i gang',
    slug: 'forskningsprosjektet-er-i-gang',
    date: '2023-09-15',
    questions: ['rq-1', 'rq-2', 'rq-3'],
    summary:
      'Evalueringen av For Alle har startet. Forskerne skal undersøke tre problemstillinger om samfunnsnytten av satsingen.',
    body: `Vi trenger mer kunnskap om effekt av tiltak. Derfor har stiftelsen satt i gang et forskningsprosjekt på For Alle.

## Slik skal forskerne jobbe

- Intervjuer med prosjektledere, organisasjoner og kommuner
- Spørreundersøkelser blant deltakere og foreldre
- Oppfølging av en gruppe deltakere over tre år

Deltakerne i tiltakene er grupper som ellers er vanskelige å nå, og som vi derfor vet relativt lite om.`,
  },
  {
    id: 'ru-hvem-deltar',
    title: 'Hvem deltar? Første kartlegging av deltakerne',
    slug: 'hvem-deltar',
    date: '2024-06-03',
    questions: ['rq-1'],
    summary:
      'Den første kartleggingen viser at prosjektene når ut til mange barn i målgruppen, særlig der skole og helsestasjon henviser.',
    body: `Forskerne har samlet inn data fra fire av samarbeidsprosjektene.

## Foreløpige funn

- Om lag halvparten av deltakerne kommer fra familier med lav inntekt
- Henvisning fra skole og helsestasjon er den viktigste veien inn
- Gutter er overrepresentert i idrettstilbudene, jenter i kulturtilbudene

Funnene er foreløpige.`,
    report: { url: 'https://forskning.example.no/for-alle/hvem-deltar' },
  },
  {
    id: 'ru-kjennetegn',
    title: 'Trygge voksne går igjen i prosjektene som lykkes',
    slug: 'trygge-voksne',
    date: '2025-01-20',
    questions: ['rq-2'],
    summary: 'Intervjuer med prosjektledere og deltakere peker på trygge voksne og lav terskel som det viktigste.',
    body: `Hva kjennetegner prosjektene som lykkes med å treffe barn og unge i målgruppen? Intervjuene peker i samme retning.

> Det er ikke aktiviteten i seg selv, det er at noen venter på deg.

– En av foreldrene som ble intervjuet

## Tre kjennetegn

1. Trygge voksne over tid
2. Lav terskel
3. Organisasjoner som henviser til hverandre`,
  },
  {
    id: 'ru-merverdi',
    title: 'Skaper samarbeid merverdi, eller gnisninger?',
    slug: 'merverdi-eller-gnisninger',
    date: '2025-09-10',
    questions: ['rq-2', 'rq-1'],
    summary:
      'Forskerne har sett på om koordinering gir organisasjonene større rekkevidde, eller om det demper lokalt engasjement.',
    body: `Ett av evalueringens kritiske spørsmål er om koordineringsprosjekter kan skape gnisninger mellom organisasjoner med overlappende målgrupper.

## Hva forskerne fant

De fleste organisasjonene beskriver samarbeidet som positivt, men flere peker på at det tar tid å bygge tillit. Der styringsgruppen er liten og noen har satt seg i førersetet, går det raskest.`,
  },
  {
    id: 'ru-nabolagsbudsjett',
    title: 'Nabolagsbudsjett: forskningssammendrag',
    slug: 'nabolagsbudsjett',
    date: '2026-01-22',
    questions: ['rq-2', 'rq-3'],
    summary:
      'Et sammendrag av forsøket der barn og unge fordelte et nabolagsbudsjett til aktiviteter, presentert på konferansen 2026.',
    body: `På For Alle-konferansen 2026 presenterte forskerne forsøket med nabolagsbudsjett i Oslo.

## Hovedfunn

- Barna valgte oftere felles aktiviteter enn utstyr til enkeltpersoner
- Flere barn som ikke deltok fra før, ble med
- Foreldrene opplevde økt tilhørighet til nabolaget

Sammendraget kan lastes ned under «Sammendrag» nedenfor.`,
    report: { kind: 'summary', file: 'nabolagsbudsjett' },
  },
  {
    id: 'ru-levekar',
    title: 'Hvordan måle endringer i livskvalitet?',
    slug: 'male-livskvalitet',
    date: '2026-06-18',
    questions: ['rq-3'],
    summary: 'Forskerne beskriver hvordan de følger deltakere i nesten tre år for å si noe om levekår og livskvalitet.',
    body: `Det tredje spørsmålet i evalueringen er det vanskeligste: Medfører prosjektene endringer i deltakernes levekår og livskvalitet?

## Metoden

- En gruppe deltakere følges fra høsten 2025 til sommeren 2028
- Spørsmål om venner, tilhørighet, skole og helse
- Sammenligning med barn som ikke deltar

De endelige resultatene ventes i 2028.`,
  },
];
