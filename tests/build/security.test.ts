// What must never get out of a build: drafts, tokens, scripts an editor typed. Each case builds a fixture for
// real and reads dist/, after Astro's own test pattern.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, testBuildDir } from '../support/build-site';
import { builtSite } from '../support/dist';
import { fixtureDataset } from '../support/fixture-dataset';
import { startQueryApiStandIn, type QueryApiStandIn } from '../support/query-api-stand-in';

/** Every text file the build wrote (HTML, XML, JSON, JS, CSS, ICS, TXT), with its content. */
function builtText(outDir: string): { file: string; text: string }[] {
  const files: { file: string; text: string }[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(html|xml|json|js|mjs|css|ics|txt|md)$/.test(name))
        files.push({ file: path, text: readFileSync(path, 'utf8') });
    }
  };
  visit(outDir);
  return files;
}

/** Pagefind's index fragments are compressed; the words are searchable only through Pagefind, so read its raw index too. */
const occurrences = (outDir: string, marker: string) =>
  builtText(outDir)
    .filter(({ text }) => text.includes(marker))
    .map(({ file }) => file);

describe('drafts and release versions never reach the public site', () => {
  const markers = [
    'LEAK-MARKER-DRAFT-EDIT',
    'LEAK-MARKER-DRAFT-NEW',
    'LEAK-MARKER-VERSION',
    'LEAK-MARKER-PILLAR',
    'LEAK-MARKER-SETTINGS',
  ];
  const dataset = () => fixtureDataset({ extra: 'tests/fixtures/drafts-leak/data.ndjson' });
  let standIn: QueryApiStandIn;
  const token = `sk-for-alle-test-${Date.now()}-do-not-leak`;
  let bundledOut: string;
  let lakeOut: string;

  beforeAll(async () => {
    const file = dataset();
    standIn = await startQueryApiStandIn({ ndjsonFile: file });
    bundledOut = testBuildDir('leak-bundled');
    lakeOut = testBuildDir('leak-lake');
    await buildSite({ outDir: bundledOut, env: { LOCAL_DATASET: file } });
    await buildSite({
      outDir: lakeOut,
      env: {
        SANITY_PROJECT_ID: 'leak1234',
        SANITY_DATASET: 'production',
        SANITY_API_HOST: standIn.apiHost,
        SANITY_API_READ_TOKEN: token,
      },
    });
  }, 240_000);
  afterAll(() => standIn?.close());

  it('builds the published story through both backends', () => {
    for (const outDir of [bundledOut, lakeOut]) {
      expect(readFileSync(join(outDir, 'historier/story-public/index.html'), 'utf8')).toContain('Offentlig historie');
    }
  });

  it.each(markers)('%s appears nowhere in either build', (marker) => {
    expect(occurrences(bundledOut, marker)).toEqual([]);
    expect(occurrences(lakeOut, marker)).toEqual([]);
  });

  it('gives no page to a document that exists only as a draft', () => {
    expect(() => statSync(join(bundledOut, 'historier/story-unpublished'))).toThrow();
    expect(() => statSync(join(lakeOut, 'historier/story-unpublished'))).toThrow();
  });

  it('queried the Content Lake with the published perspective and the token, and wrote the token nowhere', () => {
    expect(standIn.requests.length).toBeGreaterThan(5);
    expect(standIn.requests.every((request) => request.perspective === 'published')).toBe(true);
    expect(standIn.requests.every((request) => request.headers.authorization === `Bearer ${token}`)).toBe(true);
    expect(occurrences(lakeOut, token)).toEqual([]);
    expect(occurrences(lakeOut, token.slice(3, 20))).toEqual([]);
  });
});

