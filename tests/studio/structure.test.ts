// The desk structure builds against the real schema: groups by pillar, singletons as single documents.
import { createStructureBuilder } from 'sanity/structure';
import { describe, expect, test } from 'vitest';
import { structure } from '../../studio/structure';
import { studioWorkspace } from './dataset';

async function build() {
  const workspace = await studioWorkspace();
  const S = createStructureBuilder({ source: workspace.unstable_sources[0], perspectiveStack: [] } as never);
  const root = structure(S, {} as never) as ReturnType<typeof S.list>;
  return { S, list: root.serialize() as unknown as { title: string; items: { id: string; title?: string; type: string; child?: unknown }[] } };
}

/** A child is a builder before serialising and a plain object after; accept both. */
const serialized = (child: unknown) =>
  typeof (child as { serialize?: unknown }).serialize === 'function' ? (child as { serialize: () => unknown }).serialize() : child;

describe('desk structure', () => {
  test('top level is grouped by pillar, with singletons and the shared lists', async () => {
    const { list } = await build();
    expect(list.title).toBe('Innhold');
    expect(list.items.filter((item) => item.type !== 'divider').map((item) => item.title)).toEqual([
      'Samarbeidsprosjekter',
      'Konferanse og workshops',
      'Forskning',
      'Aktivitetsstøtte',
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

  test.each(['activitySupport', 'applicationGuide', 'siteSettings'])('%s opens as its one fixed document', async (id) => {
    const { list } = await build();
    const item = list.items.find((entry) => entry.id === id) as { child: unknown };
    const child = serialized(item.child) as { type: string; options: { id: string; type: string } };
    expect(child.type).toBe('document');
    expect(child.options).toMatchObject({ id, type: id });
  });
});
