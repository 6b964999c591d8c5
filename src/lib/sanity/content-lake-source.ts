import { createClient } from '@sanity/client';
import { apiVersion, type Perspective } from './config';
import type { ContentSource, QueryParams } from './source';

interface ContentLakeOptions {
  projectId: string;
  dataset: string;
  token?: string;
  apiHost?: string;
  perspective: Perspective;
}

/**
 * Answers GROQ from Sanity's Content Lake. `useCdn: false` so a build started by a publish webhook sees what was
 * just published (the CDN may lag); the `published` perspective keeps drafts and release versions out.
 */
export function createContentLakeSource(options: ContentLakeOptions): ContentSource {
  if (options.perspective === 'drafts' && !options.token) {
    throw new Error(
      'Forhåndsvisning av utkast krever SANITY_API_READ_TOKEN (et lesetoken med tilgang til utkast) – det er ikke satt.',
    );
  }
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion,
    useCdn: false,
    token: options.token,
    perspective: options.perspective,
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
  });
  const where = `Sanity project ${options.projectId}, dataset ${options.dataset}`;

  return {
    backend: 'content-lake',
    description: `Content Lake (${where})`,
    projectId: options.projectId,
    dataset: options.dataset,
    async fetch<R>(query: string, params: QueryParams = {}): Promise<R> {
      return client.fetch<R>(query, params as Record<string, never>);
    },
    async documentCount() {
      return client.fetch<number>('count(*[!(_id in path("_.**"))])');
    },
    async readAsset(url: string) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Could not download asset ${url} from ${where}: HTTP ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
  };
}
