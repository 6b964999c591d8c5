import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { evaluate, parse, type ExprNode } from 'groq-js';
import type { Perspective } from './config';
import { materialiseExportAssets } from './export-assets';
import { readNdjsonFile, type StoredDocument } from './ndjson';
import { isPublishedId } from './perspective';
import type { ContentSource, QueryParams } from './source';

/**
 * Answers GROQ in-process with groq-js over an NDJSON export. groq-js has no perspectives, so the documents a
 * perspective may see are chosen here, once, before any query runs.
 */
export async function createBundledSource(file: string, perspective: Perspective): Promise<ContentSource> {
  const stored = materialiseExportAssets(await readNdjsonFile(file), file);
  const dataset = applyPerspective(stored, perspective);
  const parsed = new Map<string, ExprNode>();

  return {
    backend: 'bundled',
    description: `bundled dataset ${file}`,
    async fetch<R>(query: string, params: QueryParams = {}): Promise<R> {
      let tree = parsed.get(query);
      if (!tree) {
        tree = parse(query);
        parsed.set(query, tree);
      }
      const result = await evaluate(tree, { dataset, params });
      return (await result.get()) as R;
    },
    async documentCount() {
      return dataset.length;
    },
    async readAsset(url: string) {
      return readFile(fileURLToPath(url));
    },
  };
}

/**
 * `published`: drafts and release versions are dropped. `drafts`: a draft replaces its published document, as
 * Sanity's `drafts` perspective does (the result keeps the published `_id`, the draft's id in `_originalId`).
 */
export function applyPerspective(documents: StoredDocument[], perspective: Perspective): StoredDocument[] {
  const published = documents.filter((document) => isPublishedId(document._id));
  if (perspective === 'published') return published;

  const byId = new Map(published.map((document) => [document._id, document]));
  for (const document of documents) {
    if (!document._id.startsWith('drafts.')) continue;
    const id = document._id.slice('drafts.'.length);
    byId.set(id, { ...document, _id: id, _originalId: document._id });
  }
  return [...byId.values()];
}
