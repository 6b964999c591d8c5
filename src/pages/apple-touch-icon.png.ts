// The site's icon on a phone's home screen (src/lib/site-icon.ts). iOS asks for it by this name even without the
// <link> in BaseHead.astro.
import type { APIRoute } from 'astro';
import { appleTouchIcon } from '../lib/site-icon';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await appleTouchIcon()), { headers: { 'Content-Type': 'image/png' } });
