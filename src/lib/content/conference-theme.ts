/**
 * A conference's theme after «Tema», in quotes: a theme often has a colon of its own («Varige endringer: når
 * prosjektet blir struktur»), and two colons in one line hide which part explains which. Quotes an editor typed are
 * not doubled. Null without a theme. The pages (ConferenceTheme.astro) and the calendar files say it alike.
 */
export function themeLine(theme: string | null | undefined): string | null {
  const words = theme
    ?.trim()
    .replace(/^«(.*)»$/u, '$1')
    .trim();
  return words ? `Tema: «${words}»` : null;
}
