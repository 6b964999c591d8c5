/**
 * Real, text-searchable PDFs for the seed (conference material, a research summary), written with
 * pdf-lib. Dates and metadata are fixed so the bytes, and so the SHA-1, are the same every run.
 * Standard Helvetica uses WinAnsi encoding, which covers æ, ø and å.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface PdfSpec {
  name: string;
  title: string;
  author: string;
  date: string;
  /** Each entry a page: a heading and paragraphs. */
  pages: { heading: string; paragraphs: string[] }[];
}

function wrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) > maxWidth && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fixed = new Date(spec.date);
  pdf.setTitle(spec.title);
  pdf.setAuthor(spec.author);
  pdf.setLanguage('nb-NO');
  pdf.setProducer('For Alle seed');
  pdf.setCreator('For Alle seed');
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  // A reader's window shows the title, not the file name (WCAG 2.4.2, technique PDF18).
  pdf.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 56;
  for (const [index, content] of spec.pages.entries()) {
    const page = pdf.addPage([595.28, 841.89]);
    const width = page.getWidth() - margin * 2;
    let y = page.getHeight() - margin;
    if (index === 0) {
      page.drawRectangle({
        x: 0,
        y: page.getHeight() - 12,
        width: page.getWidth(),
        height: 12,
        color: rgb(0.85, 0.4, 0.23),
      });
      for (const line of wrap(spec.title, width, (s) => bold.widthOfTextAtSize(s, 22))) {
        page.drawText(line, { x: margin, y: y - 22, size: 22, font: bold, color: rgb(0.12, 0.37, 0.36) });
        y -= 30;
      }
      page.drawText(`${spec.author} · ${spec.date.slice(0, 10)}`, {
        x: margin,
        y: y - 12,
        size: 10,
        font: regular,
        color: rgb(0.35, 0.35, 0.35),
      });
      y -= 40;
    }
    page.drawText(content.heading, { x: margin, y: y - 16, size: 15, font: bold, color: rgb(0.12, 0.12, 0.12) });
    y -= 32;
    for (const paragraph of content.paragraphs) {
      for (const line of wrap(paragraph, width, (s) => regular.widthOfTextAtSize(s, 11))) {
        page.drawText(line, { x: margin, y, size: 11, font: regular, color: rgb(0.1, 0.1, 0.1) });
        y -= 16;
      }
      y -= 10;
    }
    page.drawText(`Side ${index + 1} av ${spec.pages.length}`, {
      x: margin,
      y: 30,
      size: 9,
      font: regular,
      color: rgb(0.4, 0.4, 0.4),
    });
  }
  return pdf.save({ useObjectStreams: false });
}
