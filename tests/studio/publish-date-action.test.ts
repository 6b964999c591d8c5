// The publication date in Sanity's own actions on a story or a research update (the rules are tested in
// tests/unit/publish-date.test.ts): «Publiser» fills an empty date and keeps a chosen one, publishing without
// «Publiser» (a scheduled draft) waits for a date, and «Dupliser» leaves it out of the copy. The actions are called as
// the Studio calls them, with Sanity's document operations replaced by a recorder.
import type { DocumentActionComponent, DocumentActionDescription, DocumentActionProps } from 'sanity';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls: string[] = [];
const patches: unknown[] = [];

vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useDocumentOperation: () => ({
    patch: {
      execute: (operations: unknown[]) => {
        calls.push('patch');
        patches.push(...operations);
      },
    },
  }),
}));

const { missingDateTitle, withPublishDate } = await import('../../studio/actions/publish-date');
const config = (await import('../../studio/sanity.config')).default;

const resolveActions = config.document?.actions as unknown as (
  previous: DocumentActionComponent[],
  context: { schemaType: string },
) => DocumentActionComponent[];

/** Stands in for Sanity's publish action: what it returns, and that it was asked to publish. */
const builtInPublish: DocumentActionComponent = () => ({
  label: 'Publiser',
  disabled: false,
  onHandle: () => calls.push('publish'),
});
builtInPublish.action = 'publish';
const builtInDelete: DocumentActionComponent = () => ({ label: 'Slett', onHandle: () => calls.push('delete') });
builtInDelete.action = 'delete';
const scheduleDescription = { label: 'Planlegg publisering', onHandle: () => {} };
const builtInSchedule: DocumentActionComponent = () => scheduleDescription;
builtInSchedule.action = 'schedule';
/** Stands in for Sanity's duplicate action: it hands its `mapDocument` to the operation that makes the copy. */
let mapDocument: ((document: Record<string, unknown>) => Record<string, unknown>) | undefined;
const builtInDuplicate = ((duplicateProps: DocumentActionProps & { mapDocument?: typeof mapDocument }) => {
  mapDocument = duplicateProps.mapDocument;
  return { label: 'Dupliser', onHandle: () => {} };
}) as DocumentActionComponent;
builtInDuplicate.action = 'duplicate';

const created = '2027-02-01T09:00:00.000Z';
const draftStory = (fields: Record<string, unknown> = {}) => ({
  _id: 'drafts.story-ny',
  _type: 'projectStory',
  _createdAt: created,
  _updatedAt: '2027-02-20T12:00:00.000Z',
  _rev: 'r1',
  ...fields,
});

function props(overrides: Partial<DocumentActionProps>): DocumentActionProps {
  return {
    id: 'story-ny',
    type: 'projectStory',
    draft: null,
    published: null,
    version: null,
    liveEdit: false,
    liveEditSchemaType: false,
    ready: true,
    release: undefined,
    scopeId: undefined,
    transactionSyncLock: null,
    initialValueResolved: true,
    onComplete: () => {},
    ...overrides,
  } as DocumentActionProps;
}

function press(action: DocumentActionComponent, actionProps: DocumentActionProps) {
  const description = action(actionProps) as DocumentActionDescription;
  description.onHandle?.();
  return description;
}

beforeEach(() => {
  calls.length = 0;
  patches.length = 0;
  mapDocument = undefined;
});

describe('the config', () => {
  test.each(['projectStory', 'researchUpdate'])(
    'wraps «Publiser», «Planlegg publisering» and «Dupliser» on %s and leaves the other actions',
    (schemaType) => {
      const actions = resolveActions([builtInPublish, builtInSchedule, builtInDuplicate, builtInDelete], {
        schemaType,
      });
      expect(actions.map((action) => action.action)).toEqual(['publish', 'schedule', 'duplicate', 'delete']);
      expect(
        actions
          .slice(0, 3)
          .some((action, index) => action === [builtInPublish, builtInSchedule, builtInDuplicate][index]),
      ).toBe(false);
      expect(actions[3]).toBe(builtInDelete);
    },
  );

  test.each(['event', 'page'])('leaves the actions on %s as Sanity made them', (schemaType) => {
    const builtIn = [builtInPublish, builtInSchedule, builtInDuplicate];
    resolveActions(builtIn, { schemaType }).forEach((action, index) => expect(action).toBe(builtIn[index]));
  });

  test('leaves «Publiser» on the settings as Sanity made it', () => {
    expect(resolveActions([builtInPublish], { schemaType: 'siteSettings' })[0]).toBe(builtInPublish);
  });
});

