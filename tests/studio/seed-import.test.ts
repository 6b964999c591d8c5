// `npm run seed`: what goes into a real Sanity project from the bundled dataset. Everything published, never a draft
// (the dataset's test drafts would sit over a published story in the Studio), and nothing that already exists replaced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDataset, importArguments, publishedOnly } from '../../studio/seed/import-dataset.ts';

const ids = (ndjson: string) =>
  ndjson
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { _id: string })._id);

describe('npm run seed', () => {
  const exported = readFileSync(bundledDataset, 'utf8');
  const { ndjson, leftOut } = publishedOnly(exported);

  it('imports every published document of the bundled dataset', () => {
    const published = ids(exported).filter((id) => !id.startsWith('drafts.') && !id.startsWith('versions.'));
    expect(published.length).toBeGreaterThan(100);
    expect(ids(ndjson)).toEqual(published);
  });

  it('leaves out the test drafts, so no «UTKAST-MARKØR» text reaches the editors', () => {
    expect(leftOut).toContain('drafts.story-bergen-utstyrsbanken');
    expect(ids(ndjson).filter((id) => id.startsWith('drafts.'))).toEqual([]);
    expect(exported).toContain('UTKAST-MARKØR');
    expect(ndjson).not.toContain('UTKAST-MARKØR');
  });

  it('never replaces a document that already exists in the project', () => {
    const args = importArguments('import.ndjson', 'production');
    expect(args).toContain('--missing');
    expect(args.slice(0, 3)).toEqual(['dataset', 'import', 'import.ndjson']);
  });
});
