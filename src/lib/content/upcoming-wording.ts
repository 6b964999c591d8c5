/** Words that announce a conference still to come («Neste konferansedager er …», «… så vær tidlig ute»). */
// Whole words only: \b in JavaScript knows no «å», so the edges are letters and digits of any alphabet.
const upcomingWords = /(?<![\p{L}\p{N}])(neste|vær tidlig ute|meld deg på|påmeldingen åpner)(?![\p{L}\p{N}])/iu;

/** The first words in an ingress that speak of the conference as still to come, as written, or null. */
export function stillUpcomingWording(ingress: unknown): string | null {
  return typeof ingress === 'string' ? (ingress.match(upcomingWords)?.[0] ?? null) : null;
}
