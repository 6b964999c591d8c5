// The Content Lake backend against a stand-in of the query API that fails the way real outages fail.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createContentLakeSource,
  defaultRetryPolicy,
  worstCaseMs,
  type RetryPolicy,
} from '../../src/lib/sanity/content-lake-source';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

const fixture = resolve('tests/fixtures/content-path/data.ndjson');
// The production policy, scaled down so the test takes seconds: same attempts, shorter waits.
const fast: RetryPolicy = { timeoutMs: 400, attempts: defaultRetryPolicy.attempts, backoffMs: 20 };

let standIn: QueryApiStandIn;
beforeAll(async () => {
  standIn = await startQueryApiStandIn({ ndjsonFile: fixture });
});
afterAll(() => standIn.close());

const source = () =>
  createContentLakeSource({
    projectId: 'faulty1',
    dataset: 'production',
    apiHost: standIn.apiHost,
    perspective: 'published',
    retry: fast,
  });

describe('retrying the Content Lake', () => {
  it('rides out 429 Too Many Requests', async () => {
    standIn.fail({ status: 429, times: 2 });
    standIn.requests.length = 0;
    expect(await source().fetch('count(*[_type == "place"])')).toBe(2);
    expect(standIn.requests).toHaveLength(3);
  });

  it('rides out a 503 and a 500', async () => {
    standIn.fail({ status: 503, times: 1 });
    expect(await source().fetch('count(*[_type == "place"])')).toBe(2);
    standIn.fail({ status: 500, times: 1 });
    expect(await source().fetch('count(*[_type == "place"])')).toBe(2);
  });

  it('cuts a hanging request and tries again', async () => {
    standIn.fail({ hang: true, times: 1 });
    const started = Date.now();
    expect(await source().fetch('count(*[_type == "place"])')).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(fast.timeoutMs);
  });

  it('gives up on a lasting outage within its budget, naming the project and the dataset', async () => {
    standIn.fail({ status: 503, times: Infinity });
    standIn.requests.length = 0;
    const started = Date.now();
    await expect(source().fetch('*[_type == "place"]')).rejects.toThrow(
      /Sanity-prosjektet faulty1, datasettet production etter 4 forsøk \(HTTP 503\)/,
    );
    expect(standIn.requests).toHaveLength(fast.attempts);
    expect(Date.now() - started).toBeLessThan(worstCaseMs(fast) + 1_000);
    standIn.fail({ status: 503, times: 0 });
  });

  it('gives up on a lasting hang within its budget', async () => {
    standIn.fail({ hang: true, times: Infinity });
    const started = Date.now();
    await expect(source().fetch('*[_type == "place"]')).rejects.toThrow(/faulty1.*production/);
    expect(Date.now() - started).toBeLessThan(worstCaseMs(fast) + 1_000);
    standIn.fail({ hang: true, times: 0 });
  });

  it('names the network error when nothing answers', async () => {
    // A port that was free a moment ago: the connection is refused, as when the host is wrong or down.
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
    const { port } = closed.address() as AddressInfo;
    await new Promise((closing) => closed.close(closing));
    const refused = createContentLakeSource({
      projectId: 'faulty1',
      dataset: 'production',
      apiHost: `http://127.0.0.1:${port}`,
      perspective: 'published',
      retry: fast,
    });
    await expect(refused.fetch('*[_type == "place"]')).rejects.toThrow(/etter 4 forsøk \(fetch failed: ECONNREFUSED\)/);
  });

  it('does not retry a query the API rejects', async () => {
    standIn.requests.length = 0;
    await expect(source().fetch('*[_type == ')).rejects.toThrow(/faulty1/);
    expect(standIn.requests).toHaveLength(1);
  });

  it('keeps each request under 30 s and a lasting outage under about two minutes in production', () => {
    expect(defaultRetryPolicy.timeoutMs).toBeLessThanOrEqual(30_000);
    expect(worstCaseMs(defaultRetryPolicy)).toBeLessThanOrEqual(120_000);
  });
});
