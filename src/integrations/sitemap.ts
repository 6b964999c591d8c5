import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** Whether a built page asks search engines not to index it (`<meta name="robots" content="noindex">`). */
function saysNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);
}

/**
 * The sitemap (@astrojs/sitemap) of the pages search engines may index. A page that says `noindex` (/sok, invented
 * content, whatever page gets it later) is left out by reading the built page itself, so the one rule that writes the
 * tag (BaseLayout) also decides the sitemap: Google Search Console reports a submitted page marked `noindex` as an
 * error. Each page's `lastmod` is when its documents last changed, where the content guard knows them.
 */
export function siteSitemap(
  options: {
    /** When a page last changed (`/historier/kor/` → ISO time), for its `lastmod`; undefined leaves it out. */
    lastModified?: (path: string) => string | undefined;
  } = {},
): AstroIntegration {
  let outDir = '';
  const indexable = (url: string) => {
    const file = join(outDir, decodeURIComponent(new URL(url).pathname), 'index.html');
    return !existsSync(file) || !saysNoindex(readFileSync(file, 'utf8'));
  };
  const inner = sitemap({
    filter: indexable,
    serialize: (item) => ({ ...item, lastmod: options.lastModified?.(new URL(item.url).pathname) ?? item.lastmod }),
  });
  const buildDone = inner.hooks['astro:build:done']!;
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (options) => {
        outDir = fileURLToPath(options.dir);
        await buildDone(options);
      },
    },
  };
}
