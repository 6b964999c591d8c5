import type { ContentProblem } from './problems';

/**
 * The Studio's address from `STUDIO_URL` (e.g. https://for-alle.sanity.studio, where `npm run studio:deploy` put it),
 * so each build message can open its document at the field. Unset, or not a web address: the messages name the
 * document and field only (the build checks the value at its start, checkStudioUrl, so a typo is not silent).
 */
export function studioUrlFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  const url = URL.parse(env.STUDIO_URL?.trim() ?? '');
  return url && ['https:', 'http:'].includes(url.protocol) ? url.href.replace(/\/+$/, '') : undefined;
}

/** Stops the build at its start when STUDIO_URL is set but is not a web address. */
export function checkStudioUrl(env: Record<string, string | undefined> = process.env): void {
  const value = env.STUDIO_URL?.trim();
  if (value && !studioUrlFromEnv(env))
    throw new Error(
      `STUDIO_URL «${value}» is not a web address: set it to the Studio's, e.g. https://<name>.sanity.studio`,
    );
}

/**
 * Sanity's edit intent link: the Studio opens the document and goes to the field.
 * https://www.sanity.io/docs/visual-editing/studio-edit-intent-links (one path segment, values URI-encoded)
 */
export function studioEditLink(studioUrl: string, problem: Pick<ContentProblem, 'id' | 'type' | 'path'>): string {
  const params = { id: problem.id, type: problem.type, ...(problem.path && { path: problem.path }) };
  const segment = Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join(';');
  return `${studioUrl}/intent/edit/${segment}`;
}
