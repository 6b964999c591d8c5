// Where the text of an attached PDF is read, for its search record (material-records.ts).
import { extractText, getDocumentProxy, getMeta } from 'unpdf';

/** What is read from a PDF: its text, pages joined, and the title in its document properties, if any. */
export interface PdfContent {
  text: string;
  title: string | null;
}

/**
 * Reads a PDF with pdf.js through unpdf (which bundles a Node-ready build of it). Imported statically: this runs in
 * Astro's config process, whose Vite module runner is closed by `astro:build:done`.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const pdf = await getDocumentProxy(bytes);
  try {
    const { info } = await getMeta(pdf);
    const { text } = await extractText(pdf, { mergePages: true });
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return { text, title };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** Plain text for the index: Pagefind splits on whitespace, so line breaks from the PDF's layout become spaces. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
