/**
 * A tiny markup for writing Portable Text by hand in the seed sources, so the content stays
 * readable. One block per paragraph (blank line between):
 *   ## Heading 2 / ### Heading 3 / > quote / - bullet item / 1. numbered item
 *   **bold**, *italic*, [text](https://…) external link, [text](doc:some-id) internal link,
 *   [text](doc:some-id#section) to a section of that page
 *   ![alt text](image:name) a figure, ![](image:name) a decorative figure
 *   [[Title|file:name]] an attachment
 */
import { key } from './keys.ts';

export type Block = Record<string, unknown> & { _type: string; _key: string };

export interface AssetRefs {
  image: (name: string) => Record<string, unknown>;
  file: (name: string) => Record<string, unknown>;
}

interface Span {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}

function parseInline(text: string, seed: string): { children: Span[]; markDefs: Record<string, unknown>[] } {
  const children: Span[] = [];
  const markDefs: Record<string, unknown>[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)]+)\)/g;
  let last = 0;
  let match: RegExpExecArray | null;
  const push = (value: string, marks: string[]) => {
    if (value) children.push({ _type: 'span', _key: key(`${seed}:s${children.length}`), text: value, marks });
  };
  while ((match = pattern.exec(text))) {
    push(text.slice(last, match.index), []);
    if (match[1] !== undefined) push(match[1], ['strong']);
    else if (match[2] !== undefined) push(match[2], ['em']);
    else {
      const markKey = key(`${seed}:m${markDefs.length}`);
      const target = match[4];
      if (target.startsWith('doc:')) {
        const [ref, anchor] = target.slice(4).split('#');
        markDefs.push({
          _type: 'internalLink',
          _key: markKey,
          reference: { _type: 'reference', _ref: ref },
          ...(anchor ? { anchor } : {}),
        });
      } else {
        markDefs.push({ _type: 'link', _key: markKey, href: target });
      }
      push(match[3], [markKey]);
    }
    last = pattern.lastIndex;
  }
  push(text.slice(last), []);
  if (children.length === 0) push(' ', []);
  return { children, markDefs };
}

function textBlock(text: string, seed: string, style = 'normal', list?: { listItem: string; level: number }): Block {
  const { children, markDefs } = parseInline(text, seed);
  return { _type: 'block', _key: key(seed), style, ...(list ?? {}), markDefs, children };
}

/** Turns the seed markup into Portable Text blocks with keys derived from `seed`. */
export function blocks(markup: string, seed: string, assets?: AssetRefs): Block[] {
  const paragraphs = markup
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    // A heading is one line: text on the lines after it is the next paragraph (or list), not part of the heading.
    .flatMap((p) =>
      /^#{2,3} /.test(p) && p.includes('\n') ? [p.slice(0, p.indexOf('\n')), p.slice(p.indexOf('\n') + 1).trim()] : [p],
    );
  const out: Block[] = [];
  paragraphs.forEach((paragraph, index) => {
    const blockSeed = `${seed}:${index}`;
    const figure = paragraph.match(/^!\[([^\]]*)\]\(image:([^)]+)\)$/);
    const attachment = paragraph.match(/^\[\[([^|]+)\|file:([^\]]+)\]\]$/);
    if (figure) {
      if (!assets) throw new Error(`Image in markup without assets: ${seed}`);
      const alt = figure[1];
      out.push({
        _key: key(blockSeed),
        ...assets.image(figure[2]),
        ...(alt ? { alt, decorative: false } : { decorative: true }),
      } as unknown as Block);
    } else if (attachment) {
      if (!assets) throw new Error(`Attachment in markup without assets: ${seed}`);
      out.push({ _type: 'attachment', _key: key(blockSeed), title: attachment[1], file: assets.file(attachment[2]) });
    } else if (/^(- |\d+\. )/.test(paragraph)) {
      paragraph.split('\n').forEach((line, lineIndex) => {
        const numbered = /^\d+\. /.test(line);
        const text = line.replace(/^(- |\d+\. )/, '').trim();
        out.push(
          textBlock(text, `${blockSeed}:${lineIndex}`, 'normal', {
            listItem: numbered ? 'number' : 'bullet',
            level: 1,
          }),
        );
      });
    } else if (paragraph.startsWith('### ')) {
      out.push(textBlock(paragraph.slice(4), blockSeed, 'h3'));
    } else if (paragraph.startsWith('## ')) {
      out.push(textBlock(paragraph.slice(3), blockSeed, 'h2'));
    } else if (paragraph.startsWith('> ')) {
      out.push(textBlock(paragraph.replace(/^> /gm, '').replace(/\n/g, ' '), blockSeed, 'blockquote'));
    } else {
      out.push(textBlock(paragraph.replace(/\n/g, ' '), blockSeed));
    }
  });
  return out;
}
