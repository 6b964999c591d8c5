// A search hit in the text of an attached PDF leads to the file's own place on its page, so each file needs an
// anchor there. (Conference material uses its session's anchor, `sessionAnchor` in ./conferences.)

/** The anchor of a file attached in a Portable Text body: its block's `_key`, unique within the body. */
export function attachmentAnchor(block: { _key: string }): string {
  return `vedlegg-${block._key}`;
}

/** The anchor of the report section on a research update's page. */
export const reportAnchor = 'rapport';
