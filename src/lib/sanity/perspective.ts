/**
 * Whether a document id belongs to published content. Drafts (`drafts.…`) and release versions
 * (`versions.<release>.…`) are editors' work in progress and must never reach the public site.
 */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.');
}
