// The pages of this build that ask search engines not to index them: BaseLayout records each as it writes the tag, and
// the sitemap leaves them out, so the one rule decides both. On globalThis, as the export's cache in bundled-source.ts:
// the integrations and the rendered pages are separate module instances in the one build process.
const registry = Symbol.for('for-alle.noindex-pages');

/** The paths (decoded, as `/sok/`) of the pages rendered so far that say `noindex`. */
export function noindexPages(): Set<string> {
  return ((globalThis as { [registry]?: Set<string> })[registry] ??= new Set());
}
