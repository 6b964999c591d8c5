/**
 * What a file or link in a conference session is called on the site. Most of a session's material is the speaker's
 * presentation, and the session's title says what it is about, so a title that only names the kind of material
 * gets the session's title after it: an empty file title becomes «Presentasjon: Fritidskassen», and a link titled
 * «Lysark» becomes «Lysark: Barn i lavinntektsfamilier: hva vet vi?». A title that says more is kept as written.
 * The site (the archive page and search) and the Studio's preview use the same words. Dependency-free.
 */

/** «(ekstern lenke)» that some editors write after a link's title: the site marks every external link itself. */
const externalNote = /\s*\(\s*ekstern(?:\s+lenke|\s+side)?\s*\)\s*$/i;

/** One word («Lysark», «Opptak», «Sammendrag») names what kind of thing it is, not what it is about. */
const namesOnlyTheKind = (title: string) => !/\s/.test(title);

function withSubject(kind: string, sessionTitle?: string | null): string {
  const session = sessionTitle?.trim();
  return session ? `${kind}: ${session}` : kind;
}

export function materialFileTitle(title: string | null | undefined, sessionTitle?: string | null): string {
  const own = title?.trim();
  if (own && !namesOnlyTheKind(own)) return own;
  return withSubject(own || 'Presentasjon', sessionTitle);
}

/** A link's title without the editor's «(ekstern lenke)»; empty when the editor gave none (the site shows the address). */
export function materialLinkTitle(title: string | null | undefined, sessionTitle?: string | null): string {
  const own = title?.replace(externalNote, '').trim();
  if (!own) return '';
  return namesOnlyTheKind(own) ? withSubject(own, sessionTitle) : own;
}
