// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadEnv } from 'vite';
import { contentGuard } from './src/integrations/content-guard';
import { draftPreview } from './src/integrations/draft-preview';
import { mediaCache } from './src/integrations/media-cache';
import { searchRecords } from './src/integrations/search-records';
import { siteSitemap } from './src/integrations/sitemap';

// Astro puts the .env files into process.env only when Vite starts: after this file has read SITE_URL, and after the
// content guard has chosen its content source, so a SANITY_PROJECT_ID in .env reached the pages but not the guard.
// Read them now, as Astro will (the shell wins over the files). Not under Vitest (its processes and the builds they
// start): the tests build from what they set, never from a developer's .env (tests/support/build-site.ts).
// https://docs.astro.build/en/guides/environment-variables/#in-the-astro-config-file
if (!process.env.VITEST) Object.assign(process.env, loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), ''));

// The public address; set SITE_URL in the host's build settings so canonical URLs, sitemap and feeds are right.
const site = process.env.SITE_URL || 'https://foralle.example.no';

// The content guard dates each page that shows its own document; the sitemap gives those pages their lastmod.
const guard = contentGuard();

export default defineConfig({
  site,
  // Every page is built as <path>/index.html, and its address ends in «/» (its canonical URL, the sitemap and every
  // link: documentPath in shared/document-path.ts). Cloudflare Pages serves /konferanse/2027/ and answers
  // /konferanse/2027 with a redirect to it, so a link without the slash costs a round trip. 'always' makes
  // `npm run dev` answer such a link with a 404 as well, so it is seen at once; tests/build/canonical-links.test.ts
  // checks every link in dist. The draft preview answers both forms (src/integrations/draft-preview.ts).
  trailingSlash: 'always',
  // Lossless whitespace removal: Astro 7's default ('jsx') drops spaces between a line of text and a link.
  // .prettierrc.json mirrors this (astroCompressHTML: 'html'), and formats templates with
  // htmlWhitespaceSensitivity: 'strict': with 'css' it adds spaces inside <p>, <li> and <h2>, and Pagefind then
  // leaves out the full stop it puts between blocks in search excerpts («Rogaland I Arendal»).
  compressHTML: true,
  // One shared, cacheable stylesheet instead of CSS inlined into every page.
  // Four pages at a time: while one page's file is written or an image is resized (off the main thread), the next
  // is rendered. 10,000 stories build in 23 s instead of 32 s (docs/benchmark.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The two MDX pages hold no code. Shiki's colours are inline styles, which the CSP below refuses, and Astro warned
  // of it on every build.
  markdown: { syntaxHighlight: false },
  integrations: [
    guard,
    mdx(),
    siteSitemap({ lastModified: guard.lastModified }),
    searchRecords(),
    draftPreview(),
    mediaCache(),
  ],
  // The dev server (the draft preview) would otherwise watch the scratch folder too: after `npm run bench` it holds
  // some 150,000 generated files, and `npm run preview:drafts` took minutes to start instead of seconds.
  vite: { server: { watch: { ignored: ['**/.tmp/**'] } } },
  // Two routes (or one route twice) at the same address would otherwise drop one page with only a warning. The
  // content guard names the documents first (duplicate slugs and years, pages at the site's own addresses).
  prerenderConflictBehavior: 'error',
  // A Content-Security-Policy <meta> on every page with hashes of Astro's own scripts and styles. Pagefind
  // compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). frame-ancestors cannot live in a
  // <meta>: it is sent as a header (public/_headers).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
