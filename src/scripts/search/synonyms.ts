// Everyday words for what the site calls something else. Used only for a word no page contains: «helsesøster» finds
// the pages about «helsesykepleier», and the page says «Viser treff for «helsesykepleier»». Add a line when visitors
// search for a word the site never uses (the key in lower case; the site's words in the order to try them: the
// first one the index holds is searched).
import { foldWord, norwegianStem } from './query-words';

export const synonymList: Record<string, string[]> = {
  helsesøster: ['helsesykepleier'],
  helsesøstre: ['helsesykepleier'],
  slides: ['presentasjon', 'lysark'],
  lysbilder: ['presentasjon', 'lysark'],
  foiler: ['presentasjon', 'lysark'],
  powerpoint: ['presentasjon', 'lysark'],
  fattigdom: ['lavinntekt', 'utenforskap'],
  barnefattigdom: ['lavinntekt', 'utenforskap'],
  fritidskort: ['fritidskassen', 'aktivitetsstøtte'],
  opptak: ['videoopptak'],
  // What parents and clubs call the fee the activity support pays; the site says «kontingent».
  medlemskontingent: ['kontingent'],
  medlemsavgift: ['kontingent'],
  treningsavgift: ['kontingent'],
  // What people call a store that lends out sports gear and clothes; the site (and its 2024 talk) says «utstyrsbank».
  lånebutikk: ['utstyrsbank'],
  utstyrssentral: ['utstyrsbank'],
  utlånssentral: ['utstyrsbank'],
  utstyrslager: ['utstyrsbank'],
  // Amounts are always written «kr 50 000» (formatAmount), so «kr» is always on the site and needs no line.
  kroner: ['kr'],
};

const byStem = new Map(
  Object.entries(synonymList).map(([word, meant]) => [norwegianStem(foldWord(word)), meant.map(foldWord)]),
);

/** The site's words for a (folded) word, in the order to try them; empty when the list has none. */
export function synonymsOf(word: string): string[] {
  return byStem.get(norwegianStem(word)) ?? [];
}
