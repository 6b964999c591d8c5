/**
 * Where the Studio opens a document's page: the draft preview (`npm run preview:drafts`) and the public site. Both
 * come from the environment the Studio is built or started with (`SANITY_STUDIO_PREVIEW_URL`,
 * `SANITY_STUDIO_SITE_URL`). Without one, the Studio does not offer the action that would need it: a hosted Studio
 * never sends editors to an address they cannot reach. For `sanity dev`, `studio/.env.development` points the
 * preview at http://localhost:4322, where `npm run preview:drafts` serves; `sanity build` and `sanity deploy` do not
 * read that file. https://www.sanity.io/docs/studio/environment-variables
 */
export interface SiteUrls {
  preview: string | null;
  site: string | null;
}

/**
 * Pass the two variables by name (`process.env.SANITY_STUDIO_…`): the Studio build replaces each such
 * expression with its value, but `process.env` as a whole becomes an empty object in the browser.
 */
export function siteUrlsFromEnv(env: Record<string, string | undefined>): SiteUrls {
  return {
    preview: env.SANITY_STUDIO_PREVIEW_URL?.trim() || null,
    site: env.SANITY_STUDIO_SITE_URL?.trim() || null,
  };
}

/** The full address of a site path (from documentPath) on a base URL, whether or not the base ends in a slash. */
export function pageUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
