import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can render .astro components with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
