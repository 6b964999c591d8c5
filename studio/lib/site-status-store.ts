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
    // A read started before the latest change arrived would put back the older document.
    let reads = 0;
    const read = () => {
      const mine = ++reads;
      client
        .fetch<SiteStatus | null>(query, params, { perspective: 'raw' })
        .then((status) => active && mine === reads && update({ status }))
        .catch((error: Error) => active && update({ status: snapshot.status, failure: error.message }));
    };
    // The listener says «welcome» once connected, and again after it reconnects: the document is read then, so a
    // report made while it was away is not missed.
    const subscription = client
      .listen<SiteStatus>(query, params, { events: ['welcome', 'mutation', 'reconnect'], includeResult: true })
      .subscribe({
        next: (event) => {
          if (event.type === 'welcome') read();
          else if (event.type === 'mutation' && event.result) {
            reads += 1;
            update({ status: event.result });
          }
        },
        // Without this, a lost connection would raise the Studio's «uncaught error» and the pane would stand still
        // without a word.
        error: (error: Error) => active && update({ status: snapshot.status, failure: error.message }),
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
