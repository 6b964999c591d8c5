// Small words that hold a sentence together without saying what it is about: «barna får bestemme» is about children
// deciding, not about «får». When no page holds every word of a query, run-search.ts leaves these out before a word
// that names the subject (`fewerWordsFound`); whole-word-first.ts and the session links of a result (render-result.ts)
// look only at the subject's words (`subjectWords`).
import { isQuestionWord } from './question-words';
import { foldWord } from './query-words';

/** Auxiliary verbs, «få» and «gjøre», in the forms visitors type. */
const verbs = ['er', 'var', 'være', 'blir', 'ble', 'bli', 'har', 'hadde', 'få', 'får', 'fikk', 'gjør'];
/** Modal verbs. */
const modals = ['kan', 'kunne', 'skal', 'skulle', 'vil', 'ville', 'må', 'måtte', 'bør'];
/** Conjunctions, prepositions and articles. */
const particles = ['og', 'eller', 'men', 'at', 'som', 'om', 'i', 'på', 'til', 'for', 'med', 'av', 'fra', 'å'];
const articles = ['en', 'ei', 'et'];
/** The third person and the indefinite pronouns (question-words.ts has the first and second person). */
const pronouns = ['han', 'hun', 'ham', 'henne', 'den', 'det', 'de', 'dem', 'seg', 'noe', 'noen'];
const adverbs = ['ikke', 'så', 'også'];

const written = [...verbs, ...modals, ...particles, ...articles, ...pronouns, ...adverbs];
const asWritten = new Set(written);
// Pagefind and the search page fold «å» to «a»: folded, «får» is «far» (father), «bør» «bor» (lives) and «måtte»
// «matte» (maths), words a visitor means. Those are small words only as written.
const foldedAlike = new Set(['far', 'bor', 'matte']);
const asFolded = new Set(written.map(foldWord).filter((word) => !foldedAlike.has(word)));

/** Whether a query word, as written or folded, is such a small word. */
export function isFunctionWord(word: string): boolean {
  const lower = word.toLocaleLowerCase('nb');
  return asWritten.has(lower) || asFolded.has(lower);
}

/**
 * The query's words that say what is sought: without question words and small words, unless that leaves none. A
 * session that only says «å» and «det» of «Hva koster det å ikke gjøre noe» is no match for it.
 */
export function subjectWords(words: string[]): string[] {
  const subject = words.filter((word) => !isQuestionWord(word) && !isFunctionWord(word));
  return subject.length > 0 ? subject : words;
}
