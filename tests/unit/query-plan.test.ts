import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, parse } from 'groq-js';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generate';
import { renderedTypes } from '../../src/lib/content-guard/schemas';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import * as queries from '../../src/lib/sanity/queries';
import { narrowToTypes, needsNormalising, typesAdmitted } from '../../src/lib/sanity/query-plan';

describe('typesAdmitted', () => {
  it.each([
    ['_type == "place"', ['place']],
    ['"place" == _type', ['place']],
    ['@._type == "place"', ['place']],
    ['_type in ["event", "conference"]', ['event', 'conference']],
    ['_type == "place" && status == "active"', ['place']],
    ['status == "active" && _type == "place"', ['place']],
    ['(_type == "event" || _type == "conference") && defined(slug)', ['event', 'conference']],
    ['_type in $types', ['page', 'pillar']],
    ['_type == $type', ['page']],
  ])('«%s» admits %j', (condition, types) => {
    const tree = parse(`*[${condition}]`) as { expr: Parameters<typeof typesAdmitted>[0] };
    expect(typesAdmitted(tree.expr, { types: ['page', 'pillar'], type: 'page' })).toEqual(types);
  });

  it.each([
    'status == "active"',
    '_type == "place" || status == "active"',
    '_type != "place"',
    '!(_type == "place")',
    '_type in ["place", 3]',
    '_type in $missing',
    'place->_type == "place"',
    '_type match "pla*"',
  ])('«%s» could admit any type', (condition) => {
    const tree = parse(`*[${condition}]`) as { expr: Parameters<typeof typesAdmitted>[0] };
    expect(typesAdmitted(tree.expr, {})).toBeNull();
  });
});

describe('narrowToTypes', () => {
  it('narrows a subquery inside a projection, and leaves a filter that names no type over everything', () => {
    const asked: string[][] = [];
    const tree = parse('*[_type == "place"]{ "n": count(*[_type == "projectStory" && place._ref == ^._id]) }');
    const narrowed = JSON.stringify(narrowToTypes(tree, (types) => (asked.push(types), [])));
    expect(asked.sort()).toEqual([['place'], ['projectStory']]);
    expect(narrowed).not.toContain('Everything');

    const untouched = parse('*[slug.current == "x"]');
    expect(narrowToTypes(untouched, () => [])).toEqual(untouched);
  });

  it('leaves the parsed query as it was', () => {
    const tree = parse('*[_type == "place"]');
    const before = JSON.stringify(tree);
    narrowToTypes(tree, () => []);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('needsNormalising', () => {
  it.each([
    ['*[_type == "event"]{ start }', false],
    ['*[_type == "event"]{ "start": dateTime(start) }', true],
    ['dateTime::now()', true],
    ['*[_id in path("drafts.**")]', true],
    ['*[title == "path(x)"]', false],
  ])('%s → %s', (query, expected) => {
    expect(needsNormalising(parse(query))).toBe(expected);
  });
});

// The plan must never change an answer: every query the site and the content guard run gives the same result through
// the bundled source (indexes by _id and _type, no normalising) as through groq-js alone, over the bundled dataset
// and over a generated one with many stories.
describe('the bundled source answers every site query as groq-js alone does', () => {
  const generatedDir = mkdtempSync(join(tmpdir(), 'for-alle-query-plan-'));
  afterAll(() => rmSync(generatedDir, { recursive: true, force: true }));
  const siteQueries = (Object.entries(queries) as [string, unknown][]).filter(
    (entry): entry is [string, string] => entry[0].endsWith('Query') && typeof entry[1] === 'string',
  );

  it('has the site queries to compare', () => {
    expect(siteQueries.length).toBeGreaterThan(20);
  });

  it.each([
    ['the bundled dataset', () => bundledDatasetPath],
    ['300 generated stories', () => generateDataset(300, generatedDir).ndjsonFile],
  ])(
    'over %s',
    async (_name, datasetFile) => {
      const source = await createBundledSource(datasetFile(), 'published');
      const dataset = await source.fetch<unknown[]>('*');
      const slugs = await source.fetch<string[]>('*[_type == "pillar"].slug.current');
      expect(slugs.length).toBeGreaterThan(0);
      for (const [name, query] of siteQueries) {
        const paramSets = query.includes('$slug')
          ? slugs.map((slug) => ({ slug }))
          : query.includes('$types')
            ? [{ types: renderedTypes }]
            : [{}];
        for (const params of paramSets) {
          const plain = await (await evaluate(parse(query), { dataset, params })).get();
          expect(await source.fetch(query, params), `${name} ${JSON.stringify(params)}`).toEqual(plain);
        }
      }
    },
    60_000,
  );
});
