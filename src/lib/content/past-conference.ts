import { numberInWords } from '../number-words';
import { isProgrammeBreak } from './programme-break';
import { hasSessionMaterial } from './session-material';

type Sessions = Parameters<typeof isProgrammeBreak>[0][];

/**
 * What the page of a conference that is over says it has: the programme with presentations and recordings from every
 * talk, from only some of them (said plainly, with how many, so a visitor looking for one talk's slides knows they may
 * not be there), the programme alone, or nothing (the programme section then says it was not published). Breaks
 * («Pause», «Lunsj») are not talks and are not counted. Search is offered only when there is a programme to search in.
 * `others` goes under the list of talks with material, when some have none.
 */
export function pastConferenceNote(sessions: Sessions | null | undefined): {
  text: string;
  offersSearch: boolean;
  others: string | null;
} {
  if ((sessions ?? []).length === 0) return { text: 'Konferansen er over.', offersSearch: false, others: null };
  const talks = sessions!.filter((session) => !isProgrammeBreak(session));
  const withMaterial = talks.filter((talk) => hasSessionMaterial([talk])).length;
  if (withMaterial === 0)
    return {
      text: 'Konferansen er over. Her finner du programmet. Presentasjoner og opptak er ikke lagt ut.',
      offersSearch: true,
      others: null,
    };
  if (withMaterial === talks.length)
    return {
      text: 'Konferansen er over. Her finner du programmet, presentasjoner og opptak.',
      offersSearch: true,
      others: null,
    };
  return {
    text:
      'Konferansen er over. Her finner du programmet. ' +
      `Bare ${numberInWords(withMaterial, 'ett')} av ${numberInWords(talks.length, 'ett')} innlegg har presentasjon eller opptak.`,
    offersSearch: true,
    others: 'Fra de andre innleggene er det ikke lagt ut presentasjoner eller opptak.',
  };
}
