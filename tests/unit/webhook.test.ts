// The publish webhook (studio/webhooks/publish-rebuild.json), evaluated with groq-js as Sanity evaluates it: its
// filter over the whole bundled dataset (drafts included, plus release versions), its projection as the body GitHub's
// workflow_dispatch API receives, and the deploy workflow that listens for it.
import { readFileSync } from 'node:fs';
import { isPublishedId } from '@sanity/client/csm';
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { siteStatusAfterRun } from '@for-alle/shared/site-status';
import { renderedTypes } from '../../src/lib/content-guard/schemas';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { readNdjsonFile, type StoredDocument } from '../../src/lib/sanity/ndjson';
import { documentTypes, singletonSchemaTypes } from '../../studio/schemaTypes';

interface WebhookDefinition {
  url: string;
  httpMethod: string;
  apiVersion: string;
  includeDrafts: boolean;
  includeAllVersions: boolean;
  headers: Record<string, string>;
  rule: { on: string[]; filter: string; projection: string };
}

const webhook: WebhookDefinition = JSON.parse(readFileSync('studio/webhooks/publish-rebuild.json', 'utf8'));
const workflow = readFileSync('.github/workflows/deploy.yml', 'utf8');

/** The bundled dataset as the Content Lake holds it: published documents, drafts, and (added here) release versions. */
async function everyDocument(): Promise<StoredDocument[]> {
  const stored = await readNdjsonFile(bundledDatasetPath);
  const versions = stored
    .filter((document) => isPublishedId(document._id))
    .slice(0, 5)
    .map((document) => ({ ...document, _id: `versions.rSpring.${document._id}` }));
  return [...stored, ...versions];
}

async function matches(documents: StoredDocument[]): Promise<StoredDocument[]> {
  const result = await evaluate(parse(`*[${webhook.rule.filter}]`), { dataset: documents });
  return (await result.get()) as StoredDocument[];
}

describe('the webhook filter', () => {
  it('matches every published document of every type the site renders, and nothing else', async () => {
    const documents = await everyDocument();
    const matched = await matches(documents);
    const expected = documents.filter(
      (document) => isPublishedId(document._id) && renderedTypes.includes(document._type),
    );
    expect(matched.map((document) => document._id).sort()).toEqual(expected.map((document) => document._id).sort());
    expect(new Set(matched.map((document) => document._type))).toEqual(new Set(renderedTypes));
  });

  it('never matches a draft or a release version', async () => {
    const documents = await everyDocument();
    expect(documents.some((document) => document._id.startsWith('drafts.'))).toBe(true);
    expect(documents.some((document) => document._id.startsWith('versions.'))).toBe(true);
    const matched = await matches(documents);
    expect(matched.filter((document) => !isPublishedId(document._id))).toEqual([]);
    expect(JSON.stringify(matched)).not.toContain('UTKAST-MARKØR');
  });

  it('lists exactly the Studio’s document types, so a new type cannot be forgotten', () => {
    const listed = JSON.parse(/_type in (\[[^\]]*\])/.exec(webhook.rule.filter)![1]) as string[];
    const studioTypes = [...documentTypes, ...singletonSchemaTypes].map((type) => type.name);
    expect(new Set(listed)).toEqual(new Set(studioTypes));
    expect(new Set(listed)).toEqual(new Set(renderedTypes));
  });

  it('ignores assets, which change when uploaded, before any document that uses them is published', async () => {
    const asset = { _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset' } as StoredDocument;
    expect(await matches([asset])).toEqual([]);
  });

  it('ignores the status every deploy run writes for the Studio: a run would otherwise start the next, for ever', async () => {
    const status = siteStatusAfterRun({ succeeded: true, check: undefined, previous: null, now: new Date() });
    expect(await matches([status as unknown as StoredDocument])).toEqual([]);
  });
});

describe('the webhook delivery', () => {
  it('fires on publish, change and unpublish, never on drafts or versions', () => {
    expect(webhook.rule.on.sort()).toEqual(['create', 'delete', 'update']);
    expect(webhook.includeDrafts).toBe(false);
    expect(webhook.includeAllVersions).toBe(false);
    expect(webhook.apiVersion).toMatch(/^v\d{4}-\d{2}-\d{2}$/);
  });

  it('starts the deploy workflow through GitHub’s workflow_dispatch API, with the headers it requires', () => {
    // Not repository_dispatch: its token must be allowed to write the repository's contents (push code), and it is
    // kept in Sanity. A workflow_dispatch token needs only «Actions: Read and write».
    expect(webhook.httpMethod).toBe('POST');
    expect(webhook.url).toMatch(
      /^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+\/actions\/workflows\/deploy\.yml\/dispatches$/,
    );
    expect(webhook.headers.Accept).toBe('application/vnd.github+json');
    expect(webhook.headers.Authorization).toMatch(/^Bearer /);
    expect(workflow).not.toMatch(/repository_dispatch:/);
  });

  it.each([
    ['create', null, { _id: 'event-a', _type: 'event' }],
    ['update', { _id: 'event-a', _type: 'event' }, { _id: 'event-a', _type: 'event', title: 'Ny' }],
    ['delete', { _id: 'event-a', _type: 'event' }, null],
  ] as const)(
    'sends a %s as a dispatch of main, naming the document, as the workflow takes it',
    async (operation, before, after) => {
      const body = (await (
        await evaluate(parse(webhook.rule.projection, { mode: 'delta' }), { root: after ?? before, before, after })
      ).get()) as { ref: string; inputs: Record<string, unknown> };
      expect(body).toEqual({ ref: 'main', inputs: { publisert: `event event-a (${operation})` } });
      // Every input the dispatch sends is one the workflow declares (GitHub refuses others), as a string.
      for (const input of Object.keys(body.inputs))
        expect(workflow).toMatch(
          new RegExp(`workflow_dispatch:\\s*\\n\\s*inputs:[\\s\\S]*\\n {6}${input}:\\n[\\s\\S]*?type: string`),
        );
      // A publish skips the type check: content cannot change the types.
      expect(workflow).toContain("inputs.publisert == ''");
    },
  );
});
