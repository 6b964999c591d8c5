/** Text of the PDFs made for the dataset. Each carries a distinctive word tests can search for. */
import type { PdfSpec } from '../lib/pdf.ts';

export const pdfs: PdfSpec[] = [
  {
    name: 'fritidskassen',
    title: 'Fritidskassen: én felles pott for kontingent og utstyr',
    author: 'For Alle Haugesund (eksempel)',
    date: '2025-01-23T08:20:00Z',
    pages: [
      {
        heading: 'Hvorfor en fritidskasse?',
        paragraphs: [
          'Familier med lav inntekt måtte før spørre hvert lag for seg om hjelp til kontingent og utstyr. Mange lot være.',
          'Fritidskassen samler midler fra flere organisasjoner og aktivitetsstøtte i én felles pott. Laget eller en fritidskontakt melder behovet, og fritidskassen dekker det.',
          'Dette er et eksempeldokument laget for For Alle-nettstedets testdata.',
        ],
      },
      {
        heading: 'Slik fungerer fritidskassen',
        paragraphs: [
          '1. Organisasjonene i samarbeidet setter av midler til fritidskassen hvert år.',
          '2. Trenere, lærere og helsesykepleiere kan melde behov, uten skjema for familien.',
          '3. Fritidskassen betaler kontingent, utstyr, busskort og egenandeler direkte til laget.',
          'Erfaringen så langt: flere barn fortsetter i aktiviteten etter første sesong.',
        ],
      },
    ],
  },
  {
    name: 'nabolagsbudsjett',
    title: 'Nabolagsbudsjett: forskningssammendrag',
    author: 'Senter for inkluderingsforskning (eksempel)',
    date: '2026-01-22T08:20:00Z',
    pages: [
      {
        heading: 'Sammendrag',
        paragraphs: [
          'I et forsøk i Oslo fikk barn og unge selv fordele et nabolagsbudsjett til fritidsaktiviteter. Forsøket belyser problemstilling 2 og 3 i evalueringen av For Alle.',
          'Barna valgte oftere felles aktiviteter enn utstyr til enkeltpersoner. Flere barn som ikke deltok fra før, ble med. Foreldrene opplevde økt tilhørighet til nabolaget.',
          'Dette er et eksempeldokument laget for For Alle-nettstedets testdata.',
        ],
      },
      {
        heading: 'Metode og forbehold',
        paragraphs: [
          'Data er samlet inn gjennom intervjuer med 24 barn og 11 foreldre, og gjennom deltakerlister før og etter forsøket.',
          'Utvalget er lite, og funnene kan ikke generaliseres. Et nabolagsbudsjett kan likevel være en god måte å gi barn og unge innflytelse på.',
        ],
      },
    ],
  },
  {
    name: 'tiltak-som-treffer',
    title: 'Hva kjennetegner tiltak som treffer?',
    author: 'Senter for inkluderingsforskning (eksempel)',
    date: '2026-01-22T09:10:00Z',
    pages: [
      {
        heading: 'Foreløpige funn',
        paragraphs: [
          'Lysarkene fra innlegget på For Alle-konferansen 2026. Tre trekk går igjen i prosjektene som når barn og unge i målgruppen: trygge voksne over tid, lav terskel og organisasjoner som henviser til hverandre.',
          'Kontinuiteten i voksenkontakten ser ut til å bety mer enn selve aktiviteten. Barna kommer tilbake til en person, ikke bare til et tilbud.',
          'Dette er et eksempeldokument laget for For Alle-nettstedets testdata.',
        ],
      },
      {
        heading: 'Videre arbeid',
        paragraphs: [
          'Forskerne følger prosjektene videre og ser på om koordinering mellom organisasjonene gir merverdi for familiene.',
        ],
      },
    ],
  },
  {
    name: 'rapportering-aktivitetsstotte',
    title: 'Rapportering etter tildelt aktivitetsstøtte',
    author: 'Sparebankstiftelsen SR-Bank (eksempel)',
    date: '2026-09-01T08:00:00Z',
    pages: [
      {
        heading: 'Slik rapporterer dere',
        paragraphs: [
          'Innen ett år etter tildelingen sender organisasjonen en kort rapport om hva støtten ble brukt til, og hvor mange barn og unge den kom til gode.',
          'Legg ved en enkel regnskapsoversikt. Kvitteringer skal ikke sendes inn, men må oppbevares i fem år.',
          'Dette er et eksempeldokument laget for For Alle-nettstedets testdata.',
        ],
      },
      {
        heading: 'Hvis pengene ikke blir brukt',
        paragraphs: [
          'Midler som ikke er brukt innen rapporteringsfristen, kan overføres til neste sesong etter avtale, eller betales tilbake.',
          'Ta kontakt med rådgiveren for aktivitetsstøtten hvis planene endrer seg underveis.',
        ],
      },
    ],
  },
];
