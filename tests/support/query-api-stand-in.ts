// A local stand-in for Sanity's hosted query API (https://www.sanity.io/docs/http-reference/query), answering on
// 127.0.0.1 by evaluating GROQ with groq-js over an NDJSON export. It speaks the documented endpoints
// GET /v{apiVersion}/data/query/{dataset}?query=…&$param=…&perspective=… and the POST form the client uses for
// long queries, and wraps results as the API does: { query, result, ms }. Also the documented mutation endpoint
// POST /v{apiVersion}/data/mutate/{dataset} (https://www.sanity.io/docs/http-reference/mutate) for create,
// createOrReplace, createIfNotExists and delete, which like the API needs a token. As the Content Lake does, it shows a
// document whose id has a dot (under a path: drafts, the site's status) only to a request with a token.
import { createServer, STATUS_CODES, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';
import { applyPerspective } from '../../src/lib/sanity/bundled-source';
import { materialiseExportAssets } from '../../src/lib/sanity/export-assets';
import { readNdjsonFile, type StoredDocument } from '../../src/lib/sanity/ndjson';

interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  params: Record<string, unknown>;
  perspective: string | null;
  headers: IncomingHttpHeaders;
}

type Mutation = Partial<
  Record<'create' | 'createOrReplace' | 'createIfNotExists', StoredDocument> & { delete: { id: string } }
>;

/** What the stand-in does with the next requests: answer, or fail the way a real outage (or a revoked token, 403) fails. */
type Fault = { status: 403 | 429 | 500 | 502 | 503; times: number } | { hang: true; times: number };

export interface QueryApiStandIn {
  apiHost: string;
  dataset: string;
  requests: RecordedRequest[];
  /** Queue a fault for the next `times` requests (Infinity for a lasting outage). */
  fail(fault: Fault): void;
  /**
   * Adds a document or replaces the one with its `_id`, as an editor's change would; later queries see it. Like the
   * Content Lake, it gives the document a new `_rev` and `_updatedAt`.
   */
  put(document: StoredDocument): void;
  /** The stored document with this `_id`, as the stand-in holds it now. */
  document(id: string): StoredDocument | undefined;
  /** Deletes the document with this `_id`, as «Slett» in the Studio would. */
  remove(id: string): void;
  close(): Promise<void>;
}

export async function startQueryApiStandIn(options: {
  ndjsonFile: string;
  dataset?: string;
}): Promise<QueryApiStandIn> {
  const dataset = options.dataset ?? 'production';
  const documents: StoredDocument[] = materialiseExportAssets(
    await readNdjsonFile(options.ndjsonFile),
    options.ndjsonFile,
  );
  const requests: RecordedRequest[] = [];
  let revision = 0;
  let fault: Fault | null = null;
  const hanging = new Set<import('node:http').ServerResponse>();

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const match = /^\/v([\d-]+|\d+|X)\/data\/(query|mutate)\/([^/]+)$/.exec(url.pathname);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    const authorised = /^Bearer \S+/.test(request.headers.authorization ?? '');
    if (!match) return send(404, { error: 'Not Found', message: `No route for ${url.pathname}` });
    if (match[3] !== dataset) return send(404, { error: 'Not Found', message: `Dataset "${match[3]}" not found` });

    if (match[2] === 'mutate') {
      if (request.method !== 'POST') return send(405, { error: 'Method Not Allowed', message: 'Use POST' });
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { mutations?: Mutation[] };
      requests.push({
        method: 'POST',
        path: url.pathname,
        query: '',
        params: { mutations: body.mutations },
        perspective: null,
        headers: request.headers,
      });
      if (!authorised) return send(401, { error: 'Unauthorized', message: 'Mutations require an API token' });
      try {
        const results = (body.mutations ?? []).map(applyMutation);
        return send(200, {
          transactionId: `stand-in-${revision}`,
          results: results.map(({ id, operation, document }) => ({
            id,
            operation,
            ...(url.searchParams.get('returnDocuments') === 'true' && { document }),
          })),
        });
      } catch (error) {
        return send(409, { error: { description: (error as Error).message, type: 'mutationError' } });
      }
    }

    let query = url.searchParams.get('query') ?? '';
    const params: Record<string, unknown> = {};
    for (const [key, value] of url.searchParams) {
      if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
    }
    if (request.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      query = body.query ?? query;
      Object.assign(params, body.params ?? {});
    }
    const perspective = url.searchParams.get('perspective');
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query,
      params,
      perspective,
      headers: request.headers,
    });

    if (fault && fault.times > 0) {
      fault.times -= 1;
      const current = fault;
      if (fault.times <= 0) fault = null;
      if ('hang' in current) {
        hanging.add(response);
        return;
      }
      return send(current.status, { error: STATUS_CODES[current.status], message: `Stand-in fault ${current.status}` });
    }

    const started = performance.now();
    try {
      const readable = authorised ? documents : documents.filter((document) => !document._id.includes('.'));
      const visible =
        perspective === 'raw'
          ? readable
          : applyPerspective(readable, perspective === 'drafts' ? 'drafts' : 'published');
      const value = await evaluate(parse(query, { params }), { dataset: visible, params });
      const result = await value.get();
      send(200, { query, result, ms: Math.round(performance.now() - started) });
    } catch (error) {
      send(400, { error: { description: (error as Error).message, type: 'queryParseError' } });
    }
  });

  /** One mutation, as the API applies it; a `create` of an id that exists fails the transaction. */
  function applyMutation(mutation: Mutation): { id: string; operation: string; document?: StoredDocument } {
    const [[kind, value]] = Object.entries(mutation) as [[keyof Mutation, StoredDocument & { id?: string }]];
    if (kind === 'delete') {
      const id = value.id ?? '';
      const index = documents.findIndex((existing) => existing._id === id);
      if (index !== -1) documents.splice(index, 1);
      return { id, operation: 'delete' };
    }
    if (!['create', 'createOrReplace', 'createIfNotExists'].includes(kind))
      throw new Error(`The stand-in does not apply ${kind} mutations`);
    const exists = documents.find((existing) => existing._id === value._id);
    if (exists && kind === 'create') throw new Error(`Document by ID "${value._id}" already exists`);
    if (exists && kind === 'createIfNotExists') return { id: value._id, operation: 'none', document: exists };
    put(value);
    return {
      id: value._id,
      operation: exists ? 'update' : 'create',
      document: documents.find((existing) => existing._id === value._id),
    };
  }

  function put(document: StoredDocument) {
    const written = { ...document, _rev: `stand-in-${(revision += 1)}`, _updatedAt: new Date().toISOString() };
    const index = documents.findIndex((existing) => existing._id === document._id);
    if (index === -1) documents.push(written);
    else documents[index] = written;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiHost: `http://127.0.0.1:${port}`,
    dataset,
    requests,
    fail(next) {
      fault = { ...next };
    },
    put,
    document: (id) => documents.find((existing) => existing._id === id),
    remove(id) {
      const index = documents.findIndex((existing) => existing._id === id);
      if (index !== -1) documents.splice(index, 1);
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
