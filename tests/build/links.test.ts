// Link integrity with linkinator: every internal link, asset and #fragment in the built site resolves.
// Links to other sites are skipped (there is no network here, and they are editors' to keep).
import { check, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { builtSite, pagePaths } from '../support/dist';

describe('the built site', () => {
  it('has no broken internal link, asset or #fragment', { timeout: 180_000 }, async () => {
    const result = await check({
      path: `${builtSite}/`,
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
    expect(broken).toEqual([]);
    // The crawl reached every page of the build, so nothing went unchecked.
    // Linkinator reports local links as file paths ("dist/historier/index.html").
    const sitePath = (url: string) =>
      url
        .replace(builtSite, '')
        .replace(/[#?].*$/, '')
        .replace(/(\/index\.html|\/)$/, '');
    const checked = new Set(
      result.links.filter((link) => link.state === LinkState.OK).map((link) => sitePath(link.url)),
    );
    const pages = pagePaths().map((path) => path.replace(/\/$/, ''));
    // /sok is reached through the search form in every page's header (a form action, not a link).
    expect(pages.filter((path) => path && path !== '/sok' && !checked.has(path))).toEqual([]);
  });
});
