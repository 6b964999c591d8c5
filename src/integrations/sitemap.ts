import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { noindexPages } from '../lib/noindex-pages';

/**
 * The sitemap (@astrojs/sitemap) of the pages search engines may index. A page that says `noindex` (/sok, invented
 * content, whatever page gets it later) is left out: BaseLayout, the one rule that writes the tag, records it as the
 * page is rendered (tests/build/sitemap.test.ts compares the sitemap with the built pages). Google Search Console
 * reports a submitted page marked `noindex` as an error. A page that shows its own document (a story, an event, …)
 * has a `lastmod`, when that document last changed; `/`, the place pages and the listings have none, since no
 * document's date is theirs (src/lib/content-guard/page-dates.ts says which pages and why).
 */
export function siteSitemap(
  options: {
    /** When a page last changed (`/historier/kor/` → ISO time), for its `lastmod`; undefined leaves it out. */
    lastModified?: (path: string) => string | undefined;
  } = {},
): AstroIntegration {
  return sitemap({
    // Read when the sitemap is written, after every page has been rendered.
    filter: (url) => !noindexPages().has(decodeURIComponent(new URL(url).pathname)),
    serialize: (item) => ({ ...item, lastmod: options.lastModified?.(new URL(item.url).pathname) ?? item.lastmod }),
  });
}
