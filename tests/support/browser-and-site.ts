// The set-up most browser test files share: one headless Chromium and one static server over the built site for the
// whole file, started side by side before its first test and closed after its last.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { launchChromium } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { siteDir } from '../../scripts/lib/templates';

export interface BrowserAndSite {
  browser: Browser;
  site: StaticServer;
  /** The bundled dataset's published documents, for tests that read what to expect from the content. */
  data: ContentSource;
}

/**
 * Registers the file's `beforeAll` and `afterAll` hooks and returns the object they fill: read its fields inside
 * tests and hooks, not at the top of the file, where they are not set yet.
 */
export function useBrowserAndSite(dir = siteDir): BrowserAndSite {
  const shared = {} as BrowserAndSite;
  beforeAll(async () => {
    [shared.browser, shared.site, shared.data] = await Promise.all([
      launchChromium(),
      startStaticServer(dir),
      createBundledSource(bundledDatasetPath, 'published'),
    ]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}
