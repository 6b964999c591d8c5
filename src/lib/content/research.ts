// Wording shared by the research pages, so /forskning and an update's own page say the same thing.

import { formatList } from '../format-list';

/** «Hva slags dokument» (reportKinds); the queries give `report` where an update has none. */
type ReportKind = 'report' | 'summary';

/**
 * What an update's attached document is called: «sammendraget» when the editor chose «Sammendrag» under «Hva slags
 * dokument», else «rapporten». Calling a summary a report would promise a researcher more than the file holds.
 * «rapporten «Tittel»» with a title.
 */
function reportName(title: string | null, kind: ReportKind): string {
  const name = kind === 'summary' ? 'sammendraget' : 'rapporten';
  return title ? `${name} «${title}»` : name;
}

/** The heading over an update's report on its page: «Sammendrag» or «Rapport», as its link calls it. */
export function reportHeading(kind: ReportKind): string {
  return kind === 'summary' ? 'Sammendrag' : 'Rapport';
}

/** The text of the download link of a report's file: «Last ned sammendraget «…»». */
export function reportDownloadText(title: string | null, kind: ReportKind): string {
  return `Last ned ${reportName(title, kind)}`;
}

/** The text of a link to a report the researchers publish on their own site. */
export function reportLinkText(title: string | null, partner: string | null | undefined, kind: ReportKind): string {
  return `Les ${reportName(title, kind)} hos ${partner?.trim() || 'forskerne'}`;
}

/**
 * How a researcher refers to an update: who made it (the research partner, else the programme), the year, the title
 * and `url`: the page's address for a file uploaded here, which lasts as long as the slug does (a file's address
 * changes with its contents), or the report's own address on the researchers' site.
 * «Senter for inkluderingsforskning (2025). Nabolagsbudsjett: forskningssammendrag. https://…/forskning/…/».
 */
export function researchCitation(update: {
  title: string;
  date: string | null;
  partner: string | null | undefined;
  url: URL;
}): string {
  const author = update.partner?.trim() || 'For Alle';
  const year = update.date ? ` (${update.date.slice(0, 4)})` : '';
  const title = /[.?!]$/.test(update.title) ? update.title : `${update.title}.`;
  return `${author}${year}. ${title} ${update.url.href}`;
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
