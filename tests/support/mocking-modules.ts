/**
 * Test files that replace a module with `vi.mock`. They run in a fresh module graph of their own (the `mocks` project
 * in vitest.config.ts): among the files that share one, the module may already be loaded for real, so the mock would
 * not take, or the test could not fail. tests/unit/mocking-modules.test.ts checks the list is whole.
 */
export const mockingModules = ['tests/unit/content-guard-imports.test.ts', 'tests/studio/publish-date-action.test.ts'];
