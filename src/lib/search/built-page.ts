// What a built page tells Pagefind about itself, read back from its HTML, so a PDF offered on the page gets exactly
// the page's filters and date (a file from the 2025 conference is found under Konferanse and 2025). The page is read
// rather than the content: what SearchMeta is given differs by page (a place's page shows its collaboration
// projects' files, the application guide sits on its pillar's page), and the built page is what Pagefind indexed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { sampleMeta } from './contract';

/** What a built page tells Pagefind about itself through SearchMeta: its title, filters and date, and whether it is invented. */
export interface PageSearchAttributes {
  title: string | null;
  filters: Record<string, string[]>;
  date: string | null;
  /** The page is invented content (`isSample`): its result is tagged «Eksempel», and so are the files it offers. */
  sample: boolean;
}

/** An element whose text is a value for Pagefind, while it is open. */
interface OpenValue {
  depth: number;
  kind: 'filter' | 'sort' | 'meta';
  name: string;
  text: string;
}

/**
 * Reads the `data-pagefind-filter`, `data-pagefind-sort="date"` and `data-pagefind-meta="title"` elements of a
 * built page, each element's value being its text, as SearchMeta writes them (`name:value` in the attribute is not
 * read), and whether it has the sample meta. Entities are decoded and a value's surrounding whitespace is dropped;
 * an empty value is left out.
 */
export function pageSearchAttributes(html: string): PageSearchAttributes {
  const filters: Record<string, string[]> = {};
  let title: string | null = null;
  let date: string | null = null;
  let sample = false;
  const open: OpenValue[] = [];
  let depth = 0;

  const close = ({ kind, name, text }: OpenValue) => {
    const value = text.trim();
    if (!value) return;
    if (kind === 'filter') {
      filters[name] ??= [];
      if (!filters[name].includes(value)) filters[name].push(value);
    } else if (kind === 'sort') date ??= value;
    else title ??= value;
  };

  const parser = new Parser({
    onopentag(_tag, attributes) {
      depth += 1;
      const filter = attributes['data-pagefind-filter'];
      if (filter && !filter.includes(':')) open.push({ depth, kind: 'filter', name: filter, text: '' });
      if (attributes['data-pagefind-sort'] === 'date') open.push({ depth, kind: 'sort', name: 'date', text: '' });
      if (attributes['data-pagefind-meta'] === 'title') open.push({ depth, kind: 'meta', name: 'title', text: '' });
      if (attributes['data-pagefind-meta'] === sampleMeta) sample = true;
    },
    ontext(text) {
      for (const value of open) value.text += text;
    },
    onclosetag() {
      while (open.at(-1)?.depth === depth) close(open.pop()!);
      depth -= 1;
    },
  });
  parser.write(html);
  parser.end();
  return { title, filters, date, sample };
}

/** Reads the built HTML of a page path (`/konferanse/2025/` → `<outDir>/konferanse/2025/index.html`); null if absent. */
export async function readBuiltPage(outDir: string, pagePath: string): Promise<string | null> {
  try {
    return await readFile(join(outDir, pagePath, 'index.html'), 'utf8');
  } catch {
    return null;
  }
}
