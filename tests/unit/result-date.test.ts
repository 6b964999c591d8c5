import { describe, expect, it } from 'vitest';
import { osloDay } from '@for-alle/shared/dates';
import { formatDate } from '../../src/lib/format';
import { resultDate } from '../../src/scripts/search/result-date';

describe('resultDate', () => {
  it('writes every day as the rest of the site does (src/lib/format.ts)', () => {
    const mismatches: string[] = [];
    for (let time = Date.UTC(2015, 0, 1, 12); time < Date.UTC(2036, 0, 1); time += 24 * 60 * 60 * 1000) {
      const day = osloDay(new Date(time));
      if (resultDate(day) !== formatDate(day)) mismatches.push(`${day}: ${resultDate(day)} ≠ ${formatDate(day)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('shows a value that is not a day as it is', () => {
    expect(resultDate('2025')).toBe('2025');
    expect(resultDate('2025-13-01')).toBe('2025-13-01');
  });
});
