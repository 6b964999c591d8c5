// Knip (config in knip.jsonc) finds files nothing imports, exports no other file uses, and dependencies that are
// unused or not in package.json. An export says "another file relies on this": one that nothing relies on should be
// local or gone. Test files count as users, so an export a test imports is kept.
import { expect, test } from 'vitest';
import { runTypeCheck } from '../support/type-check';

test('knip finds no unused files, exports or dependencies', async () => {
  // A configuration hint (an entry or ignore that no longer matches anything) fails too, so knip.jsonc stays true.
  const { code, output } = await runTypeCheck('knip', ['--no-progress', '--treat-config-hints-as-errors']);
  expect(code, output.slice(-4000)).toBe(0);
}, 180_000);
