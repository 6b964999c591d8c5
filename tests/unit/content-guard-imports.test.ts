// The content guard runs in the site's build, which must not load the Studio: the `sanity` package is large, and
// pulls in React and the Studio's UI. Shared rules reach the guard through @for-alle/shared, which has no Studio code.
import { expect, it, vi } from 'vitest';

vi.mock('sanity', () => {
  throw new Error('the content guard loaded the sanity package');
});

it('loads without the sanity package', async () => {
  const { guardContent } = await import('../../src/lib/content-guard/run');
  expect(guardContent).toBeTypeOf('function');
});
