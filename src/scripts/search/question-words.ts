// The words of a question that say who asks and what kind of answer they want, not what it is about: visitors ask
// «kan jeg søke?», while the pages answer «Hvem kan søke?» and «Hva kan dere søke støtte til?». Pagefind finds only
// pages holding every word, so such a word can hide the page that answers (no page about the grant says «jeg»).
// run-search.ts leaves them out only then (see `optionalWords` there and docs/search.md, «Spørsmål»).
import { foldWord } from './query-words';

/** Personal pronouns: the site writes «dere» and «vi», visitors «jeg», «meg», «du» or «man». */
const pronouns = ['jeg', 'meg', 'du', 'deg', 'vi', 'oss', 'dere', 'man'];

/** Question words: the pages' own questions use them («Når er fristen?»), so they are kept where they help. */
const interrogatives = ['hva', 'hvem', 'hvor', 'hvordan', 'hvorfor', 'hvilken', 'hvilket', 'hvilke', 'når'];

const questionWords = new Set([...pronouns, ...interrogatives].map(foldWord));

/** Whether a (folded) query word is a pronoun or a question word. */
export function isQuestionWord(word: string): boolean {
  return questionWords.has(foldWord(word));
}
