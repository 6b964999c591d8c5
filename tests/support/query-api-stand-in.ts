// A local stand-in for Sanity's hosted query API (https://www.sanity.io/docs/http-reference/query), answering on
// 127.0.0.1 by evaluating GROQ with groq-js over an NDJSON export. It speaks the documented endpoints
// GET /v{apiVersion}/data/query/{dataset}?query=…&$param=…&perspective=… and the POST form the client uses for
// long queries, and wraps results as the API does: { query, result, ms }.
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
    const match = /^\/v([\d-]+|\d+|X)\/data\/query\/([^/]+)$/.exec(url.pathname);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    if (!match) return send(404, { error: 'Not Found', message: `No route for ${url.pathname}` });
    if (match[2] !== dataset) return send(404, { error: 'Not Found', message: `Dataset "${match[2]}" not found` });

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
      const visible =
        perspective === 'raw'
          ? documents
          : applyPerspective(documents, perspective === 'drafts' ? 'drafts' : 'published');
      const value = await evaluate(parse(query, { params }), { dataset: visible, params });
      const result = await value.get();
      send(200, { query, result, ms: Math.round(performance.now() - started) });
    } catch (error) {
      send(400, { error: { description: (error as Error).message, type: 'queryParseError' } });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiHost: `http://127.0.0.1:${port}`,
    dataset,
    requests,
    fail(next) {
      fault = { ...next };
    },
    put(document) {
      const written = { ...document, _rev: `stand-in-${(revision += 1)}`, _updatedAt: new Date().toISOString() };
      const index = documents.findIndex((existing) => existing._id === document._id);
      if (index === -1) documents.push(written);
      else documents[index] = written;
    },
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
