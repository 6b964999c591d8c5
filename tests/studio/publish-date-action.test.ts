// «Publiser» on a story or a research update: the config wraps Sanity's own publish action so that it sets the
// publication date (the rule is tested in tests/unit/publish-date.test.ts) and then publishes as before. The action is
// called as the Studio calls it, with Sanity's document operations replaced by a recorder.
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

const { withPublishDate } = await import('../../studio/actions/publish-date');
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
});

describe('the config', () => {
  test.each(['projectStory', 'researchUpdate'])('wraps «Publiser» on %s and leaves the other actions', (schemaType) => {
    const [publish, remove] = resolveActions([builtInPublish, builtInDelete], { schemaType });
    expect(publish).not.toBe(builtInPublish);
    expect(publish.action).toBe('publish');
    expect(remove).toBe(builtInDelete);
  });

  test.each(['event', 'page', 'siteSettings'])('leaves «Publiser» on %s as Sanity made it', (schemaType) => {
    expect(resolveActions([builtInPublish], { schemaType })[0]).toBe(builtInPublish);
  });
});

describe('«Publiser» on a story', () => {
  const publish = withPublishDate(builtInPublish, 'projectStory');

  test('sets «Publisert» to now before publishing a story first published after weeks as a draft', () => {
    const description = press(publish, props({ draft: draftStory({ publishedAt: '2027-02-01T08:58:00.000Z' }) }));
    expect(description.label).toBe('Publiser');
    expect(calls).toEqual(['patch', 'publish']);
    const set = (patches[0] as { set: { publishedAt: string } }).set;
    expect(Date.now() - Date.parse(set.publishedAt)).toBeLessThan(60_000);
  });

  test('publishes a story already published without touching its date', () => {
    const published = { ...draftStory({ publishedAt: '2026-11-03T10:00:00.000Z' }), _id: 'story-ny' };
    press(publish, props({ draft: draftStory({ publishedAt: '2026-11-03T10:00:00.000Z' }), published }));
    expect(calls).toEqual(['publish']);
  });

  test('keeps a date the editor chose after starting the draft', () => {
    press(publish, props({ draft: draftStory({ publishedAt: '2027-02-15T10:00:00.000Z' }) }));
    expect(calls).toEqual(['publish']);
  });

  test('returns nothing where Sanity offers no «Publiser» (a release version)', () => {
    const absent: DocumentActionComponent = () => null;
    absent.action = 'publish';
    expect(withPublishDate(absent, 'projectStory')(props({ draft: draftStory() }))).toBeNull();
  });
});

describe('«Publiser» on a research update', () => {
  test('sets the date to the day of publication, in Oslo', () => {
    const publish = withPublishDate(builtInPublish, 'researchUpdate');
    const draft = { ...draftStory({ date: '2027-02-01' }), _type: 'researchUpdate' };
    press(publish, props({ type: 'researchUpdate', draft }));
    expect(calls).toEqual(['patch', 'publish']);
    expect(patches[0]).toEqual({
      set: { date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date()) },
    });
  });
});
