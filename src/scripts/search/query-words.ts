// The words of a search as Pagefind sees them: folded as it folds them, stemmed as its Norwegian stemmer stems them,
// and respelled with «ø», «æ» and «å» for keyboards without them. Used to tell a word the site lacks from one it has.
import { splitWords } from '../../lib/search/contract';

/**
 * A word as Pagefind compares it: lower case, accents stripped as Pagefind strips them (combining marks, so «å» is
 * «a» and «é» is «e»), while «ø» and «æ», letters of their own, stay.
 */
export function foldWord(word: string): string {
  return word.toLocaleLowerCase('nb').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a query as the visitor wrote them, without punctuation: what the page quotes back. */
export function writtenQueryWords(query: string): string[] {
  return splitWords(query).filter((word) => foldWord(word) !== '');
}

/** The words Pagefind searches for a query, folded; in the same order as writtenQueryWords. */
export function queryWords(query: string): string[] {
  return writtenQueryWords(query).map(foldWord);
}

const vowels = new Set('aeiouyæøå');

/**
 * Where the Norwegian stemmer's region R1 starts: after the first consonant that follows a vowel, and never before
 * the third letter. The stemmer only cuts endings inside R1.
 */
function stemRegionStart(word: string): number {
  for (let index = 1; index < word.length; index++) {
    if (!vowels.has(word[index]!) && vowels.has(word[index - 1]!)) return Math.max(3, index + 1);
  }
  return word.length;
}

// The Snowball Norwegian stemmer's endings (https://snowballstem.org/algorithms/norwegian/stemmer.html), which
// Pagefind uses for «nb": step 1 (longest first), step 2 (-dt/-vt lose the t) and step 3.
const step1Endings = [
  'hetenes',
  'hetene',
  'hetens',
  'heten',
  'heter',
  'endes',
  'ande',
  'ende',
  'edes',
  'enes',
  'ede',
  'ane',
  'ene',
  'ens',
  'ers',
  'ets',
  'het',
  'ast',
  'en',
  'ar',
  'er',
  'as',
  'es',
  'et',
  'a',
  'e',
];
const step3Endings = ['hetslov', 'eleg', 'elig', 'elov', 'slov', 'leg', 'eig', 'lig', 'els', 'lov', 'ig'];
const validSEnding = /[bcdfghjlmnoprtvyz]$|[^aeiouyæøå]k$/;

/** The stem Pagefind indexes a (folded) Norwegian word under: «søknaden» → «søknad», «bergen» → «berg». */
export function norwegianStem(word: string): string {
  const r1 = stemRegionStart(word);
  const inR1 = (ending: string) => word.endsWith(ending) && word.length - ending.length >= r1;
  let stem = word;
  const step1 = step1Endings.find(inR1);
  if (word.endsWith('erte') && inR1('erte')) stem = word.slice(0, -2);
  else if (word.endsWith('ert') && inR1('ert')) stem = word.slice(0, -1);
  else if (step1) stem = word.slice(0, -step1.length);
  else if (inR1('s') && validSEnding.test(word.slice(0, -1))) stem = word.slice(0, -1);
  if (/[dv]t$/.test(stem) && stem.length - 1 >= r1) stem = stem.slice(0, -1);
  const step3 = step3Endings.find((ending) => stem.endsWith(ending) && stem.length - ending.length >= r1);
  return step3 ? stem.slice(0, -step3.length) : stem;
}

// The stem of a query word, asked for every highlighted word of every result: stemmed once per word per page view.
const stemLengths = new Map<string, number>();

/** How much of a query word a page word must start with: the word's stem, or the whole word when it is shorter. */
function stemLength(queryWord: string): number {
  let length = stemLengths.get(queryWord);
  if (length === undefined) {
    length = Math.min(queryWord.length, norwegianStem(queryWord).length);
    stemLengths.set(queryWord, length);
  }
  return length;
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Whether a word Pagefind highlighted on a page can be a real match for a query word, rather than the shorter word
 * Pagefind falls back to when no indexed word starts with the query word's stem (it then searches for the longest
 * indexed prefix: «video» finds «vi», «Tromsø» finds «tro», «Mandal» finds «man»).
 *
 * A real match starts with the query word's stem: the whole word when it is being typed or is the start of a
 * compound («søknad» in «søknadsfrist»), the stem of an inflected word («søknaden» in «søknadsfrist»). A hyphenated
 * page word is compared part by part, as Pagefind indexes the parts too.
 */
export function continuesQueryWord(pageWord: string, queryWord: string): boolean {
  const needed = stemLength(queryWord);
  const folded = foldWord(pageWord);
  const parts = [folded.replace(/[^\p{L}\p{N}]/gu, ''), ...folded.split(/[^\p{L}\p{N}]+/u)];
  return parts.some((part) => part.length > 0 && sharedPrefixLength(part, queryWord) >= needed);
}

/** What people type for «ø», «æ» and «å» on a keyboard without them. («a» for «å» needs no help: Pagefind folds «å».) */
const letterSubstitutes: [typed: string, meant: string][] = [
  ['aa', 'å'],
  ['ae', 'æ'],
  ['oe', 'ø'],
  ['o', 'ø'],
  ['a', 'æ'],
];
const maxVariants = 12;

/**
 * The word as it may have been meant with «ø», «æ» or «å» (soknad → søknad, blabaer → blabær, paa → på), one changed
 * spot before two, at most a dozen: few enough to try each against the index when a search finds nothing.
 */
export function letterVariants(word: string): string[] {
  const spots: { at: number; length: number; meant: string }[] = [];
  for (let at = 0; at < word.length; at++) {
    for (const [typed, meant] of letterSubstitutes) {
      if (word.startsWith(typed, at)) spots.push({ at, length: typed.length, meant });
    }
  }
  const apply = (chosen: typeof spots) =>
    [...chosen]
      .sort((a, b) => b.at - a.at)
      .reduce((text, spot) => text.slice(0, spot.at) + spot.meant + text.slice(spot.at + spot.length), word);
  const overlaps = (a: (typeof spots)[number], b: (typeof spots)[number]) =>
    a.at < b.at + b.length && b.at < a.at + a.length;

  const variants = new Set<string>();
  for (const spot of spots) variants.add(apply([spot]));
  for (let first = 0; first < spots.length; first++) {
    for (let second = first + 1; second < spots.length; second++) {
      if (!overlaps(spots[first]!, spots[second]!)) variants.add(apply([spots[first]!, spots[second]!]));
    }
  }
  variants.delete(word);
  return [...variants].slice(0, maxVariants);
}

// The endings a noun or verb takes beyond what the stemmer removes: «trenerne» is stemmed to «trenern» and
// «ungdommer» to «ungdomm», so Pagefind would only find pages with those very forms.
export const inflectionEndings = ['erne', 'eren', 'ere', 'ene', 'ne', 'en', 'et', 'er', 'e', 'a'];
const shortestBaseStem = 3;
const shortestUndoubledBase = 5;

/**
 * Plurals that drop a vowel of the singular, by their stem: «foreldre» is stemmed to «foreldr», which «forelder»
 * (stem «foreld») begins, but not the other way round, so «foreldre» missed every page that says «forelder». The
 * singular's stem begins every form. Not «ungdom» → «unge» (stem «ung»): «ungdom» alone then found the pillar pages,
 * which say «barn og unge» throughout, before the stories about young people.
 */
const shorterStemForms: Record<string, string> = { foreldr: 'forelder', søstr: 'søster' };

/**
 * Base forms of a (folded) word whose stem is shorter than the word's own and starts it: «trenerne» → «tren» (the
 * stem of «trener»), «ungdommer» → «ungdom», «helsesykepleieren» → «helsesykepleier», «foreldrene» → «forelder». Shortest stem first. Pagefind
 * matches a stem's beginning, so searching the base form also finds every page with the inflected one.
 *
 * A final «m» is written single (ungdom, program) and doubled before an ending (ungdommen, programmet); other
 * doubled consonants are kept («venner» is «venn», not «ven»). Short words are left alone: «sommer» is not «som».
 */
export function baseForms(word: string): string[] {
  const stem = norwegianStem(word);
  const candidates = new Set<string>();
  const shorter = shorterStemForms[stem];
  if (shorter) candidates.add(shorter);
  for (const ending of inflectionEndings) {
    if (!word.endsWith(ending)) continue;
    const rest = word.slice(0, -ending.length);
    candidates.add(rest);
    if (rest.endsWith('mm') && rest.length - 1 >= shortestUndoubledBase) candidates.add(rest.slice(0, -1));
  }
  const byStem = new Map<string, string>();
  for (const candidate of candidates) {
    const candidateStem = norwegianStem(candidate);
    if (candidateStem.length < shortestBaseStem || candidateStem.length >= stem.length) continue;
    if (!stem.startsWith(candidateStem)) continue;
    // Of two candidates with one stem, the longer is the word a visitor would recognise («trener», not «tren»).
    const known = byStem.get(candidateStem);
    if (!known || candidate.length > known.length) byStem.set(candidateStem, candidate);
  }
  return [...byStem.entries()].sort(([a], [b]) => a.length - b.length).map(([, candidate]) => candidate);
}

// Three-letter parts are too often a name's or a short word's stem: «vitamin» would be «vit» + «amin» (Amina).
const shortestCompoundPart = 4;

/**
 * The ways to read a (folded) word as two words, each at least four letters, without the linking «s» or «e»
 * between them: «forskningsrapport» → «forskning» + «rapport», «barnefattigdom» → «barn» + «fattigdom». The most
 * even splits first: a long word is likelier made of two long words than of a short one and the rest.
 */
export function compoundSplits(word: string): [string, string][] {
  const splits: [string, string][] = [];
  for (let at = shortestCompoundPart; at <= word.length - shortestCompoundPart; at++) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    // Without the linking letter first: «forskning rapport» is what the visitor would have written.
    if (/[se]$/.test(first) && first.length - 1 >= shortestCompoundPart) splits.push([first.slice(0, -1), second]);
    splits.push([first, second]);
  }
  const evenness = ([first, second]: [string, string]) => Math.min(first.length, second.length);
  return splits.sort((a, b) => evenness(b) - evenness(a));
}

/**
 * An amount written without spaces as the site writes it: «50000» → «50 000», which Pagefind indexed as two words
 * («kr 50 000»). Five to seven digits only: longer runs are phone or account numbers, shorter ones years and postcodes.
 * Null for anything else.
 */
export function thousandGroups(word: string): string | null {
  if (!/^\d{5,7}$/.test(word)) return null;
  return word.replace(/\B(?=(\d{3})+$)/g, ' ');
}
