// Builds the site once from the bundled dataset before the tests that read dist/ or drive a browser over it,
// exactly as `npm start` builds it. SKIP_SITE_BUILD=1 reuses an existing dist/ while iterating on tests.
import { existsSync } from 'node:fs';
import { buildSite } from './build-site';
import { fixedNow } from './dist';

export default async function setup() {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync('dist/index.html')) return;
  await buildSite({ outDir: 'dist', env: { BUILD_NOW: fixedNow } });
}
