// Wording shared by the research pages, so /forskning and an update's own page say the same thing.

/** The text of a link to a report the researchers publish on their own site. */
export function reportLinkText(title: string | null, partner: string | null | undefined): string {
  const name = title ? `rapporten «${title}»` : 'rapporten';
  return `Les ${name} hos ${partner?.trim() || 'forskerne'}`;
}

/** How many of the newest updates /forskning shows first; the full list follows further down when there are more. */
export const newestUpdateCount = 3;

/** Where /forskning lists every update: the full list, or the first one when that already holds them all. */
export function allUpdatesHref(count: number): string {
  return count > newestUpdateCount ? '/forskning/#alle-oppdateringer' : '/forskning/#siste-nytt';
}
