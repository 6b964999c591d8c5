// Builds the site once from the bundled dataset before the tests that read dist/ or drive a browser over it,
// exactly as `npm start` builds it. SKIP_SITE_BUILD=1 reuses an existing build while iterating on tests (dist/, or
// the one SITE_DIST names).
import { buildSite } from './build-site';
import { fixedNow } from './dist';

export default async function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  await buildSite({ outDir: 'dist', env: { BUILD_NOW: fixedNow } });
}
