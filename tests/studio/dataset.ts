// Loads the bundled dataset (studio/seed/production) and runs the Studio's own validation over it, offline:
// the workspace comes from studio/sanity.config.ts, and the client that custom rules and slug uniqueness call
// answers GROQ with groq-js over the dataset instead of the hosted API.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isAssetFilename, parseAssetFilename } from '@sanity/asset-utils';
import { createClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import {
  createWorkspaceFromConfig,
  validateDocument,
  type SanityDocument,
  type ValidationMarker,
  type Workspace,
} from 'sanity';
import { apiVersion } from '@for-alle/shared/api-version';
import config from '../../studio/sanity.config';

export const seedDir = resolve('studio/seed/production');

export type Doc = SanityDocument & Record<string, unknown>;

export function readDataset(file = resolve(seedDir, 'data.ndjson')): Doc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc);
}

/** The asset id `sanity dataset import` gives a `_sanityAsset` path: image-<sha1>-<w>x<h>-<ext> or file-<sha1>-<ext>. */
function assetIdFor(sanityAsset: string): string {
  const [, kind, folder, fileName] = /^(image|file)@file:\/\/\.\/(images|files)\/([^/]+)$/.exec(sanityAsset) ?? [];
  const parts = fileName && isAssetFilename(fileName) ? parseAssetFilename(fileName) : null;
  if (!parts || parts.type !== kind || folder !== `${kind}s`)
    throw new Error(`Not an export asset path: ${sanityAsset}`);
  return parts.type === 'image'
    ? `image-${parts.assetId}-${parts.width}x${parts.height}-${parts.extension}`
    : `file-${parts.assetId}-${parts.extension}`;
}

/** Replaces every `_sanityAsset` with the asset reference the import would create. */
function withAssetReferences<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withAssetReferences(item)) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '_sanityAsset' && typeof child === 'string') {
      out.asset = { _type: 'reference', _ref: assetIdFor(child) };
    } else {
      out[key] = withAssetReferences(child);
    }
  }
  return out as T;
}

/** A minimal client over a dataset: `fetch` evaluates GROQ with groq-js, `withConfig` returns the same client. */
function groqClient(documents: Doc[]) {
  const client = {
    withConfig: () => client,
    config: () => ({ apiVersion }),
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      const tree = parse(query, { params });
      const result = await evaluate(tree, { dataset: documents, params });
      return result.get();
    },
  };
  return client;
}

let workspacePromise: Promise<Workspace> | undefined;

/** The Studio workspace, built once. Its own client is never called: validation gets `groqClient`. */
export function studioWorkspace(): Promise<Workspace> {
  workspacePromise ??= createWorkspaceFromConfig({
    ...(config as Parameters<typeof createWorkspaceFromConfig>[0]),
    currentUser: { id: 'test', name: 'Test', email: 'test@example.no', role: 'administrator', roles: [] },
    getClient: () =>
      createClient({
        projectId: 'forallelocal',
        dataset: 'production',
        apiVersion,
        useCdn: false,
      }) as never,
  });
  return workspacePromise;
}

/** Ids of the asset documents an import creates from the files beside data.ndjson. */
function assetIdsOnDisk(dir = seedDir): string[] {
  return (['images', 'files'] as const).flatMap((folder) =>
    readdirSync(resolve(dir, folder)).map((name) =>
      assetIdFor(`${folder === 'images' ? 'image' : 'file'}@file://./${folder}/${name}`),
    ),
  );
}

/**
 * Runs the Studio's validation for one document against a dataset (for slug uniqueness and reference checks).
 * Note: in the 'cli' environment Sanity adds an unknown-fields check to every object-typed field and downgrades
 * that field's own rules to warnings (sanity 6.9 validateItem), so a duplicate slug is a warning there and an
 * error in the Studio ('studio').
 */
export async function validate(
  document: Doc,
  dataset: Doc[],
  environment: 'cli' | 'studio' = 'cli',
): Promise<ValidationMarker[]> {
  const workspace = await studioWorkspace();
  const documents = dataset.map((doc) => withAssetReferences(doc));
  const ids = new Set([...documents.map((doc) => doc._id), ...assetIdsOnDisk()]);
  const client = groqClient(documents);
  return validateDocument({
    document: withAssetReferences(document),
    workspace,
    environment,
    getClient: () => client as never,
    getDocumentExists: async ({ id }) => ids.has(id),
  });
}

export const messagesOf = (markers: ValidationMarker[]) => markers.map((marker) => marker.message);
