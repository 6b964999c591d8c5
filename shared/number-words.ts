// The words for small numbers in running Norwegian, «null» to «tolv», written once for both directions: the site
// writes them («i fem områder», src/lib/number-words.ts) and the Studio and the content report read them back in
// what editors typed («sju byer», typed-counts.ts).

/** The word for each number from 0 to 12, as the site writes it: bokmål's «sju». */
const words = ['null', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];

/** Spellings read as well as written ones: «syv» is as right as «sju». */
const otherSpellings: Record<string, number> = { syv: 7 };

/** The word for a whole number from 0 to 12 («sju»); null for any other number. */
export function numberWord(count: number): string | null {
  return Number.isInteger(count) && count >= 0 && count < words.length ? words[count]! : null;
}

/** The number a word names, in any case («Sju» and «syv» are 7); undefined for a word that names none. */
export function numberOfWord(word: string): number | undefined {
  const lower = word.toLocaleLowerCase('nb');
  const index = words.indexOf(lower);
  return index >= 0 ? index : otherSpellings[lower];
}

/** Every word read as a number of at least `least`, in lower case: «to», «tre» … «tolv», «syv» for 2. */
export function numberWordsFrom(least: number): string[] {
  return [
    ...words.filter((_, number) => number >= least),
    ...Object.keys(otherSpellings).filter((word) => otherSpellings[word]! >= least),
  ];
}
