// Norwegian style writes small numbers in running text as words: «i fem områder», not «i 5 områder».
import { numberWord } from '@for-alle/shared/number-words';

/**
 * A number in running text, without its noun: «fem», «14». The word for one follows the noun's gender, so the caller
 * gives it («ett» before «innlegg», «én» before «by»).
 */
export function numberInWords(count: number, one: string): string {
  if (count === 1) return one;
  return numberWord(count) ?? String(count);
}

/**
 * A count in running text, with its noun: «ett område», «fem områder», «14 områder». The noun's gender decides the
 * word for one («ett område», «én by»), so the caller gives the singular with its article.
 */
export function countInWords(count: number, one: string, many: string): string {
  if (count === 1) return one;
  return `${numberInWords(count, one)} ${many}`;
}
