// documentPath() (shared/document-path.ts), which the Studio's "Forhåndsvis" and "Åpne på nettstedet" use,
// agrees with the routes the site actually builds: every published document with a path has its page in dist/
// (built by the global setup), and every detail page in dist/ belongs to a document.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentPath, typesWithPages } from '@for-alle/shared/document-path';
import type { PathableDocument } from '@for-alle/shared/document-path';
import { eventCalendarPath, storiesAtPlacePath, storiesInPillarPath } from '../../src/lib/routes';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { builtSite, hasPage, page } from '../support/dist';

type Pathable = PathableDocument & { _id: string };

/** The site's own listing pages under the detail routes, which belong to no single document. */
const listings: Record<string, Set<string>> = {
  historier: new Set(['sted', 'tema', 'side']),
  arrangementer: new Set(),
  forskning: new Set(),
  steder: new Set(),
  konferanse: new Set(),
};

let documents: Pathable[];
let paths: Map<string, string>;
beforeAll(async () => {
  const source = await createBundledSource(bundledDatasetPath, 'published');
  documents = await source.fetch<Pathable[]>(
    '*[_type in $types]{ _id, _type, slug, year, "placeSlug": place->slug.current }',
    {
      types: [...typesWithPages],
    },
  );
  paths = new Map(documents.map((document) => [document._id, documentPath(document) ?? '']));
});

describe('documentPath against the built site', () => {
  it('gives a path to every published document of a type with a page', () => {
    expect(new Set(documents.map((document) => document._type))).toEqual(new Set(typesWithPages));
    for (const document of documents) expect(paths.get(document._id), document._id).not.toBe('');
  });

  it('points every such document at a page that was built', () => {
    for (const document of documents) {
      const path = paths.get(document._id)!;
      expect(hasPage(path), `${document._type} ${document._id} → ${path}`).toBe(true);
      const anchor = path.split('#')[1];
      if (anchor) expect(page(path)(`#${anchor}`), `${path} has #${anchor}`).toHaveLength(1);
    }
  });

  it.each(Object.keys(listings))('finds a document behind every page under /%s/', (route) => {
    const built = readdirSync(join(builtSite, route), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !listings[route].has(entry.name))
      .map((entry) => `/${route}/${entry.name}/`);
    // The pillar's own page (/forskning/) is the listing, not a page under it.
    const mapped = new Set(
      [...paths.values()].filter((path) => path.startsWith(`/${route}/`) && path !== `/${route}/`),
    );
    expect(built.length).toBeGreaterThan(0);
    // A collaboration project shares its place's page, so several documents may map to one path.
    expect(new Set(built)).toEqual(mapped);
  });
});

describe('the listing and calendar paths the pages link to', () => {
  const fetchSlugs = async (query: string) =>
    (await createBundledSource(bundledDatasetPath, 'published')).fetch<string[]>(query);

  it('points every place and pillar with stories at its built story listing', async () => {
    const places = await fetchSlugs(
      '*[_type == "place" && count(*[_type == "projectStory" && place._ref == ^._id]) > 0].slug.current',
    );
    const pillars = await fetchSlugs(
      '*[_type == "pillar" && count(*[_type == "projectStory" && pillar._ref == ^._id]) > 0].slug.current',
    );
    expect(places.length).toBeGreaterThan(0);
    expect(pillars.length).toBeGreaterThan(0);
    for (const slug of places) expect(hasPage(storiesAtPlacePath(slug)), storiesAtPlacePath(slug)).toBe(true);
    for (const slug of pillars) expect(hasPage(storiesInPillarPath(slug)), storiesInPillarPath(slug)).toBe(true);
  });

  it('points every dated event at its built calendar file', async () => {
    const events = await fetchSlugs('*[_type == "event" && defined(slug.current) && defined(start)].slug.current');
    expect(events.length).toBeGreaterThan(0);
    for (const slug of events) expect(hasPage(eventCalendarPath(slug)), eventCalendarPath(slug)).toBe(true);
  });
});
