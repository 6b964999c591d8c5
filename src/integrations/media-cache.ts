import type { AstroIntegration } from 'astro';
import { pruneMediaCache } from '../lib/sanity/image-bytes';

/**
 * With PRUNE_MEDIA_CACHE=1 (the deploy workflow), deletes from .cache/media what the build did not use, once every
 * page is written: the cache goes from deploy to deploy, and a picture taken off the site must not stay in it. Not by
 * default: the tests' builds share the one cache, and each would empty it of the others' pictures.
 */
export function mediaCache(): AstroIntegration {
  return {
    name: 'for-alle:media-cache',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (process.env.PRUNE_MEDIA_CACHE !== '1') return;
        const deleted = await pruneMediaCache();
        logger.info(`Media cache: deleted ${deleted} ${deleted === 1 ? 'file' : 'files'} this build did not use.`);
      },
    },
  };
}
