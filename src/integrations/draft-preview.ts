import type { AstroIntegration } from 'astro';
import { isDraftPreview } from '../lib/draft-preview-mode';
import { sourceConfigFromEnv } from '../lib/sanity/config';
import { createContentSource } from '../lib/sanity/content-source';

/** Vite's own paths (client, modules, optimised deps, built assets): no page is rendered for them. */
const viteInternals = /^\/(?:@|node_modules\/|src\/|_astro\/|\.astro\/)/;

/**
 * Draft preview, served by `astro dev` when PREVIEW_DRAFTS=1 (`npm run preview:drafts`); does nothing otherwise.
 *
 * - Refuses `astro build` with the flag set, so drafts can never reach the static site.
 * - Checks the drafts source before the server starts: a Content Lake project without SANITY_API_READ_TOKEN, or
 *   one that does not answer, stops the start with a Norwegian message instead of failing on the first page.
 * - Turns the dev toolbar off and sends `X-Robots-Tag: noindex` and `Cache-Control: no-store` with every page.
 * - Answers a page's address with or without its trailing slash (`trailingSlash: 'ignore'`), as the public host
 *   does by redirecting: an address an editor pastes or kept from before still opens, instead of Astro's
 *   development 404 «trailing slash mismatch». The site's own links all end in «/» either way.
 * - Forgets the dev server's cached `getStaticPaths` results on every page request. Astro keeps them until a
 *   source file changes, and this site passes each document to its page as a prop, so without this a reload
 *   would show the draft as it was at the first request. (`astro:content-changed` is the event Astro's own
 *   content layer sends to clear that cache: astro/dist/vite-plugin-app/createAstroServerApp.js.)
 */
export function draftPreview(): AstroIntegration {
  return {
    name: 'for-alle:draft-preview',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        if (!isDraftPreview()) return;
        if (command === 'build') {
          throw new Error(
            'PREVIEW_DRAFTS=1 er bare for forhåndsvisningen (npm run preview:drafts). Et bygg med utkast ville ' +
              'publisert upublisert innhold; fjern PREVIEW_DRAFTS og bygg på nytt.',
          );
        }
        if (command !== 'dev') return;
        // Throws the Norwegian "krever SANITY_API_READ_TOKEN" error for a Content Lake project without a token.
        const source = await createContentSource(sourceConfigFromEnv(process.env, 'drafts'));
        try {
          await source.documentCount();
        } catch (error) {
          throw new Error(
            `Forhåndsvisningen fikk ikke lest innhold fra ${source.description}: ${(error as Error).message}`,
          );
        }
        // A progress line, so English; what stops the preview is Norwegian (README: the build log's two languages).
        logger.info(`Draft preview of ${source.description}`);
        updateConfig({ devToolbar: { enabled: false }, trailingSlash: 'ignore' });
      },
      'astro:server:setup': ({ server }) => {
        if (!isDraftPreview()) return;
        server.middlewares.use((request, response, next) => {
          const path = request.url ?? '/';
          if (!viteInternals.test(path)) {
            response.setHeader('X-Robots-Tag', 'noindex, nofollow');
            response.setHeader('Cache-Control', 'no-store');
            for (const environment of Object.values(server.environments)) {
              if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
            }
          }
          next();
        });
      },
    },
  };
}
