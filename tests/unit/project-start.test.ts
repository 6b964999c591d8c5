// The start year under a collaboration project's heading on its place's page, by the build's "now".
import { describe, expect, it } from 'vitest';
import { projectStartText } from '../../src/lib/content/project-start';

describe('a collaboration project’s start', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it('says «Startet» for this year and earlier years', () => {
    expect(projectStartText(2020, now)).toBe('Startet 2020');
    expect(projectStartText(2026, now)).toBe('Startet 2026');
  });

  it('says «Starter» for a year still to come, not that the project has started', () => {
    expect(projectStartText(2027, now)).toBe('Starter 2027');
  });

  it('counts the year in Oslo: on New Year’s Eve at 23.30 UTC it is already the new year there', () => {
    expect(projectStartText(2027, new Date('2026-12-31T23:30:00Z'))).toBe('Startet 2027');
  });

  it('says nothing without a year', () => {
    expect(projectStartText(null, now)).toBeNull();
  });
});
