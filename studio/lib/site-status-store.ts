/**
 * The site's status document (shared/site-status.ts), fetched once and followed live, for the status pane and the
 * badge of every open document: one request and one listener for the Studio, however many of them are on screen.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { useClient, type SanityClient } from 'sanity';
import { apiVersion } from '@for-alle/shared/api-version';
import { siteStatusId, type SiteStatus } from '@for-alle/shared/site-status';

export interface SiteStatusSnapshot {
  /** undefined while loading; null when no run has reported yet. */
  status: SiteStatus | null | undefined;
  /** Why the status could not be read. */
  failure?: string;
}

interface SiteStatusStore {
  subscribe(listener: () => void): () => void;
  get(): SiteStatusSnapshot;
}

const query = `*[_id == $id][0]`;
const stores = new WeakMap<SanityClient, SiteStatusStore>();

/** The store for this client: reads and follows the document while anything is subscribed. */
export function siteStatusStore(client: SanityClient): SiteStatusStore {
  let store = stores.get(client);
  if (store) return store;
  let snapshot: SiteStatusSnapshot = { status: undefined };
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;
  const update = (next: SiteStatusSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const start = () => {
    let active = true;
    const params = { id: siteStatusId };
    client
      .fetch<SiteStatus | null>(query, params, { perspective: 'raw' })
      .then((status) => active && update({ status }))
      .catch((error: Error) => active && update({ status: snapshot.status, failure: error.message }));
    const subscription = client.listen<SiteStatus>(query, params).subscribe((event) => {
      if (event.type === 'mutation' && event.result) update({ status: event.result });
    });
    return () => {
      active = false;
      subscription.unsubscribe();
    };
  };
  store = {
    subscribe(listener) {
      listeners.add(listener);
      stop ??= start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
    get: () => snapshot,
  };
  stores.set(client, store);
  return store;
}

export function useSiteStatus(): SiteStatusSnapshot {
  const client = useClient({ apiVersion });
  const store = useMemo(() => siteStatusStore(client), [client]);
  return useSyncExternalStore(store.subscribe, store.get);
}
