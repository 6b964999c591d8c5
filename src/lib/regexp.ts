/** The text as a regular expression that matches it literally: a file kind or a title can hold «.» or «+». */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
