// `astro check` type-checks every .astro component and TypeScript file against the TypeGen query types, so a
// query or schema change that leaves a page reading a field it no longer gets fails here, not on a visitor's screen.
import { expect, test } from 'vitest';
import { runTypeCheck } from '../support/type-check';

test('the site type-checks with astro check', async () => {
  const { code, output } = await runTypeCheck('astro', ['check']);
  expect(code, output.slice(-4000)).toBe(0);
  expect(output).toMatch(/- 0 errors/);
}, 180_000);
