// For browser tests that open pages in contexts of their own: every context is closed after each test, and a test
// fails when a page threw an error, even if its own assertions passed.
import type { BrowserContext } from 'playwright-core';
import { afterEach, expect } from 'vitest';

export function closeContextsAndCheckErrors(): { contexts: BrowserContext[]; pageErrors: string[] } {
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(pageErrors.splice(0), 'errors in the page').toEqual([]);
  });
  return { contexts, pageErrors };
}
