import type { Perspective } from './sanity/config';

/**
 * Draft preview (`npm run preview:drafts`): the site served by `astro dev` with PREVIEW_DRAFTS=1, reading the
 * `drafts` perspective. Never a build: the draft-preview integration stops `astro build` when the flag is set.
 */
export function isDraftPreview(env: Record<string, string | undefined> = process.env): boolean {
  return env.PREVIEW_DRAFTS?.trim() === '1';
}

/** The perspective this process reads content in: drafts over published in preview, published everywhere else. */
export function contentPerspective(env: Record<string, string | undefined> = process.env): Perspective {
  return isDraftPreview(env) ? 'drafts' : 'published';
}
