// Link integrity with linkinator: every internal link, asset and #fragment in a built site resolves, srcset files
// included. Links to other sites are skipped (there is no network here, and they are editors' to keep).
import { check, LinkState } from 'linkinator';
import { builtSite, pagePaths } from './dist';

/**
 * Crawls a built site from its home page: the links that lead nowhere (`<status> <url> (på <page>)`), and the pages of
 * the build the crawl never reached, so went unchecked.
 */
export async function checkLinks(distDir = builtSite): Promise<{ broken: string[]; unreached: string[] }> {
  const result = await check({
    path: `${distDir}/`,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    cleanUrls: true,
    concurrency: 50,
    linksToSkip: async (link) =>
      !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link) && /^[a-z][a-z0-9+.-]*:/i.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.status} ${link.url} (på ${link.parent})`);
  // Linkinator reports local links as file paths ("dist/historier/index.html").
  const sitePath = (url: string) =>
    url
      .replace(distDir, '')
      .replace(/[#?].*$/, '')
      .replace(/(\/index\.html|\/)$/, '');
  const checked = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => sitePath(link.url)));
  const pages = pagePaths(distDir).map((path) => path.replace(/\/$/, ''));
  // /sok is reached through the search form in every page's header (a form action, not a link).
  const unreached = pages.filter((path) => path && path !== '/sok' && !checked.has(path));
  return { broken, unreached };
}
