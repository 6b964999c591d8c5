// How a new event starts, resolved as the Studio resolves it (template value over the schema's initial values): the
// generic «Arrangement» leaves the kind for the editor to choose, and each kind's «Ny …» fills it in with the sign-up
// that kind usually has.
import { evaluate, parse } from 'groq-js';
import { resolveInitialValue, type Template } from 'sanity';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { eventKinds } from '@for-alle/shared/options';
import { pillarSlugs, storyPillarSlugs } from '@for-alle/shared/document-path';
import { newEventTitles, newStoryTitles } from '../../studio/lib/templates';
import { type Doc, readDataset, studioWorkspace, validate } from './dataset';

// Sanity schedules the resolution with window.scheduler when there is one; without it, it runs the task at once.
beforeAll(() => {
  vi.stubGlobal('window', {});
});
afterAll(() => {
  vi.unstubAllGlobals();
});

/** A client that answers GROQ from a dataset, drafts and release versions included, as the Studio's client does. */
const clientOver = (dataset: Doc[]) => ({
  fetch: async (query: string, params: Record<string, unknown>) =>
    (await evaluate(parse(query, { params }), { dataset, params })).get(),
});

async function initialValue(
  templateId: string,
  parameters: Record<string, unknown> = {},
  dataset: Doc[] = readDataset(),
) {
  const workspace = await studioWorkspace();
  const template = workspace.templates.find((candidate) => candidate.id === templateId) as Template;
  expect(template, templateId).toBeDefined();
  const client = clientOver(dataset);
  const context = { schema: workspace.schema, currentUser: workspace.currentUser, getClient: () => client };
  return (await resolveInitialValue(workspace.schema, template, parameters, context as never)) as {
    kind?: string;
    registration?: { status?: string };
    pillar?: { _ref?: string };
    place?: Record<string, unknown>;
  };
}

describe('a new event', () => {
  test('made from «Alle arrangementer» or the create menu has no kind: the editor must choose one', async () => {
    const value = await initialValue('event');
    expect(value.kind).toBeUndefined();
    expect(value.registration?.status).toBe('notOpen');
  });

  test('made with «Ny workshop» in the create menu is a workshop with a sign-up', async () => {
    expect(await initialValue('event-workshop')).toMatchObject({
      kind: 'workshop',
      registration: { status: 'notOpen' },
    });
  });

  test.each(eventKinds.map((kind) => kind.value))('made from a list with «new %s» is of that kind', async (kind) => {
    expect((await initialValue('event-of-kind', { kind })).kind).toBe(kind);
  });
});

describe('«new» buttons for events', () => {
  test('every kind has a hand-written Norwegian title', () => {
    expect(Object.keys(newEventTitles).sort()).toEqual(eventKinds.map((kind) => kind.value).sort());
    for (const title of Object.values(newEventTitles)) expect(title).toMatch(/^(Ny|Nytt) /);
  });

  test('«Annet» becomes «Nytt arrangement (annet)», not «Ny annet»', () => {
    expect(newEventTitles.annet).toBe('Nytt arrangement (annet)');
    expect(Object.values(newEventTitles)).not.toContain('Ny annet');
  });
});

// A date filled in when the draft is started could not be told from a date the editor chose, so «Publiser» fills
// in the publication date instead (studio/lib/publish-date.ts).
describe('a new story or research update starts without a publication date', () => {
  test.each([
    ['projectStory', {}, 'publishedAt'],
    ['projectStory-by-place', { placeId: 'place-bergen' }, 'publishedAt'],
    ['researchUpdate', {}, 'date'],
  ])('%s', async (templateId, parameters, field) => {
    expect(await initialValue(templateId, parameters)).not.toHaveProperty(field);
  });
});

// A city that has just joined is on its way; the editor sets it active when the project starts.
test('a new place starts «Under etablering»', async () => {
  expect(await initialValue('place')).toMatchObject({ status: 'establishing' });
});

// «Ny historie fra et samarbeidsprosjekt» and «… inkluderingsprosjekt» fill in the pillar, looked up by the slug the
// site finds it by; the generic «Historie» leaves it for the editor, on the first tab.
describe('a new story from a pillar', () => {
  test.each(storyPillarSlugs)('made with the template for %s has that pillar', async (slug) => {
    const pillar = readDataset().find(
      (doc) =>
        doc._type === 'pillar' &&
        (doc.slug as { current?: string } | undefined)?.current === slug &&
        !doc._id.startsWith('drafts.'),
    );
    expect(pillar).toBeDefined();
    const value = await initialValue(`projectStory-${slug}`);
    expect(value.pillar?._ref).toBe(pillar!._id);
    expect(value).toMatchObject({ period: { ongoing: true }, isSample: false });
  });

  // The Studio's client reads drafts and release versions too; the new story must point at the published pillar.
  test.each(storyPillarSlugs)(
    'made for %s while its pillar is also in a release has the published pillar',
    async (slug) => {
      const dataset = readDataset();
      const pillar = dataset.find(
        (doc) => doc._type === 'pillar' && (doc.slug as { current?: string }).current === slug,
      )!;
      const inRelease = { ...pillar, _id: `versions.rSpring.${pillar._id}` } as Doc;
      const draft = { ...pillar, _id: `drafts.${pillar._id}` } as Doc;
      expect((await initialValue(`projectStory-${slug}`, {}, [inRelease, draft, ...dataset])).pillar?._ref).toBe(
        pillar._id,
      );
      const withoutPublished = dataset.filter((doc) => doc._id !== pillar._id);
      expect(
        (await initialValue(`projectStory-${slug}`, {}, [inRelease, draft, ...withoutPublished])).pillar,
      ).toBeUndefined();
    },
  );

  test('each has a Norwegian title that names the kind of project', () => {
    expect(newStoryTitles[pillarSlugs.collaboration]).toBe('Ny historie fra et samarbeidsprosjekt');
    expect(newStoryTitles[pillarSlugs.inclusion]).toBe('Ny historie fra et inkluderingsprosjekt');
  });

  test('the generic template leaves the pillar empty', async () => {
    expect((await initialValue('projectStory')).pillar).toBeUndefined();
  });
});

// «Historier per sted» lists places that are only drafts too. Sanity refuses to publish a strong reference to a draft
// with an error of its own; the reference the picker would write lets the Studio's check name the place instead.
describe('a new story from a place', () => {
  test('points at a published place with a plain reference', async () => {
    expect((await initialValue('projectStory-by-place', { placeId: 'place-bergen' })).place).toEqual({
      _type: 'reference',
      _ref: 'place-bergen',
    });
  });

  test('points at a place that is only a draft as the picker does, and publishing names the place', async () => {
    const dataset = readDataset();
    const bergen = dataset.find((doc) => doc._id === 'place-bergen')!;
    const onlyDraft = [
      ...dataset.filter((doc) => doc._id !== 'place-bergen'),
      { ...bergen, _id: 'drafts.place-bergen' },
    ];
    const value = await initialValue('projectStory-by-place', { placeId: 'place-bergen' }, onlyDraft);
    expect(value.place).toEqual({
      _type: 'reference',
      _ref: 'place-bergen',
      _weak: true,
      _strengthenOnPublish: { type: 'place' },
    });
    const story = { ...dataset.find((doc) => doc._id === 'story-bergen-utstyrsbanken')!, place: value.place } as Doc;
    expect(await validate(story, onlyDraft, 'studio')).toContainEqual(
      expect.objectContaining({
        level: 'error',
        path: ['place'],
        message: '«Bergen» er ikke publisert ennå. Publiser det først, ellers mangler det på nettstedet.',
      }),
    );
  });
});
