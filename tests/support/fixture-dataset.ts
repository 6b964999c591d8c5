import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The smallest complete site: settings and the five pillars (tests/fixtures/site-minimal). */
export const minimalSite = resolve('tests/fixtures/site-minimal/data.ndjson');

/** A real place with nothing but what a page needs, for fixture stories to belong to (the minimal site has none). */
export const fixturePlace = {
  _id: 'place-bergen',
  _type: 'place',
  name: 'Bergen',
  slug: { _type: 'slug', current: 'bergen' },
  county: 'Vestland',
  status: 'active',
  location: { _type: 'geopoint', lat: 60.39, lng: 5.32 },
};

/** Another published place like `fixturePlace`, at `slug` (its _id is `place-<slug>`), at a position on the map. */
export function fixturePlaceAt(
  slug: string,
  name: string,
  position: { lat: number; lng: number },
  fields: { county?: string; status?: string } = {},
) {
  return {
    ...fixturePlace,
    _id: `place-${slug}`,
    name,
    slug: { _type: 'slug', current: slug },
    location: { _type: 'geopoint', ...position },
    ...fields,
  };
}

/** A published story at `fixturePlace`, under the collaboration pillar, with `fields` added or replaced. */
export function fixtureStory(slug: string, fields: object = {}) {
  return {
    _id: `story-${slug}`,
    _type: 'projectStory',
    title: `Historie ${slug}`,
    slug: { _type: 'slug', current: slug },
    place: { _type: 'reference', _ref: fixturePlace._id },
    pillar: { _type: 'reference', _ref: 'pillar-samarbeidsprosjekter' },
    ingress: 'Ingress.',
    publishedAt: '2026-01-01T10:00:00Z',
    ...fields,
  };
}

/**
 * Writes a dataset into a fresh temp folder: the lines of `base` (unless null) followed by `extra`, with the
 * `images/` and `files/` folders copied from `imagesFrom` when given. Later documents with the same _id replace earlier ones.
 */
export function fixtureDataset(options: {
  base?: string | null;
  extra?: string | object[];
  imagesFrom?: string;
  prefix?: string;
}): string {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'for-alle-fixture-'));
  const lines =
    options.base === null
      ? []
      : readFileSync(options.base ?? minimalSite, 'utf8')
          .split('\n')
          .filter(Boolean);
  const extra =
    typeof options.extra === 'string'
      ? readFileSync(options.extra, 'utf8').split('\n').filter(Boolean)
      : (options.extra ?? []).map((document) => JSON.stringify(document));
  const byId = new Map<string, string>();
  for (const line of [...lines, ...extra]) byId.set(JSON.parse(line)._id, line);
  const file = join(dir, 'data.ndjson');
  writeFileSync(file, [...byId.values()].join('\n') + '\n');
  for (const folder of ['images', 'files'])
    if (options.imagesFrom && existsSync(join(options.imagesFrom, folder)))
      cpSync(join(options.imagesFrom, folder), join(dir, folder), { recursive: true });
  return file;
}
