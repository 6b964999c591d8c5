import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { mockingModules } from './tests/support/mocking-modules.ts';

// Astro's Vite config, so tests can render .astro components with the Container API. Only the tests that read the
// built site or drive a browser over it wait for the build (global setup); helper, type and Studio tests start at
// once (`npx vitest run --project unit`). Within a project the files share one module graph (`isolate: false`):
// importing `sanity` afresh for each Studio file took 3.5 s a file, and in all a fresh graph per file cost CI about
// 130 of its 620 s of tests (measured 2026-11-27). A file that mocks a module runs apart, in `mocks`.
// Two files at a time at least: Vitest's default (cores − 1) is one on CI's 2 cores, where the files ran one after
// another and used about one core. Six of the slowest site files took 287 s instead of 336 s with two workers on a
// busy machine (2026-11-28); on a quiet one the gain is larger.
// The Studio's components are React, and its tsconfig leaves JSX to the Studio's own build (`sanity build`): the
// projects that import them compile it as that build does.
const studioJsx = { jsx: { runtime: 'automatic', importSource: 'react' } } as const;

export default getViteConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      // Vitest runs the projects' files in the order of the projects' names. The type checks and the env-file test
      // wait on child processes (`astro check` alone 26 s): as `checks` they start first, beside the other projects'
      // files, instead of running last with the other worker idle (about 20 s of CI, 2026-11-28).
      {
        extends: true,
        test: {
          name: 'checks',
          include: ['tests/typecheck/**/*.test.ts', 'tests/unit/env-files.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...mockingModules, 'tests/unit/env-files.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        oxc: studioJsx,
        test: { name: 'studio', include: ['tests/studio/**/*.test.ts'], exclude: mockingModules, isolate: false },
      },
      { extends: true, oxc: studioJsx, test: { name: 'mocks', include: mockingModules } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          isolate: false,
        },
      },
    ],
  },
});
