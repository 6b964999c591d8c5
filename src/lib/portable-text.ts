import { escapeHTML, toHTML, type PortableTextComponents } from '@portabletext/to-html';
import { embeddedTypes } from '@for-alle/shared/rich-text';
import { documentPath, type PathableDocument } from '@for-alle/shared/document-path';
import { isExternalHref, safeHref } from '@for-alle/shared/safe-url';
import { isSectionAnchor, sectionAnchor } from '@for-alle/shared/section-anchor';
import { siteHref } from './routes';
import { keepTogether, noBreak } from './typography';

// Editor-written rich text becomes HTML here, with @portabletext/to-html (which escapes all text). Its function
// components make a story body in a fraction of the time a component per block, span and mark took in Astro
// (docs/benchmark.md). Pictures and attachments are not text: they keep their Astro components (PortableText.astro).

type Span = { _type?: string; text?: string; marks?: string[] };
type MarkDef = { _key?: string; _type?: string; href?: string };
type Block = {
  _type?: string;
  /** A heading's id, made by bodyParts (not stored). */
  anchor?: string;
  style?: string;
  listItem?: string;
  level?: number;
  markDefs?: MarkDef[];
  children?: Span[];
};

/** A stretch of a body: text blocks already rendered to HTML, or one picture or attachment for its component. */
export type BodyPart = { kind: 'html'; html: string } | { kind: 'object'; node: { _type: string; _key?: string } };

/** This site's address (astro.config.mjs `site`): a link elsewhere is marked as leaving it. */
const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;

/** The block types a body holds besides text, each rendered by a component of the site's own. */
const objectTypes = new Set(embeddedTypes.map((type) => type.value));

const components: PortableTextComponents = {
  marks: {
    // Every external link an editor writes: unsafe schemes render as plain text, an address on this site gets the
    // trailing slash its page has.
    link: ({ children, value }) => {
      const href = siteHref(safeHref((value as { href?: string } | undefined)?.href));
      if (!href) return children;
      // A link that leaves the site is marked as ExternalLink marks one, in text as everywhere else (WCAG 3.2.4); the
      // words are on every such link, so the search index leaves them out.
      return isExternalHref(href, site)
        ? `<a href="${escapeHTML(href)}" class="external-link">${children} <span class="file-meta" data-pagefind-ignore>(ekstern lenke)</span></a>`
        : `<a href="${escapeHTML(href)}">${children}</a>`;
    },
    // A link to another document on the site follows the document when its slug changes.
    // An anchor, when given, leads to a section of that page («presse» on /kontakt); one the Studio would refuse is
    // left out, so the link still reaches the page.
    internalLink: ({ children, value }) => {
      const { reference: target, anchor } = (value ?? {}) as { reference?: PathableDocument | null; anchor?: string };
      const path = target ? documentPath(target) : null;
      const href = path && anchor && isSectionAnchor(anchor) ? `${path}#${anchor}` : path;
      return href ? `<a href="${escapeHTML(href)}">${children}</a>` : children;
    },
    // A passage in another language gets its own lang, so screen readers switch voice (WCAG 3.1.2). Only a
    // well-formed language tag is written; anything else renders as plain text.
    language: ({ children, value }) => {
      const lang = (value as { lang?: string } | undefined)?.lang;
      return typeof lang === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)
        ? `<span lang="${escapeHTML(lang)}">${children}</span>`
        : children;
    },
    // Not in the schema, and to-html's own version carries an inline style, which the CSP refuses.
    underline: ({ children }) => children,
  },
  // The schema allows no other types, marks or styles (shared/rich-text.ts), and the content guard stops a build
  // with any that get in. The draft preview is not guarded: there they render as their plain text, or not at all
  // (to-html's own fallbacks carry inline styles, which the CSP refuses).
  block: {
    quoteSource: ({ children }) => `<p class="quote-source">${children ?? ''}</p>`,
    ...Object.fromEntries(
      ['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [
        tag,
        ({ children, value }: { children?: string; value: Block }) =>
          `<${tag}${value.anchor ? ` id="${escapeHTML(value.anchor)}"` : ''}>${children ?? ''}</${tag}>`,
      ]),
    ),
  },
  unknownMark: ({ children }) => children,
  unknownType: () => '',
  hardBreak: () => '<br>',
};

