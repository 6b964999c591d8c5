// Words of the visitor's quoted back in the page's text. Quotation marks inside a quote become the inner kind
// (‘…’), as Norwegian writes a quote within a quote: a search for «Prøv alt»-uka reads «‘Prøv alt’-uka», not
// ««Prøv alt»-uka».
import { formatList } from '../../lib/format-list';

export function quote(text: string): string {
  return `«${text.replaceAll('«', '‘').replaceAll('»', '’')}»`;
}

/** «a», «b» og «c». */
export function quoteList(words: string[]): string {
  return formatList(words.map(quote));
}
