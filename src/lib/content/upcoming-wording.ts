/** Words that announce a conference still to come («Neste konferansedager er …», «… så vær tidlig ute»). */
// Whole words only: \b in JavaScript knows no «å», so the edges are letters and digits of any alphabet.
const upcomingWords =
  /(?<![\p{L}\p{N}])(neste|vær tidlig ute|meld deg på|påmeldingen åpner|påmeldingsskjema(?:et)?)(?![\p{L}\p{N}])/iu;

/**
 * Words about signing up, which a text about a conference that has begun no longer needs. Not «neste», which a longer
 * text uses in other senses («neste steg»).
 */
const signUpWords =
  /(?<![\p{L}\p{N}])(vær tidlig ute|meld deg på|påmeldingen åpner|påmeldingsskjema(?:et)?)(?![\p{L}\p{N}])/iu;

/** The first words in an ingress that speak of the conference as still to come, as written, or null. */
export function stillUpcomingWording(ingress: unknown): string | null {
  return typeof ingress === 'string' ? (ingress.match(upcomingWords)?.[0] ?? null) : null;
}

/** The first words about signing up in a longer text (a conference's body, a day's description), as written, or null. */
export function signUpWording(text: string): string | null {
  return text.match(signUpWords)?.[0] ?? null;
}
