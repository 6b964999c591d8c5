/**
 * CLI config: project and dataset from the environment, with a placeholder project id so that
 * `sanity build`, `schema extract` and `typegen` work offline. TypeGen reads the site's queries and the Studio's own
 * (lib/queries.ts), into one file.
 * https://www.sanity.io/docs/apis-and-sdks/sanity-typegen
 */
import { defineCliConfig } from 'sanity/cli';

export default defineCliConfig({
  api: {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'forallelocal',
    dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  },
  typegen: {
    path: ['../src/**/*.{ts,astro}', 'lib/queries.ts'],
    schema: 'schema.json',
    // TYPEGEN_OUT lets a test generate elsewhere and compare with the committed file.
    generates: process.env.TYPEGEN_OUT || '../src/lib/sanity/sanity.types.ts',
  },
});