describe('hostile text is escaped, never executed', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = testBuildDir('hostile');
    await buildSite({
      outDir,
      env: { LOCAL_DATASET: fixtureDataset({ extra: 'tests/fixtures/hostile/data.ndjson' }) },
    });
  }, 240_000);

  it('shows the text of the hostile story', () => {
    const html = readFileSync(join(outDir, 'historier/hostile/index.html'), 'utf8');
    expect(html).toContain('Historie &quot;&gt;&lt;script&gt;');
  });

  // Parsed as a browser parses it: "<script>" inside an attribute value or as escaped text is harmless text.
  const documents = () =>
    builtText(outDir)
      .filter(({ file }) => file.endsWith('.html'))
      .map(({ file, text }) => ({ file, $: load(text) }));

  it('emits no <script> the site did not write itself, and no event-handler attributes', () => {
    for (const { file, $ } of documents()) {
      $('script').each((_, element) => {
        const script = $(element);
        // Our own: JSON-LD data blocks (escaped JSON), and module scripts Astro bundled from our source (only /sok).
        expect(script.attr('type'), file).toMatch(/^(application\/ld\+json|module)$/);
        if (script.attr('type') === 'application/ld+json') expect(() => JSON.parse(script.text()), file).not.toThrow();
        else expect(script.attr('src') ?? '', file).toMatch(/^\/_astro\//);
      });
      $('*').each((_, element) => {
        for (const name of Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {}))
          expect(name, file).not.toMatch(/^on/i);
      });
    }
  });

  it('puts no editor text inside a <style> element', () => {
    for (const { file, $ } of documents()) {
      $('style').each((_, element) => expect($(element).text(), file).not.toMatch(/Ingress|XSS|display:none/));
    }
  });

  it('has no attribute that starts with a dangerous scheme', () => {
    for (const { file, text } of builtText(outDir).filter(({ file }) => file.endsWith('.html'))) {
      expect(text, file).not.toMatch(
        /(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data:text\/html)/i,
      );
    }
  });
});

describe('secrets and imports', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : /\.(ts|astro|mjs|js|json|md|yml)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );

  it('no PUBLIC_ variable (which Astro would ship to the browser) carries a token', () => {
    for (const file of [...sourceFiles('src'), 'astro.config.mjs']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/PUBLIC_[A-Z_]*(TOKEN|SECRET)/);
    }
  });

  it('every import script uses --missing and none uses --replace', () => {
    const scripts = ['package.json', 'studio/package.json'].flatMap((file) =>
      Object.values(JSON.parse(readFileSync(file, 'utf8')).scripts as Record<string, string>),
    );
    // `npm run seed` imports through studio/seed/import-dataset.ts, whose arguments tests/studio/seed-import.test.ts
    // checks for --missing; no script calls the import on its own.
    expect(scripts.filter((script) => script.includes('dataset import'))).toEqual([]);
    expect(scripts.some((script) => script.includes('seed/import-dataset.ts'))).toBe(true);
    for (const file of [
      ...sourceFiles('shared'),
      ...sourceFiles('studio/lib'),
      ...sourceFiles('studio/seed'),
      ...sourceFiles('scripts'),
      'package.json',
      'studio/package.json',
      resolve('README.md'),
    ]) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('--replace');
    }
  });
});

describe('security headers for the static host', () => {
  /** Netlify/Cloudflare `_headers`: a path line, then indented "Name: value" lines. */
  const parseHeaders = (text: string) => {
    const rules = new Map<string, Map<string, string>>();
    let current: Map<string, string> | undefined;
    for (const line of text.split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
      else {
        const [name, ...value] = line.trim().split(':');
        current?.set(name.trim().toLowerCase(), value.join(':').trim());
      }
    }
    return rules;
  };

  it('sends HSTS, nosniff, a referrer policy, a permissions policy and frame-ancestors none on every path', () => {
    const all = parseHeaders(readFileSync(join(builtSite, '_headers'), 'utf8')).get('/*')!;
    expect(Number(/max-age=(\d+)/.exec(all.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(all.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('puts a Content-Security-Policy with hashes on every page', () => {
    for (const { file, text } of builtText(builtSite).filter(
      ({ file }) => file.endsWith('.html') && !file.includes('/pagefind/'),
    )) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(text)?.[1];
      expect(csp, file).toBeDefined();
      expect(csp, file).toContain("default-src 'self'");
      expect(csp, file).toContain("'wasm-unsafe-eval'");
      expect(csp, file).not.toContain("'unsafe-inline'");
    }
  });
});
