/**
 * The Content Lake API version every query is made with, in the Studio and the site. Pinned so an API change never
 * alters a build or a validation rule silently. https://www.sanity.io/docs/api-versioning
 */
export const apiVersion = '2025-02-19';
