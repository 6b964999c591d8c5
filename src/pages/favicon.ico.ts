// The site's icon for browsers that read no SVG, and for feed readers and bookmarks, which ask for it by this name
// (src/lib/site-icon.ts).
import type { APIRoute } from 'astro';
import { faviconIco } from '../lib/site-icon';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await faviconIco()), { headers: { 'Content-Type': 'image/x-icon' } });
