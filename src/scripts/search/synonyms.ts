// Everyday words for what the site calls something else. Used only for a word no page contains: «helsesøster» finds
// the pages about «helsesykepleier», and the page says «Viser treff for «helsesykepleier»». Add a line when visitors
// search for a word the site never uses (the key in lower case; the site's words in the order to try them: the
// first one the index holds, or holds at the start of a longer word, is searched). A line for a word some page has
// never fires: a word on the site is searched as it is. The words here came from visitors' questions tried on the
// built site (session 18): each gave «Ingen treff» or only pages beside the point.
import { foldWord } from './query-words';

export const synonymList: Record<string, string[]> = {
  helsesøster: ['helsesykepleier'],
  helsesøstre: ['helsesykepleier'],
  slides: ['presentasjon', 'lysark'],
  lysbilder: ['presentasjon', 'lysark'],
  foiler: ['presentasjon', 'lysark'],
  powerpoint: ['presentasjon', 'lysark'],
  // «lavinntekt» is on the site only at the start of longer words («lavinntektsfamilier»).
  fattigdom: ['lavinntekt', 'utenforskap'],
  barnefattigdom: ['lavinntekt', 'utenforskap'],
  fattig: ['lavinntekt', 'utenforskap'],
  fattige: ['lavinntekt', 'utenforskap'],
  billig: ['rimelig'],
  billige: ['rimelig'],
  // Money from the foundation: the site says «støtte» (aktivitetsstøtte, støtte til prosjekter).
  tilskudd: ['støtte'],
  tilskot: ['støtte'],
  stønad: ['støtte'],
  bidrag: ['støtte'],
  stipend: ['støtte'],
  funding: ['støtte'],
  grant: ['støtte'],
  fritidskort: ['aktivitetsstøtte', 'fritidskassen'],
  opplevelseskort: ['aktivitetsstøtte'],
  deadline: ['frist'],
  utlysning: ['søknadsrunde'],
  utbetaling: ['utbetalt'],
  maks: ['inntil'],
  maksimalt: ['inntil'],
  maksbeløp: ['inntil'],
  vilkår: ['kriterier'],
  // What parents and clubs call the fee the activity support pays; the site says «kontingent».
  medlemskontingent: ['kontingent'],
  medlemsavgift: ['kontingent'],
  treningsavgift: ['kontingent'],
  friidrett: ['idrettslag'],
  musikkorps: ['korps'],
  sommerferie: ['sommer'],
  // What people call a store that lends out sports gear and clothes; the site (and its 2024 talk) says «utstyrsbank».
  lånebutikk: ['utstyrsbank'],
  utstyrssentral: ['utstyrsbank'],
  utlånssentral: ['utstyrsbank'],
  utstyrslager: ['utstyrsbank'],
  bruktbutikk: ['utstyrsbank'],
  // The conference: the programme says «innlegg», «panel», «videoopptak» and «påmelding».
  foredrag: ['innlegg'],
  foredragsholder: ['innlegg'],
  foredragsholdere: ['innlegg'],
  taler: ['innlegg'],
  talere: ['innlegg'],
  speaker: ['innlegg'],
  keynote: ['innlegg'],
  paneldebatt: ['panel'],
  recording: ['videoopptak'],
  strømming: ['videoopptak'],
  youtube: ['videoopptak'],
  registrering: ['påmelding'],
  billett: ['påmelding'],
  // What it costs: the registration box says «Pris: gratis» or «Pris: kr 1 500».
  deltakeravgift: ['pris'],
  konferanseavgift: ['pris'],
  påmeldingsavgift: ['pris'],
  deltakerpris: ['pris'],
  avmelding: ['påmelding'],
  seminar: ['konferanse'],
  conference: ['konferanse'],
  agenda: ['program'],
  verksted: ['workshop'],
  event: ['arrangement'],
  // Collaborative projects, research and the press.
  søknadsmal: ['sjekkliste'],
  forprosjekt: ['forberedelsesfase'],
  partnerskap: ['samarbeid'],
  kontaktinformasjon: ['kontakt'],
  pressemelding: ['presse'],
  pressebilde: ['presse'],
  pressefoto: ['presse'],
  media: ['presse'],
  statistikk: ['kartlegging'],
  tall: ['kartlegging'],
  research: ['forskning'],
  evaluation: ['evaluering'],
  // Nynorsk words the site writes in bokmål.
  søkje: ['søke'],
  korleis: ['hvordan'],
  kva: ['hva'],
  kven: ['hvem'],
  mykje: ['mye'],
  born: ['barn'],
  // English words visitors try.
  help: ['hjelp'],
  free: ['gratis'],
  price: ['pris'],
  fee: ['pris'],
  activities: ['aktiviteter'],
  apply: ['søke'],
  // Amounts are always written «kr 50 000» (formatAmount), so «kr» is always on the site and needs no line.
  kroner: ['kr'],
};

/**
 * What may follow a listed word in another form of it: the endings of Norwegian nouns («tilskuddet», «stønadene»,
 * «helsesøstrene»), adjectives («fattigere», «billigste») and the genitive and English plural («speakers»). Not a
 * stemmer's stem: «fattig» and «fattet» are both stemmed «fatt», which sent «vedtak fattet» to «lavinntekt», while
 * «fattigere» and «fattigste» have stems of their own and were missed.
 */
const inflections = new Set([
  '',
  'e',
  'a',
  'r',
  's',
  't',
  'en',
  'et',
  'er',
  'es',
  'ne',
  'st',
  'ene',
  'ens',
  'ets',
  'ere',
  'est',
  'ste',
  'enes',
  'este',
]);

/** Shorter listed words answer only as listed: «kva» + «r» is nynorsk «kvar» (each), not «hva». */
const shortestInflectedWord = 4;

const byWord = new Map(Object.entries(synonymList).map(([word, meant]) => [foldWord(word), meant]));

/** Whether `word` is `listed` with an inflection after it, its last consonant doubled or not («fattigdommen»). */
function isFormOf(word: string, listed: string): boolean {
  if (listed.length < shortestInflectedWord || !word.startsWith(listed)) return false;
  const rest = word.slice(listed.length);
  return inflections.has(rest) || (rest[0] === listed.at(-1) && inflections.has(rest.slice(1)));
}

/**
 * The site's words, as it writes them («påmelding»), for a (folded) word or another form of it, in the order to try
 * them; empty when the list has none. Of two listed words the typed one is a form of, the longer decides
 * («fattigdommen» is «fattigdom», not «fattig»).
 */
export function synonymsOf(word: string): string[] {
  const listed = byWord.get(word);
  if (listed) return listed;
  let longest = '';
  for (const key of byWord.keys()) if (key.length > longest.length && isFormOf(word, key)) longest = key;
  return byWord.get(longest) ?? [];
}
