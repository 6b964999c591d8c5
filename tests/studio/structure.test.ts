// The desk structure builds against the real schema: groups by pillar, singletons as single documents.
import { createStructureBuilder } from 'sanity/structure';
import { describe, expect, test } from 'vitest';
import { newEventTitles } from '../../studio/lib/templates';
import { structure } from '../../studio/structure';
import { studioWorkspace } from './dataset';

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

describe('desk structure', () => {
  test('top level is grouped by pillar, with singletons and the shared lists', async () => {
    const { list } = await build();
    expect(list.title).toBe('Innhold');
    expect(list.items.filter((item) => item.type !== 'divider').map((item) => item.title)).toEqual([
      'Samarbeidsprosjekter',
      'Konferanse og workshops',
      'Forskning',
      // Not just «Aktivitetsstøtte»: that is the pillar, listed under «Satsingsområder».
      'Aktivitetsstøtte – søknadsrunder og vilkår',
      'Søknadsveiledning',
      'Satsingsområder',
      'Sider',
      'Organisasjoner',
      'Personer',
      'Innstillinger',
    ]);
  });

  test.each([
    ['group-collaboration', ['Steder', 'Samarbeidsprosjekter', 'Alle historier', 'Historier per sted']],
    ['group-conference', ['Konferanser', 'Alle arrangementer', 'Workshops', 'Debatter og samlinger']],
    ['group-research', ['Problemstillinger', 'Forskningsoppdateringer']],
  ])('the %s group lists %j', async (id, titles) => {
    const { list } = await build();
    const item = list.items.find((entry) => entry.id === id) as { child: unknown };
    const child = serialized(item.child) as { items: { title: string }[] };
    expect(child.items.map((entry) => entry.title)).toEqual(titles);
  });

  test('stories per place open with a "Ny historie fra {sted}" template for that place', async () => {
    const { list } = await build();
    const group = serialized(list.items.find((entry) => entry.id === 'group-collaboration')!.child) as {
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

  test.each(['activitySupport', 'applicationGuide', 'siteSettings'])(
    '%s opens as its one fixed document',
    async (id) => {
      const { list } = await build();
      const item = list.items.find((entry) => entry.id === id) as { child: unknown };
      const child = serialized(item.child) as { type: string; options: { id: string; type: string } };
      expect(child.type).toBe('document');
      expect(child.options).toMatchObject({ id, type: id });
    },
  );
});
