// Words of the visitor's quoted back in the page's text. Quotation marks inside a quote become the inner kind
// (‘…’), as Norwegian writes a quote within a quote: a search for «Prøv alt»-uka reads «‘Prøv alt’-uka», not
// ««Prøv alt»-uka».

export function quote(text: string): string {
  return `«${text.replaceAll('«', '‘').replaceAll('»', '’')}»`;
}

/** «a», «b» og «c». */
export function quoteList(words: string[]): string {
  const quoted = words.map(quote);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} og ${quoted.at(-1)}` : (quoted[0] ?? '');
}
