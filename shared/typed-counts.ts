/**
 * Counts of cities and areas typed into running text («sju byer», «5 områder»), found so the Studio and the build's
 * content report can say when one no longer matches the places. The site counts them by itself on the map and on
 * /samarbeidsprosjekter; «Om For Alle» and other texts are plain text and stay behind when a city joins.
 * Free of the `sanity` package, so the site's build imports it.
 */
import { areasInProcessCount } from './areas-in-process.ts';
import { numberOfWord, numberWordsFrom } from './number-words.ts';

// Plural nouns only: «en by» and «ett område» are as often just «a city» and «an area». Whole words: \b in
// JavaScript knows no «å», so the edges are letters and digits of any alphabet.
const typedCount = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d+|${numberWordsFrom(2).join('|')})\\s+(byer|områder)(?![\\p{L}\\p{N}])`,
  'giu',
);

export interface PlaceCounts {
  /** Places with status «Aktivt samarbeidsprosjekt». */
  activePlaces: number;
  /** Innstillinger → the field titled `areasInProcessTitle`, or null when it is empty. */
  areasInProcess: number | null | undefined;
  /**
   * Places with status «Under etablering»: the site never counts fewer areas than these (areasInProcessCount), so a
   * text is compared with what the map and the key facts say.
   */
  establishingPlaces: number;
}

export interface WrongCount {
  /** As written: «sju byer». */
  phrase: string;
  noun: 'byer' | 'områder';
  expected: number;
}

/** The typed counts of cities and areas in a text that differ from the places and the settings. */
export function wrongTypedCounts(text: string, counts: PlaceCounts): WrongCount[] {
  return [...text.matchAll(typedCount)].flatMap((match) => {
    const [phrase, number, rawNoun] = match;
    const typed = /^\d+$/.test(number) ? Number(number) : numberOfWord(number);
    const noun = rawNoun.toLocaleLowerCase('nb') as WrongCount['noun'];
    const expected =
      noun === 'byer' ? counts.activePlaces : areasInProcessCount(counts.areasInProcess, counts.establishingPlaces);
    return typed === expected ? [] : [{ phrase, noun, expected }];
  });
}

/** The plain text of Portable Text blocks, one line per block; images and other objects are left out. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return (blocks as { _type?: string; children?: { text?: unknown }[] }[])
    .filter((block) => block?._type === 'block')
    .map((block) => (block.children ?? []).map((child) => (typeof child.text === 'string' ? child.text : '')).join(''))
    .join('\n');
}
