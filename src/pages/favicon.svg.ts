// The site's icon as browsers' tabs show it (src/lib/site-icon.ts).
import type { APIRoute } from 'astro';
import { siteIconSvg } from '../lib/site-icon';

export const GET: APIRoute = () =>
  new Response(siteIconSvg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
