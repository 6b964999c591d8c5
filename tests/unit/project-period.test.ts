// The project period on a story page says what the editor set in «Periode», never the opposite.
import { describe, expect, it } from 'vitest';
import { projectPeriodText } from '../../src/lib/content/project-period';

describe('a story’s project period', () => {
  it('says «pågår» only for a project the editor left running', () => {
    expect(projectPeriodText({ startYear: 2024, ongoing: true })).toBe('fra 2024, pågår');
    // An end year next to a ticked «Pågår fortsatt» is warned about in the Studio; the tick wins.
    expect(projectPeriodText({ startYear: 2024, endYear: 2026, ongoing: true })).toBe('fra 2024, pågår');
    // Written before «Pågår fortsatt» existed, with no end year.
    expect(projectPeriodText({ startYear: 2024 })).toBe('fra 2024, pågår');
  });

  it('says an ended project has ended, even when its end year is not given', () => {
    expect(projectPeriodText({ startYear: 2024, ongoing: false })).toBe('fra 2024');
    expect(projectPeriodText({ startYear: 2022, endYear: 2024, ongoing: false })).toBe('2022–2024');
    expect(projectPeriodText({ startYear: 2022, endYear: 2024 })).toBe('2022–2024');
  });

  it('gives a single year once, and keeps an end year given without a start', () => {
    expect(projectPeriodText({ startYear: 2025, endYear: 2025, ongoing: false })).toBe('2025');
    expect(projectPeriodText({ endYear: 2026, ongoing: false })).toBe('til 2026');
  });

  it('says nothing when nothing is known', () => {
    expect(projectPeriodText(null)).toBeNull();
    expect(projectPeriodText({ ongoing: true })).toBeNull();
    expect(projectPeriodText({ ongoing: false })).toBeNull();
  });
});
