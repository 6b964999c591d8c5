// The Studio's own code (schema types, desk structure, document actions, the figure input, sanity.config.ts and the
// seed builder) is only transpiled when it runs, never type-checked: tsc over studio/tsconfig.json does that, so a
// wrong `prepare` argument or a misspelt structure builder method fails here rather than in an editor's Studio.
import { expect, test } from 'vitest';
import { runTypeCheck } from '../support/type-check';

test('the Studio type-checks with tsc', async () => {
  const { code, output } = await runTypeCheck('tsc', ['-p', 'studio/tsconfig.json', '--noEmit']);
  expect(code, output.slice(-4000)).toBe(0);
}, 180_000);
