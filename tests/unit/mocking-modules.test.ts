// The unit and Studio tests share a module graph (vitest.config.ts); a file that mocks a module must run apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { mockingModules } from '../support/mocking-modules';

const testFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(folder, file));

it('runs every test file that mocks a module in a module graph of its own', () => {
  const mocking = [...testFiles('tests/unit'), ...testFiles('tests/studio')].filter((file) =>
    /\bvi\.(do)?mock\(/.test(readFileSync(file, 'utf8')),
  );
  expect(mocking.length).toBeGreaterThan(0);
  expect(mocking.toSorted()).toEqual(mockingModules.toSorted());
});
