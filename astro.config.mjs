// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard';
import { draftPreview } from './src/integrations/draft-preview';
import { pagefind } from './src/integrations/pagefind';

// The public address; set SITE_URL in the host's build settings so canonical URLs, sitemap and feeds are right.
const site = process.env.SITE_URL || 'https://foralle.example.no';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Lossless whitespace removal: Astro 7's default ('jsx') drops spaces between a line of text and a link.
  compressHTML: true,
  // One shared, cacheable stylesheet instead of CSS inlined into every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentGuard(), mdx(), sitemap(), pagefind(), draftPreview()],
});
