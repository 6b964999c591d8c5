import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPublishedId, isDraftId, isPublishedId } from '@sanity/client/csm';
import { evaluate, evaluateSync, parse, toJS, type ExprNode } from 'groq-js';
import type { Perspective } from './config';
import { materialiseExportAssets } from './export-assets';
import { narrowToTypes, needsNormalising } from './query-plan';
import { readNdjsonFile, type StoredDocument } from './ndjson';
import type { ContentSource, QueryParams } from './source';

/**
 * Answers GROQ in-process with groq-js over an NDJSON export. groq-js has no perspectives, so the documents a
 * perspective may see are chosen here, once, before any query runs.
 *
 * One build reads the same export three times over (the content guard, the pages, the search integration); with
 * 10,000 stories each read costs seconds and some hundred megabytes. So each export (by path, and size and
 * modification time of its files) and perspective is read once per process. The cache lives on globalThis because
 * Astro loads integrations and pages as separate module graphs, each with its own copy of this module.
 */
export function createBundledSource(file: string, perspective: Perspective): Promise<ContentSource> {
  // The export is its NDJSON and the assets.json beside it (the files' names and metadata).
  const versions = [file, join(dirname(file), 'assets.json')].map((path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    return `${info?.size}\u0000${info?.mtimeMs}`;
  });
  const key = [perspective, file, ...versions].join('\u0000');
  const cache = ((globalThis as { [sharedSources]?: Map<string, Promise<ContentSource>> })[sharedSources] ??=
    new Map());
  let source = cache.get(key);
  if (!source) {
    source = readBundledSource(file, perspective);
    // A failed read is not kept: the next call tries again and reports its own error.
    source.catch(() => cache.delete(key));
    cache.set(key, source);
  }
  return source;
}

const sharedSources = Symbol.for('for-alle.bundled-sources');

async function readBundledSource(file: string, perspective: Perspective): Promise<ContentSource> {
  const stored = materialiseExportAssets(await readNdjsonFile(file), file);
  const dataset = applyPerspective(stored, perspective);
  const parsed = new Map<string, { tree: ExprNode; normalise: boolean }>();
  // Without this, groq-js resolves every `->` by scanning the whole dataset for the _id, which makes a query over
  // thousands of stories (each with a place, a pillar, organisations and an image) quadratic. A map answers each
  // reference at once, with the same documents a scan would find. https://github.com/sanity-io/groq-js#api
  const byId = new Map(dataset.map((document) => [document._id, document]));
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;
  // The same for `*[_type == "…" && …]`: the documents of each type, for query-plan.ts to read instead of all.
  const byType = Map.groupBy(dataset, (document) => document._type);
  const ofTypes = new Map<string, StoredDocument[]>();
  const documentsOfTypes = (types: string[]) => {
    const key = [...new Set(types)].sort().join('\u0000');
    let documents = ofTypes.get(key);
    if (!documents) {
      const wanted = new Set(types);
      documents = types.length === 1 ? (byType.get(types[0]!) ?? []) : dataset.filter(({ _type }) => wanted.has(_type));
      ofTypes.set(key, documents);
    }
    return documents;
  };

  return {
    backend: 'bundled',
    // English, as the build's progress lines are: editors read the Content Lake's name, in Norwegian; the bundled
    // dataset is what developers build from.
    description: `bundled dataset ${file}`,
    async fetch<R>(query: string, params: QueryParams = {}): Promise<R> {
      let plan = parsed.get(query);
      if (!plan) {
        const tree = parse(query);
        plan = { tree, normalise: needsNormalising(tree) };
        parsed.set(query, plan);
      }
      // Narrowed per call: a parameter (`_type in $types`) may name the types.
      const tree = narrowToTypes(plan.tree, documentsOfTypes, params);
      // groq-js's synchronous evaluator gives the same results three to five times faster than the asynchronous
      // one (no promise per node); the asynchronous one remains for anything the synchronous one cannot do.
      try {
        const value = evaluateSync(tree, { dataset, params, dereference });
        return (plan.normalise ? toJS(value) : value.data) as R;
      } catch {
        const result = await evaluate(tree, { dataset, params, dereference });
        return (await result.get()) as R;
      }
    },
    async documentCount() {
      return dataset.length;
    },
    // An export (`sanity dataset export`) holds drafts beside the published documents, whatever the perspective.
    async publicationState(ids: string[]) {
      const wanted = new Set(ids);
      const published = new Set<string>();
      const drafts = new Set<string>();
      for (const { _id } of stored) {
        if (isPublishedId(_id)) {
          if (wanted.has(_id)) published.add(_id);
        } else if (isDraftId(_id) && wanted.has(getPublishedId(_id))) drafts.add(getPublishedId(_id));
      }
      return { published, draftOnly: new Set([...drafts].filter((id) => !published.has(id))) };
    },
    async readAsset(url: string) {
      return readFile(fileURLToPath(url));
    },
  };
}

/**
 * `published`: drafts and release versions, editors' work in progress, are dropped (Sanity's own id rules decide
 * which is which). `drafts`: a draft replaces its published document, as Sanity's `drafts` perspective does (the
 * result keeps the published `_id`, the draft's id in `_originalId`).
 */
export function applyPerspective(documents: StoredDocument[], perspective: Perspective): StoredDocument[] {
  const published = documents.filter((document) => isPublishedId(document._id));
  if (perspective === 'published') return published;

  const byId = new Map(published.map((document) => [document._id, document]));
  for (const document of documents) {
    if (!isDraftId(document._id)) continue;
    const id = getPublishedId(document._id);
    byId.set(id, { ...document, _id: id, _originalId: document._id });
  }
  return [...byId.values()];
}
