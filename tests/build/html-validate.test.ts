// html-validate's recommended, document and a11y presets over every HTML file of the site built from the bundled
// dataset: no errors. The configuration, and the reason for every rule that is changed, is in .htmlvalidate.mjs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../support/html-validator';

const distDir = process.env.SITE_DIST || 'dist';
const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

describe('html-validate over the built site', () => {
  it('finds every page (more than 50)', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('reports no errors on any page', async () => {
    const errors: Record<string, string[]> = {};
    for (const file of files) {
      const found = await htmlErrors(join(distDir, file));
      if (found.length > 0) errors[`/${file}`] = found;
    }
    expect(errors).toEqual({});
  });
});
