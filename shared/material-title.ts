/**
 * What a file in a conference session is called when the editor leaves its title empty. Most files from a session
 * are the speaker's presentation, and the session's title says what it is about: «Presentasjon: Fritidskassen».
 * The site (the archive page and search) and the Studio's preview use the same words. Dependency-free.
 */
export function materialFileTitle(title: string | null | undefined, sessionTitle?: string | null): string {
  const own = title?.trim();
  if (own) return own;
  const session = sessionTitle?.trim();
  return session ? `Presentasjon: ${session}` : 'Presentasjon';
}
