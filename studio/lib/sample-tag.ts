/**
 * «Eksempel» first in a list preview's subtitle when the document is marked as sample content, as the site marks it,
 * so the editor sees in every list which entries are invented (first, so a long subtitle never cuts it off).
 */
export const sampleTag = (isSample: unknown): string | undefined => (isSample === true ? 'Eksempel' : undefined);
