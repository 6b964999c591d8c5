// Each build writes a report for editors (warnings that do not stop publishing). The test build of the bundled
// dataset (global setup) wrote it beside dist/, with the same remarks for the Studio's status pane.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentCheck } from '@for-alle/shared/site-status';
import { builtSite } from '../support/dist';

describe('the content report', () => {
  const report = () => readFileSync(`${builtSite}.innholdsrapport.md`, 'utf8');

  it('was written in Norwegian by the build, which still succeeded', () => {
    expect(report()).toMatch(/^# Innholdsrapport/);
    expect(report()).toContain('de stopper ikke publiseringen');
  });

  it('gives the Studio’s status pane the same remarks, each with the document to open', () => {
    const check = JSON.parse(readFileSync(`${builtSite}.innholdskontroll.json`, 'utf8')) as ContentCheck;
    expect(check.problems).toEqual([]);
    const listed = report()
      .split('\n')
      .filter((line) => line.startsWith('- '));
    expect(check.remarks).toHaveLength(listed.length);
    expect(check.remarks.length).toBeGreaterThan(0);
    for (const [index, remark] of check.remarks.entries()) {
      // The report's line opens with the same words: the document and field, then the id, type and path.
      expect(listed[index]).toContain(`- ${remark.where}: «${remark.documentId}»`);
      expect(listed[index]).toContain(remark.message);
      expect(remark.documentType).not.toBe('');
    }
  });
});
