// A tiny static file server for a built site, on 127.0.0.1 and a free port, the way a static host serves it:
// `/a/` and `/a` answer `/a/index.html`, unknown paths get the site's 404 page, and every file type the site and
// Pagefind write gets its content type (WebAssembly must be `application/wasm`). Used by browser tests and scripts.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  /** Every path requested, in order, for tests that assert what a page downloaded. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The headers the build's `_headers` file (Netlify/Cloudflare Pages format) gives a path: every block whose
 * pattern matches, later blocks overriding earlier ones. Patterns are exact paths or end in `*`.
 */
function hostHeaders(root: string): (pathname: string) => Record<string, string> {
  const file = join(root, '_headers');
  const blocks: { pattern: string; headers: Record<string, string> }[] = [];
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      if (!/^\s/.test(line)) blocks.push({ pattern: line.trim(), headers: {} });
      else if (blocks.length > 0) {
        const colon = line.indexOf(':');
        blocks[blocks.length - 1].headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      }
    }
  }
  return (pathname) =>
    Object.assign(
      {},
      ...blocks
        .filter(({ pattern }) =>
          pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern,
        )
        .map(({ headers }) => headers),
    );
}

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/**
 * Serves `root` on 127.0.0.1. With `asHost`, it also behaves as the production host would, for measurements such
 * as Lighthouse: text is gzip-compressed when the browser accepts it, and the headers of the build's `_headers`
 * file (cache lifetimes, security headers) are sent.
 */
export async function startStaticServer(root: string, options: { asHost?: boolean } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const requests: string[] = [];
  const headersFor = options.asHost ? hostHeaders(base) : () => ({ 'Cache-Control': 'no-store' });

  const fileFor = async (pathname: string): Promise<string | null> => {
    const candidate = normalize(join(base, decodeURIComponent(pathname)));
    if (candidate !== base && !candidate.startsWith(base + sep)) return null;
    for (const path of [candidate, join(candidate, 'index.html'), `${candidate}.html`]) {
      const info = await stat(path).catch(() => null);
      if (info?.isFile()) return path;
    }
    return null;
  };

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    try {
      let file = await fileFor(url.pathname);
      let status = 200;
      if (!file) {
        status = 404;
        file = await fileFor('/404.html');
      }
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const gzip =
        options.asHost && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(status, {
        'Content-Type': type,
        ...headersFor(url.pathname),
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      if (request.method === 'HEAD') return void response.end();
      if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
      else createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
