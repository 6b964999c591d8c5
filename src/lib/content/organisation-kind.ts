import { otherOrganisationKind } from '@for-alle/shared/options';

/**
 * What a visitor reads after an organisation's name, for each kind an editor picks. Not the Studio's option titles:
 * «Fjellsiden idrettslag – Forening eller lag» gave away the drop-down it came from.
 */
const visitorLabels: Record<string, string> = {
  ideell: 'ideell organisasjon',
  kommune: 'kommunal',
  fylkeskommune: 'fylkeskommunal',
  forening: 'frivillig forening',
  forskning: 'forskningsmiljø',
};

// A word at the end of a name's word («idrettslag», «Friluftslaget», «Bergen kommune»): letters of any alphabet, as
// \b in JavaScript knows no «å».
const wordEnd = '(?![\\p{L}\\p{N}])';
const wordStart = '(?<![\\p{L}\\p{N}])';

/** Names that already say their kind: «Hundvåg svømmeklubb» needs no «frivillig forening» after it. */
const namesThatSayIt: Record<string, RegExp> = {
  kommune: new RegExp(`kommunen?${wordEnd}|${wordStart}bydel${wordEnd}`, 'iu'),
  fylkeskommune: new RegExp(`fylkeskommunen?${wordEnd}`, 'iu'),
  forening: new RegExp(`(lag|laget|klubb|klubben|korps|korpset|forening|foreningen|kor|koret)${wordEnd}`, 'iu'),
  forskning: /forskning/iu,
};

/**
 * The kind to print after an organisation's name, or null: none for «Annet», which tells nothing, none for a kind the
 * name already says, and none for a kind the site has no words for.
 */
export function organisationKindText(name: string | null | undefined, kind: string | null | undefined): string | null {
  if (!kind || kind === otherOrganisationKind) return null;
  if (name && namesThatSayIt[kind]?.test(name)) return null;
  return visitorLabels[kind] ?? null;
}
