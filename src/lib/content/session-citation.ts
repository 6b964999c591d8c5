// How a visitor cites a talk whose slides or recording the archive offers, after APA 7 as Norwegian libraries teach it
// (Kildekompasset: «Forfatter (år, dag. måned). Tittel [Presentasjon]. Konferanse, sted. URL»), as a research update's
// page cites its report (research.ts). The names are written as the programme gives them: turning «Eirik Mo Bakken»
// into «Bakken, E. M.» would guess which of the names is the surname.
import { osloDay } from '@for-alle/shared/dates';
import { formatDayMonth } from '../format';
import { formatList } from '../format-list';

/**
 * «Eirik Mo Bakken (2026, 22. januar). Hva kjennetegner tiltak som treffer? [Presentasjon]. For Alle-konferansen 2026,
 * Stavanger. https://…/konferanse/2026/#sesjon-…». The programme («For Alle») is the author of a talk without
 * speakers; a session without a time is dated by its conference's year.
 */
export function sessionCitation(talk: {
  title: string;
  speakers: string[];
  start: string | null | undefined;
  /** The conference's year, for a session without a time. */
  year: number | null | undefined;
  conference: string;
  place: string | null | undefined;
  url: URL;
}): string {
  const authors = talk.speakers.length > 0 ? formatList(talk.speakers) : 'For Alle';
  const date = talk.start
    ? ` (${osloDay(talk.start).slice(0, 4)}, ${formatDayMonth(talk.start)})`
    : talk.year
      ? ` (${talk.year})`
      : '';
  // A question keeps its mark before the brackets; a full stop goes after them.
  const title = talk.title.trim().replace(/\.$/, '');
  const where = [talk.conference, talk.place].filter(Boolean).join(', ');
  return `${authors}${date}. ${title} [Presentasjon]. ${where}. ${talk.url.href}`;
}
