import type { ClientReturn } from '@sanity/client';
import { contentPerspective, isDraftPreview } from '../draft-preview-mode';
import { createBundledSource } from './bundled-source';
import { sourceConfigFromEnv, type SourceConfig } from './config';
import { createContentLakeSource } from './content-lake-source';
import type { ContentSource, QueryParams } from './source';

export async function createContentSource(config: SourceConfig): Promise<ContentSource> {
  return config.backend === 'content-lake'
    ? createContentLakeSource(config)
    : createBundledSource(config.file, config.perspective);
}

let shared: Promise<ContentSource> | undefined;

/** The source every page of this build reads from, created once and announced once in the build log. */
export function getContentSource(): Promise<ContentSource> {
  shared ??= (async () => {
    const perspective = contentPerspective();
    const source = await createContentSource(sourceConfigFromEnv(process.env, perspective));
    const count = await source.documentCount();
    console.info(
      `[content] ${source.description}: ${count} ${perspective === 'drafts' ? 'documents, drafts included (preview)' : 'published documents'}, pictures and files included`,
    );
    return source;
  })();
  return shared;
}

const results = new Map<string, Promise<unknown>>();

/**
 * Runs one of the queries in `queries.ts` against this build's content source. Results are kept for the whole
 * build: the layout asks for the site settings on every page, but the source answers once. Draft preview keeps
 * nothing, so reloading a page shows the draft as it is now.
 */
export function loadQuery<const Q extends string, R = ClientReturn<Q, unknown>>(
  query: Q,
  params: QueryParams = {},
): Promise<R> {
  if (isDraftPreview()) return getContentSource().then((source) => source.fetch<R>(query, params));
  const key = `${query}\u0000${JSON.stringify(params)}`;
  let result = results.get(key);
  if (!result) {
    result = getContentSource().then((source) => source.fetch<R>(query, params));
    results.set(key, result);
  }
  return result as Promise<R>;
}

/** Like loadQuery, for content the site cannot be built without: a missing result stops the build, in Norwegian. */
export async function loadRequired<const Q extends string, R = ClientReturn<Q, unknown>>(
  query: Q,
  params: QueryParams,
  what: string,
): Promise<NonNullable<R>> {
  const result = await loadQuery<Q, R>(query, params);
  if (result === null || result === undefined) {
    const source = await getContentSource();
    throw new Error(`Fant ikke ${what} i ${source.description}. Siden kan ikke bygges uten.`);
  }
  return result as NonNullable<R>;
}
