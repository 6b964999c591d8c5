// Link integrity with linkinator (tests/support/links.ts): every internal link, asset and #fragment in the built
// site resolves. A site with cropped pictures in every kind of place is checked in cropped-pictures.test.ts.
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links';

describe('the built site', () => {
  it('has no broken internal link, asset or #fragment', { timeout: 180_000 }, async () => {
    const { broken, unreached } = await checkLinks();
    expect(broken).toEqual([]);
    // The crawl reached every page of the build, so nothing went unchecked.
    expect(unreached).toEqual([]);
  });
});