describe('«Publiser» on a story', () => {
  const publish = withPublishDate(builtInPublish, 'projectStory');

  test('fills an empty «Publisert» with now, then publishes', () => {
    const description = press(publish, props({ draft: draftStory() }));
    expect(description.label).toBe('Publiser');
    expect(calls).toEqual(['patch', 'publish']);
    const set = (patches[0] as { set: { publishedAt: string } }).set;
    expect(Date.now() - Date.parse(set.publishedAt)).toBeLessThan(60_000);
  });

  test('keeps a date the editor set back to before she started the draft', () => {
    press(publish, props({ draft: draftStory({ publishedAt: '2026-05-03T10:00:00.000Z' }) }));
    expect(calls).toEqual(['publish']);
  });

  test('keeps a date the editor set ahead', () => {
    press(publish, props({ draft: draftStory({ publishedAt: '2027-03-01T07:00:00.000Z' }) }));
    expect(calls).toEqual(['publish']);
  });

  test('publishes a story already published without touching its date', () => {
    const published = { ...draftStory({ publishedAt: '2026-11-03T10:00:00.000Z' }), _id: 'story-ny' };
    press(publish, props({ draft: draftStory({ publishedAt: '2026-11-03T10:00:00.000Z' }), published }));
    expect(calls).toEqual(['publish']);
  });

  test('gives a published story whose date was emptied its first publication date back', () => {
    const published = { ...draftStory({ publishedAt: '2026-11-03T10:00:00.000Z' }), _id: 'story-ny' };
    press(publish, props({ draft: draftStory(), published }));
    expect(patches).toEqual([{ set: { publishedAt: '2026-11-03T10:00:00.000Z' } }]);
  });

  test('returns nothing where Sanity offers no «Publiser»', () => {
    const absent: DocumentActionComponent = () => null;
    absent.action = 'publish';
    expect(withPublishDate(absent, 'projectStory')(props({ draft: draftStory() }))).toBeNull();
  });

  test("waits for a date on a scheduled draft («Publiser nå»), which is published without the draft's «Publiser»", () => {
    const version = { ...draftStory(), _id: 'versions.rSpring.story-ny' };
    const description = press(publish, props({ version, release: 'rSpring' }));
    expect(description.disabled).toBe(true);
    expect(description.title).toBe(missingDateTitle({ name: 'publishedAt', kind: 'datetime' }));
    expect(patches).toEqual([]);
  });

  test('publishes a scheduled draft with a date as Sanity does, without patching it', () => {
    const version = { ...draftStory({ publishedAt: '2026-05-03T10:00:00.000Z' }), _id: 'versions.rSpring.story-ny' };
    const description = press(publish, props({ version, release: 'rSpring' }));
    expect(description.disabled).toBe(false);
    expect(calls).toEqual(['publish']);
  });
});

describe('«Planlegg publisering» on a story', () => {
  const schedule = withPublishDate(builtInSchedule, 'projectStory');

  test('waits until the draft has a date: at the scheduled time nothing fills it in', () => {
    const description = schedule(props({ draft: draftStory() })) as DocumentActionDescription;
    expect(description.disabled).toBe(true);
    expect(description.title).toMatch(/^Velg tidspunktet i «Publisert» først/);
  });

  test('is offered as Sanity made it once the draft has a date', () => {
    const description = schedule(props({ draft: draftStory({ publishedAt: '2027-03-01T07:00:00.000Z' }) }));
    expect(description).toBe(scheduleDescription);
  });
});

describe('«Dupliser»', () => {
  test.each([
    ['projectStory', 'publishedAt', '2026-05-03T10:00:00.000Z'],
    ['researchUpdate', 'date', '2026-05-03'],
  ])('leaves the date out of the copy of a %s', (schemaType, field, date) => {
    const duplicate = withPublishDate(builtInDuplicate, schemaType);
    expect(press(duplicate, props({ type: schemaType })).label).toBe('Dupliser');
    const original = { ...draftStory({ title: 'Utstyrsbanken', [field]: date }), _type: schemaType };
    const copy = mapDocument?.(original);
    expect(copy).toBeDefined();
    expect(copy).not.toHaveProperty(field);
    expect(copy).toMatchObject({ title: 'Utstyrsbanken', _type: schemaType });
  });
});

describe('«Publiser» on a research update', () => {
  test('fills an empty date with the day of publication, in Oslo', () => {
    const publish = withPublishDate(builtInPublish, 'researchUpdate');
    const draft = { ...draftStory(), _type: 'researchUpdate' };
    press(publish, props({ type: 'researchUpdate', draft }));
    expect(calls).toEqual(['patch', 'publish']);
    expect(patches[0]).toEqual({
      set: { date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date()) },
    });
  });

  test('keeps a day the editor chose before the draft was started', () => {
    const publish = withPublishDate(builtInPublish, 'researchUpdate');
    const draft = { ...draftStory({ date: '2026-05-03' }), _type: 'researchUpdate' };
    press(publish, props({ type: 'researchUpdate', draft }));
    expect(calls).toEqual(['publish']);
  });
});
