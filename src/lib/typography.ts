// Editors type amounts with ordinary spaces ("kr 50 000", "1 100 utlån"); a narrow screen can then break
// "kr 50" from "000", which reads as two numbers. Norwegian typesetting keeps an amount and its unit on one line.

// A CommonJS module whose exports Node cannot list: imported whole, by its file (Node's resolver takes no folder).
import norwegianHyphenation from 'hyphen/nb/index.js';

const nbsp = '\u00a0';

/**
 * The text with no-break spaces inside digit groups ("50 000"), between an amount and "kr"/"kroner"/"%", and in the
 * programme's name ("For Alle"), which reads as two words when split.
 */
export function keepTogether(text: string): string;
export function keepTogether(text: string | null | undefined): string | null | undefined;
export function keepTogether(text: string | null | undefined) {
  // Every rule below needs a digit or the name; most texts have neither, and four passes over each cost a large
  // build half a second.
  if (!text || !/\d|For Alle/.test(text)) return text;
  return text
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${nbsp}`)
    .replace(/\b(kr\.?|NOK) (?=\d)/g, `$1${nbsp}`)
    .replace(/(\d) (?=(kr|kroner|prosent|%)(?![\p{L}\d]))/gu, `$1${nbsp}`)
    .replace(/\bFor (?=Alle\b)/g, `For${nbsp}`);
}

/** The text on one line: every space no-break. For a phone number («51 50 70 00»), which must never split. */
export function noBreak(text: string): string {
  return text.replace(/\s+/g, nbsp);
}

// Long compounds in headings («Samarbeidsprosjekter», «Tilgjengelighetserklæring») are wider than a phone's column.
// CSS `hyphens: auto` breaks them only where the browser has a Norwegian dictionary (headless Chromium and older iOS
// Safari have none, and the browser then splits the word anywhere, without a hyphen); soft hyphens from TeX's
// Norwegian patterns break them at a syllable, with a hyphen, in every browser. Search ignores soft hyphens (Pagefind
// and screen readers read the plain word), and the page title, metadata and feeds never get them.
const softHyphen = '\u00ad';

/** Words shorter than this fit a heading's line at 320 px (an h1 holds about 18 letters there), so they stay whole. */
export const shortestHyphenatedWord = 19;

// No break that leaves fewer letters than this on either line («In-», «-ne»).
const shortestPart = 3;

/** A long word with soft hyphens at its syllable breaks, none within `shortestPart` letters of either end. */
function hyphenateWord(word: string): string {
  const parts = norwegianHyphenation.hyphenateSync(word, { hyphenChar: softHyphen }).split(softHyphen);
  let result = '';
  let done = 0;
  for (const [index, part] of parts.entries()) {
    const left = done + part.length;
    const breakHere = index < parts.length - 1 && left >= shortestPart && word.length - left >= shortestPart;
    result += part + (breakHere ? softHyphen : '');
    done = left;
  }
  return result;
}

const longWord = new RegExp(`\\p{L}{${shortestHyphenatedWord},}`, 'gu');

/** The text with soft hyphens in its long words (`shortestHyphenatedWord` letters or more). */
export function hyphenateLongWords(text: string): string {
  return text.replace(longWord, hyphenateWord);
}

// A tag's attributes, quoted values read whole: Astro escapes «&» and «"» in attribute values but not «>», so an
// editor's «A > B» in an attribute would otherwise end the tag early and have its rest hyphenated as text.
const attributes = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;

/** A heading element (h1–h4, as global.css hyphenates) of a built page: its tag, attributes and inner HTML. */
const heading = new RegExp(String.raw`(<(h[1-4])(?:\s${attributes})?>)([\s\S]*?)(<\/\2>)`, 'g');

/** A tag inside a heading (a link, a soft break), to be left as it is. */
const tag = new RegExp(`(<${attributes}>)`);

/**
 * The page's HTML with soft hyphens in the long words of its headings, in their text only (never in a tag's
 * attributes). BaseLayout.astro applies it to every page's content (the footer's short fixed headings are outside it).
 */
export function hyphenateHeadings(html: string): string {
  // A heading shorter than the shortest long word («Kort fortalt») is left as it is, unsplit.
  return html.replace(heading, (whole: string, open: string, _tag: string, inner: string, close: string) =>
    inner.length < shortestHyphenatedWord
      ? whole
      : open +
        inner
          .split(tag)
          .map((part) => (part.startsWith('<') ? part : hyphenateLongWords(part)))
          .join('') +
        close,
  );
}