/**
 * A body as parts, in order: each run of text blocks as one piece of HTML (so list items stay in one list), each
 * picture and attachment on its own. Headings move down under a deeper heading (`headingLevel`: the level of the
 * heading the text sits under; editors start at h2), and each gets an id from its words, so a link can lead to it
 * and a search result to the section it found: `takenIds` holds the ids already given on the page, so that two
 * headings of the same words get «…-2». Amounts typed with ordinary spaces stay on one line, and a phone number
 * linked with tel: never splits.
 */
export function bodyParts(
  value: unknown[] | null | undefined,
  headingLevel = 1,
  takenIds: Set<string> = new Set(),
): BodyPart[] {
  const shift = Math.max(0, headingLevel - 1);
  const parts: BodyPart[] = [];
  let run: Block[] = [];
  const endRun = () => {
    if (run.length > 0)
      parts.push({ kind: 'html', html: toHTML(run as never, { components, onMissingComponent: false }) });
    run = [];
  };
  const items = (value ?? []) as (Block | null)[];
  items.forEach((block, index) => {
    if (block?._type === 'block') {
      const prepared = prepareBlock(block, shift, run.at(-1), items[index + 1] ?? undefined);
      if (prepared.style && /^h[2-6]$/.test(prepared.style))
        prepared.anchor = uniqueId(headingText(prepared), takenIds);
      run.push(prepared);
    } else if (block?._type && objectTypes.has(block._type)) {
      endRun();
      parts.push({ kind: 'object', node: block as { _type: string } });
    }
  });
  endRun();
  return parts;
}

const headingText = (block: Block) => block.children?.map((child) => child.text ?? '').join('') ?? '';

/** An id from a heading's words, not yet in `taken` (which it joins): «…-2», «…-3» after the first. */
function uniqueId(text: string, taken: Set<string>): string {
  const base = sectionAnchor(text) || 'avsnitt';
  let id = base;
  for (let count = 2; taken.has(id); count++) id = `${base}-${count}`;
  taken.add(id);
  return id;
}

/**
 * The line an editor writes under a «Sitat» to say who speaks («– Mor til to i Arendal», as the editors' guide asks):
 * a plain paragraph right after the quote that starts with a dash. It is set under the quote as its source, not as a
 * paragraph of the text after it. The Studio turns a line typed as «- Mor til to» into a bullet and drops the dash
 * (its Markdown shortcuts), so a one-item bullet list right after a quote is its source too.
 */
function quoteSourceForm(block: Block, previous?: Block, next?: Block): 'line' | 'bullet' | null {
  if (previous?.style !== 'blockquote' || (block.style ?? 'normal') !== 'normal') return null;
  if (block.listItem === 'bullet') return next?.listItem ? null : 'bullet';
  if (block.listItem) return null;
  return /^[–—-] /.test(block.children?.map((child) => child.text ?? '').join('') ?? '') ? 'line' : null;
}

function prepareBlock(block: Block, shift: number, previous?: Block, next?: Block): Block {
  const sourceForm = quoteSourceForm(block, previous, next);
  if (sourceForm === 'bullet') {
    // The dash the shortcut took, back in front of the name.
    const { listItem: _listItem, level: _level, ...line } = block;
    const dash: Span = { _type: 'span', text: '– ', marks: [] };
    return prepareBlock({ ...line, children: [dash, ...(block.children ?? [])] }, shift, previous);
  }
  const style = sourceForm
    ? 'quoteSource'
    : shift > 0 && block.style && /^h[1-6]$/.test(block.style)
      ? `h${Math.min(6, Number(block.style.slice(1)) + shift)}`
      : block.style;
  const phoneMarks = new Set(
    block.markDefs?.filter((def) => def.href?.trim().toLowerCase().startsWith('tel:')).map((def) => def._key),
  );
  const children = block.children?.map((child) => {
    if (child._type !== 'span' || !child.text) return child;
    const isPhone = child.marks?.some((mark) => phoneMarks.has(mark)) ?? false;
    return { ...child, text: isPhone ? noBreak(child.text) : keepTogether(child.text) };
  });
  return { ...block, style, children };
}

const pageHeadingIds = new WeakMap<Request, Set<string>>();

/** The ids given to rich-text headings on the page being rendered (its request), so that each is given once. */
export function headingIdsOf(request: Request): Set<string> {
  let ids = pageHeadingIds.get(request);
  if (!ids) pageHeadingIds.set(request, (ids = new Set()));
  return ids;
}
