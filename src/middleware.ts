// Every page Astro renders (at build time, and in the draft preview) passes through here once.
import { defineMiddleware } from 'astro:middleware';
import { hyphenateHeadings } from './lib/typography';

/** Soft hyphens in the long words of headings (typography.ts says why); other responses pass untouched. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(hyphenateHeadings(html), { status: response.status, headers: response.headers });
});
