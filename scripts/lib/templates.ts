// One page of each template in a built site, for the tests that check every template (axe, keyboard, reflow).
// Pages whose slug depends on content are taken from what was built, so the list follows the dataset.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built site the browser tests serve: dist/, built by global-setup. SITE_DIST points them at another build,
 * e.g. a private one while someone else rebuilds dist/ (`SKIP_SITE_BUILD=1 SITE_DIST=.tmp/x npx vitest run …`).
 */
export const siteDir = process.env.SITE_DIST || 'dist';

export interface Template {
  name: string;
  path: string;
}

/** The first built page under `dir` (alphabetically), skipping listing sub-routes such as `sted/` and `side/`. */
function firstChild(distDir: string, dir: string, skip: string[] = []): string | null {
  const root = join(distDir, dir);
  if (!existsSync(root)) return null;
  const child = readdirSync(root, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && !skip.includes(entry.name) && existsSync(join(root, entry.name, 'index.html')),
    )
    .map((entry) => entry.name)
    .sort()[0];
  return child ? `/${dir}/${child}` : null;
}

function builtFile(distDir: string, path: string): string {
  return path.endsWith('.html') ? join(distDir, path) : join(distDir, path, 'index.html');
}

/** Every template of the site with a concrete page for each; throws when the build lacks one. */
export function templatePages(distDir = siteDir): Template[] {
  const candidates: [string, string | null][] = [
    ['home', '/'],
    ['pillar: samarbeidsprosjekter', '/samarbeidsprosjekter'],
    ['pillar: inkluderingsprosjekter', '/inkluderingsprosjekter'],
    ['pillar: forskning', '/forskning'],
    ['pillar: konferanse', '/konferanse'],
    ['pillar: aktivitetsstøtte', '/aktivitetsstotte'],
    ['place list', '/steder'],
    ['place', firstChild(distDir, 'steder')],
    ['story list', '/historier'],
    ['story list page 2', existsSync(join(distDir, 'historier/side/2/index.html')) ? '/historier/side/2' : null],
    ['story list by place', firstChild(distDir, 'historier/sted')],
    ['story list by pillar', firstChild(distDir, 'historier/tema')],
    ['story', firstChild(distDir, 'historier', ['sted', 'tema', 'side'])],
    ['event list', '/arrangementer'],
    ['event', firstChild(distDir, 'arrangementer')],
    ['conference archive year', firstChild(distDir, 'konferanse')],
    ['research update', firstChild(distDir, 'forskning')],
    ['generic page', '/om'],
    ['generic page with questions and their contacts', '/kontakt'],
    ['privacy (MDX)', '/personvern'],
    ['accessibility statement (MDX)', '/tilgjengelighetserklaering'],
    ['404', '/404.html'],
  ];
  const optional = new Set(['story list page 2']);
  const missing = candidates.filter(
    ([name, path]) => !optional.has(name) && (!path || !existsSync(builtFile(distDir, path))),
  );
  if (missing.length) throw new Error(`${distDir} lacks templates: ${missing.map(([name]) => name).join(', ')}`);
  return candidates
    .filter((candidate): candidate is [string, string] => candidate[1] !== null)
    .map(([name, path]) => ({ name, path }));
}
