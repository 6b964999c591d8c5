import { createClient } from '@sanity/client';
import { apiVersion } from '@for-alle/shared/api-version';
import type { Perspective } from './config';
import type { ContentSource, QueryParams } from './source';

/**
 * How hard a build tries before it gives up on the Content Lake. A request that hangs is cut after `timeoutMs`;
 * timeouts, network errors, 429 and 5xx are retried after 1, 2, 4 … seconds. With the defaults a lasting outage
 * ends the build after at most 4 × 20 s + 7 s ≈ 1.5 minutes, with a message naming the project and dataset.
 */
export interface RetryPolicy {
  timeoutMs: number;
  attempts: number;
  backoffMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { timeoutMs: 20_000, attempts: 4, backoffMs: 1_000 };

/** The longest a build can wait on one query before failing, for the policy above. */
export function worstCaseMs(policy: RetryPolicy): number {
  let total = policy.attempts * policy.timeoutMs;
  for (let attempt = 1; attempt < policy.attempts; attempt++) total += policy.backoffMs * 2 ** (attempt - 1);
  return total;
}

const idsQuery = '*[_id in $ids]._id';
const idsPerRequest = 500;

interface ContentLakeOptions {
  projectId: string;
  dataset: string;
  token?: string;
  apiHost?: string;
  perspective: Perspective;
  retry?: RetryPolicy;
}

/**
 * Thrown when the Content Lake does not answer usefully; says which project and dataset, in Norwegian. `failure` is
 * what went wrong without what it means for the build, for a caller that knows better («… etter 4 forsøk (HTTP 503)»).
 * The content guard's integration prints the message alone when it stops the build (a trace into the HTTP client
 * reads as a crash in a deploy log); the cause is kept for whoever catches it elsewhere.
 */
export class ContentLakeError extends Error {
  constructor(
    message: string,
    readonly failure: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ContentLakeError';
  }
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number'
    ? error.statusCode
    : typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
      ? error.status
      : undefined;

/**
 * What went wrong, for a developer reading the deploy log: the HTTP status, with the API's own words when trying again
 * would not help (a revoked token, a missing dataset, a query the API refuses), or the network error's code under
 * fetch's own «fetch failed» («fetch failed: ECONNREFUSED», «fetch failed: bad port»).
 */
function reasonOf(error: unknown): string {
  const status = statusOf(error);
  if (status && !isTransient(error) && error instanceof Error && error.message)
    return `HTTP ${status}: ${error.message.slice(0, 200)}`;
  if (status) return `HTTP ${status}`;
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const detail =
    typeof cause === 'object' && cause !== null && 'code' in cause && cause.code
      ? String(cause.code)
      : cause instanceof Error
        ? cause.message
        : undefined;
  return detail && !error.message.includes(detail) ? `${error.message}: ${detail}` : error.message;
}

/** Worth another try: the server was busy or broken, or the request never got an answer. Not: a bad query, 401, 404. */
function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) return true;
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Answers GROQ from Sanity's Content Lake. `useCdn: false` so a build started by a publish webhook sees what was
 * just published (the CDN may lag); the `published` perspective keeps drafts and release versions out. The
 * client's own retries are off: this module retries deliberately, within a time budget (see RetryPolicy).
 */
export function createContentLakeSource(options: ContentLakeOptions): ContentSource {
  if (options.perspective === 'drafts' && !options.token) {
    throw new Error(
      'Forhåndsvisning av utkast krever SANITY_API_READ_TOKEN (et lesetoken med tilgang til utkast) – det er ikke satt.',
    );
  }
  const policy = options.retry ?? defaultRetryPolicy;
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion,
    useCdn: false,
    token: options.token,
    perspective: options.perspective,
    timeout: policy.timeoutMs,
    maxRetries: 0,
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
  });
  const where = `Sanity-prosjektet ${options.projectId}, datasettet ${options.dataset}`;

  async function withRetries<R>(what: string, run: () => Promise<R>): Promise<R> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
      try {
        return await run();
      } catch (error) {
        lastError = error;
        if (!isTransient(error)) break;
        if (attempt < policy.attempts)
          await new Promise((resolve) => setTimeout(resolve, policy.backoffMs * 2 ** (attempt - 1)));
      }
    }
    const reason = reasonOf(lastError);
    const tries = isTransient(lastError)
      ? `etter ${policy.attempts} forsøk`
      : 'og feilen går ikke over av å prøve igjen';
    const failure = `Fikk ikke hentet ${what} fra ${where} ${tries} (${reason}).`;
    throw new ContentLakeError(
      `${failure} Nettstedet ble ikke bygget, og den publiserte versjonen er uendret.`,
      failure,
      { cause: lastError },
    );
  }

  return {
    backend: 'content-lake',
    description: `Content Lake (${where})`,
    projectId: options.projectId,
    dataset: options.dataset,
    fetch<R>(query: string, params: QueryParams = {}): Promise<R> {
      return withRetries('innhold', () => client.fetch<R>(query, params as Record<string, never>));
    },
    documentCount() {
      return withRetries('antall dokumenter', () => client.fetch<number>('count(*[!(_id in path("_.**"))])'));
    },
    async publicationState(ids: string[]) {
      const published = new Set<string>();
      const drafts = new Set<string>();
      // Long id lists in slices, so no request grows past what the API takes.
      for (let start = 0; start < ids.length; start += idsPerRequest) {
        const slice = ids.slice(start, start + idsPerRequest);
        const found = await withRetries('publiseringsstatus', () =>
          client.fetch<string[]>(idsQuery, { ids: slice }, { perspective: 'published' }),
        );
        for (const id of found) published.add(id);
        // Drafts are private: only a token sees them, and only in the raw perspective. Only their ids are read.
        if (!options.token) continue;
        const draftIds = slice.map((id) => `drafts.${id}`);
        const foundDrafts = await withRetries('utkast', () =>
          client.fetch<string[]>(idsQuery, { ids: draftIds }, { perspective: 'raw' }),
        );
        for (const id of foundDrafts) drafts.add(id.slice('drafts.'.length));
      }
      return {
        published,
        draftOnly: options.token ? new Set([...drafts].filter((id) => !published.has(id))) : null,
      };
    },
    async readAsset(url: string) {
      return withRetries(`filen ${url}`, async () => {
        const response = await fetch(url, { signal: AbortSignal.timeout(policy.timeoutMs) });
        if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
        return Buffer.from(await response.arrayBuffer());
      });
    },
  };
}
