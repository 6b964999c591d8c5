// The desk structure builds against the real schema: stories, then groups by pillar each opening with the pillar's
// page, singletons as single documents, and the lists' filters run over the bundled dataset.
import { evaluate, parse } from 'groq-js';
import { createStructureBuilder } from 'sanity/structure';
import { describe, expect, test } from 'vitest';
import { newEventTitles, newStoryTitles } from '../../studio/lib/templates';
import { structure } from '../../studio/structure';
import { readDataset, studioWorkspace } from './dataset';

async function build() {
  const workspace = await studioWorkspace();
  const S = createStructureBuilder({ source: workspace.unstable_sources[0], perspectiveStack: [] } as never);
  const context = { getClient: () => ({ fetch: async () => 'Bergen' }) };
  const root = structure(S, context as never) as ReturnType<typeof S.list>;
  return {
    S,
    list: root.serialize() as unknown as {
      title: string;
      items: { id: string; title?: string; type: string; child?: unknown }[];
    },
  };
}

/** A child is a builder before serialising and a plain object after; accept both. */
const serialized = (child: unknown) =>
  typeof (child as { serialize?: unknown }).serialize === 'function'
    ? (child as { serialize: () => unknown }).serialize()
    : child;

type Item = { id: string; title?: string; type: string; child?: unknown };
type DocumentListOptions = { options: { filter: string; params?: Record<string, unknown> } };

/** The items of a top-level group, by the group's id. */
async function groupItems(id: string): Promise<Item[]> {
  const { list } = await build();
  const group = list.items.find((entry) => entry.id === id);
  if (!group) throw new Error(`No group ${id}`);
  return (serialized(group.child) as { items: Item[] }).items;
}

async function childOf(groupId: string, itemId: string) {
  const item = (await groupItems(groupId)).find((entry) => entry.id === itemId);
  if (!item) throw new Error(`No ${itemId} in ${groupId}`);
  return serialized(item.child);
}

/** The ids a document list's filter finds in the bundled dataset, at a given time. */
async function idsFound(list: DocumentListOptions, now = new Date()): Promise<string[]> {
  const tree = parse(`*[${list.options.filter}]._id`, { params: list.options.params ?? {} });
  const result = await evaluate(tree, { dataset: readDataset(), params: list.options.params ?? {}, timestamp: now });
  return ((await result.get()) as string[]).sort();
}

