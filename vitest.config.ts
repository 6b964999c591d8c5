import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can render .astro components with the Container API. Three projects: only the
// tests that read the built site or drive a browser over it wait for the build (global setup); helper, type and
// Studio tests start at once (`npx vitest run --project unit`).
export default getViteConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/typecheck/**/*.test.ts'] } },
      { extends: true, test: { name: 'studio', include: ['tests/studio/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
