// Each build writes a report for editors (warnings that do not stop publishing). The test build of the bundled
// dataset (global setup) wrote it beside dist/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/dist';

describe('the content report', () => {
  it('was written in Norwegian by the build, which still succeeded', () => {
    const report = readFileSync(`${builtSite}.innholdsrapport.md`, 'utf8');
    expect(report).toMatch(/^# Innholdsrapport/);
    expect(report).toContain('de stopper ikke publiseringen');
  });
});
