// Wording shared by the research pages, so /forskning and an update's own page say the same thing.

import { formatList } from '../format-list';

/** The text of a link to a report the researchers publish on their own site. */
export function reportLinkText(title: string | null, partner: string | null | undefined): string {
  const name = title ? `rapporten «${title}»` : 'rapporten';
  return `Les ${name} hos ${partner?.trim() || 'forskerne'}`;
}

/** How many of the newest updates /forskning shows as cards; the older ones follow as a short list. */
export const newestUpdateCount = 3;

/** The id of the heading on /forskning over every update, the newest and the older ones. */
export const updatesHeadingId = 'oppdateringer';

/** Where /forskning lists every update. */
export const allUpdatesHref = `/forskning/#${updatesHeadingId}`;

/** Which questions an update addresses, in one line or tag: «Problemstilling 1», «Problemstilling 1 og 3». */
export function questionTags(questions: { number: number | null }[] | null | undefined): string {
  const numbers = (questions ?? []).map((question) => question.number).filter((number) => number !== null);
  if (numbers.length === 0) return '';
  return `Problemstilling ${formatList(numbers.map(String))}`;
}
