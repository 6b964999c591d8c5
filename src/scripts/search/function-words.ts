// Small words that hold a sentence together without saying what it is about: «barna får bestemme» is about children
// deciding, not about «får». When no page holds every word of a query, run-search.ts leaves these out before a word
// that names the subject (`fewerWordsFound`), and whole-word-first.ts does not ask a page to have them.
import { foldWord } from './query-words';

/** Auxiliary and modal verbs, in the forms visitors type. */
const verbs = ['er', 'var', 'blir', 'ble', 'bli', 'har', 'hadde', 'får', 'fikk', 'kan', 'kunne', 'skal', 'skulle'];
const modals = ['vil', 'ville', 'må', 'måtte', 'bør', 'gjør', 'være'];

/** Conjunctions, prepositions, articles and the third person, which question-words.ts leaves out. */
const particles = ['og', 'eller', 'men', 'at', 'som', 'om', 'i', 'på', 'til', 'for', 'med', 'av', 'fra', 'å', 'en'];
const others = [
  'ei',
  'et',
  'den',
  'det',
  'de',
  'han',
  'hun',
  'ham',
  'henne',
  'dem',
  'seg',
  'noe',
  'noen',
  'ikke',
  'så',
  'også',
];

const functionWords = new Set([...verbs, ...modals, ...particles, ...others].map(foldWord));

/** Whether a (folded) query word is such a small word. */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(foldWord(word));
}
