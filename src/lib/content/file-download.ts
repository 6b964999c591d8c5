// How a downloadable file is named and described wherever the site offers it: its link on a page (FileLink.astro)
// and its search result (the PDF records, src/lib/search/material-records.ts), so both give the same file name.

export interface DownloadableFile {
  extension?: string | null;
  size?: number | null;
  originalFilename?: string | null;
}

/** The file's kind as visitors read it: «PDF». */
export const fileKind = (file: DownloadableFile) => (file.extension ?? 'fil').toUpperCase();

/**
 * The title without a trailing «(PDF)»: editors often end a title with the type, «Presentasjon (PDF)», which the
 * link then says in its own bracket with the size. Null when nothing else is left.
 */
export function titleWithoutKind(title: string | null | undefined, file: DownloadableFile): string | null {
  const kind = RegExp.escape(fileKind(file));
  return title?.replace(new RegExp(`\\s*\\(\\s*${kind}(?:-fil)?\\s*\\)\\s*$`, 'i'), '').trim() || null;
}

/** «3 kB»; a no-break space keeps it on one line (nb-NO groups thousands with one too: «1 234 kB»). */
export function fileSizeText(size: number | null | undefined): string | null {
  return size ? `${Math.max(1, Math.round(size / 1024)).toLocaleString('nb-NO')}\u00a0kB` : null;
}

/**
 * The name a visitor's download folder gets: the name the file was uploaded with. A file known only by its SHA-1
 * (uploaded without a name, or read from an export that lost its assets.json) is saved under its title instead:
 * «Presentasjon: Fritidskassen (PDF)» → `presentasjon-fritidskassen.pdf`.
 */
export function downloadName(title: string | null | undefined, file: DownloadableFile): string {
  const isHashName = !file.originalFilename || /^[0-9a-f]{40}\./i.test(file.originalFilename);
  if (!isHashName) return file.originalFilename!;
  const readable = (titleWithoutKind(title, file) ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${readable || 'vedlegg'}.${file.extension ?? 'pdf'}`;
}
