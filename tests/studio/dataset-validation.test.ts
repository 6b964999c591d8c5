// Every document in the bundled dataset passes the Studio schema's own validation rules (errors and warnings),
// run offline with the sanity package's validateDocument.
import { describe, expect, test } from 'vitest';
import { readDataset, validate } from './dataset';

const dataset = readDataset();

describe('the bundled dataset', () => {
  test.each(dataset.map((doc) => [doc._id, doc] as const))('%s passes the Studio validation', async (_id, doc) => {
    const markers = await validate(doc, dataset);
    expect(markers.map((m) => `${m.level} ${JSON.stringify(m.path)}: ${m.message}`)).toEqual([]);
  });
});
