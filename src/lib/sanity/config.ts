import { resolve } from 'node:path';

/** The dataset bundled with the repository, in the layout an extracted `sanity dataset export` has. */
export const bundledDatasetPath = 'studio/seed/production/data.ndjson';

export type Perspective = 'published' | 'drafts';

export type SourceConfig =
  | {
      backend: 'content-lake';
      projectId: string;
      dataset: string;
      token?: string;
      /** Only for tests that point the client at a local stand-in of the query API. */
      apiHost?: string;
      perspective: Perspective;
    }
  | { backend: 'bundled'; file: string; perspective: Perspective };

/**
 * Reads where content comes from. `SANITY_PROJECT_ID` selects the Content Lake; otherwise the bundled NDJSON
 * (or `LOCAL_DATASET`) is queried in-process. Only the public, published perspective is the default.
 */
export function sourceConfigFromEnv(
  env: Record<string, string | undefined> = process.env,
  perspective: Perspective = 'published',
): SourceConfig {
  const projectId = env.SANITY_PROJECT_ID?.trim();
  if (projectId) {
    return {
      backend: 'content-lake',
      projectId,
      dataset: env.SANITY_DATASET?.trim() || 'production',
      token: env.SANITY_API_READ_TOKEN?.trim() || undefined,
      apiHost: env.SANITY_API_HOST?.trim() || undefined,
      perspective,
    };
  }
  return { backend: 'bundled', file: resolve(env.LOCAL_DATASET?.trim() || bundledDatasetPath), perspective };
}
