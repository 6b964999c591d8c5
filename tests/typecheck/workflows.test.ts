// The deploy workflow cannot run here (no GitHub), so a mistyped key or a wrong shape would first show when the site
// is due to go out. action-validator checks each workflow against GitHub's published schema for workflow files.
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTypeCheck } from '../support/type-check';

const workflowDir = '.github/workflows';

describe('the GitHub workflows', () => {
  it('follow GitHub’s schema for workflow files', async () => {
    const files = (await readdir(workflowDir)).filter((name) => /\.ya?ml$/.test(name));
    expect(files).toContain('deploy.yml');
    for (const file of files) {
      const { code, output } = await runTypeCheck('action-validator', [join(workflowDir, file)]);
      expect(code, `${file}\n${output.slice(-3000)}`).toBe(0);
    }
  }, 60_000);

  it('would be refused with a step under a misspelt key', async () => {
    // The deploy workflow with one job's «steps» misspelt: proves the check reads the file and can fail.
    const dir = await mkdtemp(join(tmpdir(), 'for-alle-workflow-'));
    const broken = join(dir, 'deploy.yml');
    await copyFile(join(workflowDir, 'deploy.yml'), broken);
    const text = await readFile(broken, 'utf8');
    expect(text).toMatch(/^ {4}steps:$/m);
    await writeFile(broken, text.replace(/^ {4}steps:$/m, '    stepz:'));
    const { code, output } = await runTypeCheck('action-validator', [broken]);
    expect(code).not.toBe(0);
    expect(output).toContain('stepz');
  }, 60_000);
});
