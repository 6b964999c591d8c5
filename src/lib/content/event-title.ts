import { placeAt } from './places';
import { formatDateRange } from '../format';

/** Before a cancelled event's title wherever only the title is shown: the tab, the news feed, the calendar. */
export const cancelledTitlePrefix = 'Avlyst – ';

/**
 * An event as its page's title and the news feed name it: «Workshop i Bergen: samarbeid om inkludering, 16. februar
 * 2027», or «Prosjektledersamling 2025, 19.–20. mai» over two days. The workshops come back every year under the same
 * title; the date tells them apart where only the title is shown. «Avlyst – » first on a cancelled one, so a reader
 * sees it before anything else; a dash, not a colon, since titles often have one of their own («Avlyst: Workshop i
 * Haugesund: samarbeid …» read as a list of labels).
 */
export function eventPageTitle(event: {
  title: string;
  start?: string | null;
  end?: string | null;
  cancelled?: boolean | null;
}): string {
  const dated = event.start ? `${event.title}, ${datesAfter(event.title, event.start, event.end)}` : event.title;
  return event.cancelled === true ? `${cancelledTitlePrefix}${dated}` : dated;
}

/**
 * The days after a title: «16. februar 2027», «19.–20. mai 2025» over two days, without the year when the title has
 * it already («Prosjektledersamling 2025, 19.–20. mai»). Days that span two years keep both.
 */
function datesAfter(title: string, start: string, end?: string | null): string {
  const dates = formatDateRange(start, end);
  const year = /^(?!.*\d{4}.* \d{4}$).* (\d{4})$/.exec(dates)?.[1];
  return year && title.includes(year) ? dates.slice(0, -` ${year}`.length) : dates;
}

/**
 * A conference edition as its page's title, link previews and the news feed name it: «For Alle-konferansen 2027,
 * 20.–21. januar i Stavanger», so a shared link says when and where, as an event's does. The year is not said twice
 * when the title has it already.
 */
export function conferencePageTitle(conference: {
  title: string;
  start?: string | null;
  end?: string | null;
  place?: { name?: string | null; preposition?: string | null } | null;
}): string {
  if (!conference.start) return conference.title;
  const when = datesAfter(conference.title, conference.start, conference.end);
  return `${conference.title}, ${when}${conference.place?.name ? ` ${placeAt(conference.place)}` : ''}`;
}
