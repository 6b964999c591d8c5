import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The share of the last build's pages that may disappear in one build before it is stopped as suspicious. */
export const maxVanishedShare = 0.1;

/** The site paths of every HTML page in a build directory, sorted: `/`, `/historier/`, … (404 left out). */
export function builtPages(outDir: string): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name === 'index.html')
        pages.push(`/${relative(outDir, dir).split('\\').join('/')}${relative(outDir, dir) ? '/' : ''}`);
    }
  };
  visit(outDir);
  return pages.sort();
}

/** Paths the host redirects (Netlify/Cloudflare `_redirects`: "from to [status]"), which may vanish legitimately. */
export function redirectedPaths(redirectsFile: string): Set<string> {
  if (!existsSync(redirectsFile)) return new Set();
  const normalise = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  return new Set(
    readFileSync(redirectsFile, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => normalise(line.split(/\s+/)[0])),
  );
}

/** Pages of the last build that are gone now without a redirect, and whether that is too many to publish. */
export function compareWithLastBuild(previous: string[], current: string[], redirects: Set<string>) {
  const now = new Set(current);
  const vanished = previous.filter((path) => !now.has(path) && !redirects.has(path));
  return { vanished, tooMany: previous.length > 0 && vanished.length / previous.length > maxVanishedShare };
}
