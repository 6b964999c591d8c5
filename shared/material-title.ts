/**
 * What a file or link in a conference session is called on the site. Most of a session's material is the speaker's
 * presentation, and the session's title says what it is about, so a title that only names the kind of material
 * gets the session's title after it: an empty file title becomes «Presentasjon: Fritidskassen», and a link titled
 * «Lysark» (or a file titled «Lysark (PDF)») becomes «Lysark: Barn i lavinntektsfamilier: hva vet vi?». A title that
 * says more is kept as written.
 * The site (the archive page and search) and the Studio's preview use the same words. Dependency-free.
 */

/** «(ekstern lenke)» that some editors write after a link's title: the site marks every external link itself. */
const externalNote = /\s*\(\s*ekstern(?:\s+lenke|\s+side)?\s*\)\s*$/i;

/** «(PDF)» after a title: the site says a file's format and size itself («(PDF, 3 kB)»). */
const formatNote = /\s*\(\s*(?:pdf|pptx?|docx?|xlsx?|odp|odt)\s*\)\s*$/i;

/**
 * Words that name only what kind of thing it is, not what it is about. A list rather than «one word»: a one-word
 * subject («Fritidskassen») is kept as written, and would otherwise be followed by a session title that repeats it.
 */
const kindWords = new Set([
  'presentasjon',
  'lysark',
  'foiler',
  'slides',
  'opptak',
  'video',
  'videoopptak',
  'sammendrag',
  'notat',
  'rapport',
  'dokument',
  'handout',
  'plakat',
  'program',
]);
const namesOnlyTheKind = (title: string) => kindWords.has(title.toLocaleLowerCase('nb'));

function withSubject(kind: string, sessionTitle?: string | null): string {
  const session = sessionTitle?.trim();
  return session ? `${kind}: ${session}` : kind;
}

export function materialFileTitle(title: string | null | undefined, sessionTitle?: string | null): string {
  const own = title?.replace(formatNote, '').trim();
  if (own && !namesOnlyTheKind(own)) return own;
  return withSubject(own || 'Presentasjon', sessionTitle);
}

/** A link's title without the editor's «(ekstern lenke)»; empty when the editor gave none (the site shows the address). */
export function materialLinkTitle(title: string | null | undefined, sessionTitle?: string | null): string {
  const own = title?.replace(externalNote, '').trim();
  if (!own) return '';
  return namesOnlyTheKind(own) ? withSubject(own, sessionTitle) : own;
}