describe('desk structure', () => {
  test('top level: the site’s status, stories, one group per pillar, the shared lists, sample content and settings', async () => {
    const { list } = await build();
    expect(list.title).toBe('Innhold');
    expect(list.items.filter((item) => item.type !== 'divider').map((item) => item.title)).toEqual([
      'Status for nettstedet',
      'Historier',
      'Samarbeidsprosjekter',
      'Inkluderingsprosjekter',
      'Forskning',
      'Konferanse og workshops',
      'Aktivitetsstøtte',
      'Sider',
      'Organisasjoner',
      'Personer',
      'Alle satsingsområder',
      'Eksempelinnhold',
      'Innstillinger',
    ]);
  });

  test.each([
    [
      'group-stories',
      [
        'Alle historier',
        'Historier per sted',
        // Not «Om samarbeidsprosjekter»: that read as the pillar's page.
        'Historier om samarbeidsprosjekter',
        'Historier om inkluderingsprosjekter',
      ],
    ],
    [
      'group-collaboration',
      [
        'Siden /samarbeidsprosjekter',
        'Steder',
        'Samarbeidsprosjekter',
        // Not just «Søknadsveiledning»: beside the grant it read as the grant's guide.
        'Søknadsveiledning for samarbeidsprosjekter',
        'Historier om samarbeidsprosjekter',
      ],
    ],
    ['group-inclusion', ['Siden /inkluderingsprosjekter', 'Historier om inkluderingsprosjekter']],
    ['group-research', ['Siden /forskning', 'Problemstillinger', 'Forskningsoppdateringer']],
    [
      'group-conference',
      [
        'Siden /konferanse',
        'Konferanser',
        'Kommende arrangementer',
        'Alle arrangementer',
        'Workshops',
        'Debatter og samlinger',
      ],
    ],
    ['group-activity-support', ['Siden /aktivitetsstotte', 'Aktivitetsstøtte – søknadsrunder og vilkår']],
  ])('the %s group lists %j', async (id, titles) => {
    expect((await groupItems(id)).map((entry) => entry.title)).toEqual(titles);
  });

  test('every pillar page in a group opens the published pillar with that address', async () => {
    const pillars = readDataset().filter((doc) => doc._type === 'pillar');
    const { list } = await build();
    const opened: string[] = [];
    for (const group of list.items.filter((entry) => entry.id.startsWith('group-'))) {
      for (const item of (serialized(group.child) as { items: Item[] }).items) {
        if (!item.id.startsWith('pillar-page-')) continue;
        const child = serialized(item.child) as { type: string; options: { id: string; type: string } };
        expect(child.options.type).toBe('pillar');
        const pillar = pillars.find((doc) => doc._id === child.options.id);
        expect(pillar, `${item.title} opens ${child.options.id}`).toBeDefined();
        expect(item.title).toBe(`Siden /${(pillar!.slug as { current: string }).current}`);
        opened.push(child.options.id);
      }
    }
    // Each pillar has its page in exactly one group.
    expect(opened.sort()).toEqual(pillars.map((doc) => doc._id).sort());
  });

  test.each([
    ['group-stories', 'stories-samarbeidsprosjekter', 'samarbeidsprosjekter'],
    ['group-stories', 'stories-inkluderingsprosjekter', 'inkluderingsprosjekter'],
    ['group-collaboration', 'stories-samarbeidsprosjekter', 'samarbeidsprosjekter'],
    ['group-inclusion', 'stories-inkluderingsprosjekter', 'inkluderingsprosjekter'],
  ])('%s → %s lists the stories on /%s', async (groupId, itemId, slug) => {
    const dataset = readDataset();
    const pillarId = dataset.find(
      (doc) => doc._type === 'pillar' && (doc.slug as { current: string }).current === slug,
    )!._id;
    const expected = dataset
      .filter((doc) => doc._type === 'projectStory' && (doc.pillar as { _ref: string })._ref === pillarId)
      .map((doc) => doc._id)
      .sort();
    const found = await idsFound((await childOf(groupId, itemId)) as DocumentListOptions);
    expect(found).toEqual(expected);
    if (slug === 'samarbeidsprosjekter') expect(found.length).toBeGreaterThan(0);
  });

  test('«Kommende arrangementer» lists the events not over yet, and one still without a date', async () => {
    const list = (await childOf('group-conference', 'events-upcoming')) as DocumentListOptions & {
      options: { defaultOrdering: { field: string; direction: string }[] };
    };
    const events = readDataset().filter((doc) => doc._type === 'event');
    const now = new Date('2026-02-10T12:00:00Z');
    const notOver = events
      .filter((doc) => Date.parse(String(doc.end ?? doc.start)) >= now.getTime())
      .map((doc) => doc._id)
      .sort();
    const found = await idsFound(list, now);
    expect(found).toEqual(notOver);
    // The Bergen workshop that day is under way at noon, so it is still coming; the previous year's is not.
    expect(found).toContain('event-workshop-bergen-2026');
    expect(found).not.toContain('event-workshop-bergen-2025');
    expect(list.options.defaultOrdering).toEqual([{ field: 'start', direction: 'asc' }]);
    const undated = await evaluate(parse(`*[${list.options.filter}]._id`), {
      dataset: [{ _id: 'drafts.new-event', _type: 'event', title: 'Ny workshop' }],
      timestamp: now,
    });
    expect(await undated.get()).toEqual(['drafts.new-event']);
  });

  test('«Eksempelinnhold» lists every document marked as sample content, of every type', async () => {
    const { list } = await build();
    const item = list.items.find((entry) => entry.id === 'sample-content')!;
    const dataset = readDataset();
    const found = await idsFound(serialized(item.child) as DocumentListOptions);
    expect(found).toEqual(
      dataset
        .filter((doc) => doc.isSample === true)
        .map((doc) => doc._id)
        .sort(),
    );
    expect(new Set(dataset.filter((doc) => found.includes(doc._id)).map((doc) => doc._type)).size).toBeGreaterThan(5);
  });

  test('stories per place open with a "Ny historie fra {sted}" template for that place', async () => {
    const { list } = await build();
    const group = serialized(list.items.find((entry) => entry.id === 'group-stories')!.child) as {
      items: { id: string; child: unknown }[];
    };
    const places = serialized(group.items.find((entry) => entry.id === 'stories-by-place')!.child) as {
      child: unknown;
    };
    const resolve = places.child as (id: string, options: object) => Promise<unknown>;
    const stories = serialized(await resolve('place-bergen', { index: 0, splitIndex: 0, path: [], params: {} })) as {
      title: string;
      options: { params: Record<string, string> };
      initialValueTemplates: { templateId: string; title: string; parameters: Record<string, string> }[];
    };
    expect(stories.title).toBe('Historier fra Bergen');
    expect(stories.options.params).toEqual({ placeId: 'place-bergen' });
    expect(stories.initialValueTemplates[0]).toMatchObject({
      templateId: 'projectStory-by-place',
      title: 'Ny historie fra Bergen',
      parameters: { placeId: 'place-bergen' },
    });
  });

  test.each([
    ['group-stories', 'samarbeidsprosjekter'],
    ['group-stories', 'inkluderingsprosjekter'],
    ['group-collaboration', 'samarbeidsprosjekter'],
    ['group-inclusion', 'inkluderingsprosjekter'],
  ])(
    '«new» in %s → the stories on /%s makes a story on that pillar, so it stays in the list',
    async (groupId, slug) => {
      const stories = (await childOf(groupId, `stories-${slug}`)) as {
        initialValueTemplates: { templateId: string; title: string }[];
      };
      expect(stories.initialValueTemplates.map((template) => template.templateId)).toEqual([`projectStory-${slug}`]);
      expect(stories.initialValueTemplates[0].title).toBe(newStoryTitles[slug]);
    },
  );

  test('«new» in a list of events of some kinds makes an event of one of those kinds, so it stays in the list', async () => {
    const { list } = await build();
    const group = serialized(list.items.find((entry) => entry.id === 'group-conference')!.child) as {
      items: { title: string; child: unknown }[];
    };
    const debates = serialized(group.items.find((entry) => entry.title === 'Debatter og samlinger')!.child) as {
      options: { params: { kinds: string[] } };
      initialValueTemplates: { templateId: string; title: string; parameters: { kind: string } }[];
    };
    const templates = debates.initialValueTemplates;
    expect(templates.map((template) => template.parameters.kind)).toEqual(debates.options.params.kinds);
    expect(templates.every((template) => template.templateId === 'event-of-kind')).toBe(true);
    // Written out per kind: «Nytt arrangement (annet)», never «Ny annet».
    expect(templates.map((template) => template.title)).toEqual(
      templates.map((template) => newEventTitles[template.parameters.kind]),
    );
    expect(templates.map((template) => template.title)).toEqual(
      expect.arrayContaining(['Ny debatt', 'Nytt arrangement (annet)']),
    );
    const ofKind = (await import('../../studio/lib/templates')).templates.find((t) => t.id === 'event-of-kind')!;
    expect((ofKind.value as (params: { kind: string }) => { kind: string })({ kind: 'debatt' }).kind).toBe('debatt');
  });

  test.each([
    ['group-activity-support', 'activitySupport'],
    ['group-collaboration', 'applicationGuide'],
    [null, 'siteSettings'],
  ])('%s → %s opens as its one fixed document', async (groupId, id) => {
    const { list } = await build();
    const items = groupId ? await groupItems(groupId) : list.items;
    const item = items.find((entry) => entry.id === id) as { child: unknown };
    const child = serialized(item.child) as { type: string; options: { id: string; type: string } };
    expect(child.type).toBe('document');
    expect(child.options).toMatchObject({ id, type: id });
  });
});
