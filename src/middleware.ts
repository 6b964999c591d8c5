// Every page Astro renders (at build time, and in the draft preview) passes through here once.
import { defineMiddleware } from 'astro:middleware';
import { hyphenateHeadings } from './lib/typography';

/** Soft hyphens in the long words of headings (typography.ts says why); other responses pass untouched. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  // The body grows by two bytes a soft hyphen: a length set for the old one would cut the page short.
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(hyphenateHeadings(html), { status: response.status, headers });
});
