// An address on this site that an editor typed gets the trailing slash its page's address has (every page is built
// as <path>/index.html; Cloudflare Pages redirects the address without the slash). Files and other sites keep theirs.
import { describe, expect, it } from 'vitest';
import { hrefFor, siteHref } from '../../src/lib/routes';

describe('siteHref', () => {
  it.each([
    ['/kontakt', '/kontakt/'],
    ['/kontakt/', '/kontakt/'],
    ['/om#styret', '/om/#styret'],
    ['/sok?q=utstyr', '/sok/?q=utstyr'],
    ['/historier/side/2', '/historier/side/2/'],
    ['/', '/'],
    ['/rss.xml', '/rss.xml'],
    ['/arrangementer/workshop-bergen-2027.ics', '/arrangementer/workshop-bergen-2027.ics'],
    ['#soknad', '#soknad'],
    ['?q=utstyr', '?q=utstyr'],
    ['//example.no/side', '//example.no/side'],
    ['https://www.uutilsynet.no/regelverk', 'https://www.uutilsynet.no/regelverk'],
    ['mailto:post@example.no', 'mailto:post@example.no'],
  ])('%s → %s', (href, expected) => {
    expect(siteHref(href)).toBe(expected);
  });

  it('is applied to a menu item with a typed address, not only to rich text', () => {
    expect(hrefFor({ href: '/historier' })).toBe('/historier/');
    expect(hrefFor({ href: 'javascript:alert(1)' })).toBeNull();
  });
});
