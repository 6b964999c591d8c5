// Runs only the Studio tests: npx vitest run --config tests/studio/vitest.config.ts
// (the root config's include, tests/**/*.test.ts, picks them up as well).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/studio/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
