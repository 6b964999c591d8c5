// Editors type amounts with ordinary spaces ("kr 50 000", "1 100 utlån"); a narrow screen can then break
// "kr 50" from "000", which reads as two numbers. Norwegian typesetting keeps an amount and its unit on one line.

const nbsp = '\u00a0';

/**
 * The text with no-break spaces inside digit groups ("50 000"), between an amount and "kr"/"kroner"/"%", and in the
 * programme's name ("For Alle"), which reads as two words when split.
 */
export function keepTogether(text: string): string;
export function keepTogether(text: string | null | undefined): string | null | undefined;
export function keepTogether(text: string | null | undefined) {
  if (!text) return text;
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
