import type { Option } from './options.ts';

/**
 * What rich text (the `blockContent` type) may hold: the Studio's editor offers exactly these, the site renders
 * exactly these, and the build's content guard stops on anything else an import or an API write put in.
 * Dependency-free, so the Studio schema (schemaTypes/objects/block-content.ts) and the site read the same lists.
 */

/** Paragraph styles. Headings start at h2: the page title is the h1. */
export const blockStyles: Option[] = [
  { title: 'Normal', value: 'normal' },
  { title: 'Overskrift 2', value: 'h2' },
  { title: 'Overskrift 3', value: 'h3' },
  { title: 'Overskrift 4', value: 'h4' },
  { title: 'Sitat', value: 'blockquote' },
];

export const listTypes: Option[] = [
  { title: 'Punktliste', value: 'bullet' },
  { title: 'Nummerert liste', value: 'number' },
];

export const decorators: Option[] = [
  { title: 'Uthevet', value: 'strong' },
  { title: 'Kursiv', value: 'em' },
];

/** Annotations are named object types, so a block's mark definitions carry these as `_type`. */
export const annotationTypes: Option[] = [
  { title: 'Lenke', value: 'link' },
  { title: 'Intern lenke', value: 'internalLink' },
  { title: 'Språk', value: 'language' },
];

/** What rich text holds besides text blocks: each is rendered by a component of the site's own. */
export const embeddedTypes: Option[] = [
  { title: 'Bilde', value: 'figure' },
  { title: 'Vedlegg', value: 'attachment' },
];

/**
 * The document fields that hold rich text: `bodyField` (schemaTypes/fields.ts) makes each, and takes only these
 * names, so the content guard knows every field to check.
 */
export const richTextFields = ['body', 'description', 'findings', 'whoCanApply', 'amountCriteria', 'dialogue'] as const;

export type RichTextField = (typeof richTextFields)[number];
