// A document the last update of the site named carries a badge in the Studio, and the status behind the badges and
// the pane is read once and followed live (studio/lib/site-status-store.ts), here with a client that answers as the
// Studio's does.
import { describe, expect, it, vi } from 'vitest';
import type { SiteStatus, SiteStatusItem } from '@for-alle/shared/site-status';
import { siteStatusBadge } from '../../studio/badges/site-status-badge';
import { siteStatusStore } from '../../studio/lib/site-status-store';

const now = new Date('2026-11-29T10:20:00Z');
const item = (documentId: string, message: string): SiteStatusItem => ({
  _key: documentId,
  documentId,
  documentType: 'projectStory',
  path: 'ingress',
  where: `Historie «${documentId}» › Ingress`,
  message,
});
const status: SiteStatus = {
  _id: 'for-alle.site-status',
  _type: 'siteStatus',
  outcome: 'stopped',
  reportedAt: '2026-11-29T10:17:00Z',
  problems: [item('story-a', 'mangler, men må fylles ut')],
  remarks: [item('story-b', 'historien har ikke «Kort fortalt»'), item('story-a', 'bildet mangler kreditering')],
};

describe('the badge of a document the last update named', () => {
  it('says it stopped the update, with what is wrong in its tooltip', () => {
    expect(siteStatusBadge(status, 'story-a', now)).toEqual({
      label: 'Stoppet oppdateringen',
      color: 'danger',
      title:
        'Oppdateringen av nettstedet i dag kl.\u00a011.17 stoppet på dette dokumentet. Historie «story-a» › Ingress: ' +
        'Mangler, men må fylles ut. Rett feilen og publiser på nytt.',
    });
  });

  it('is a remark for a document the content report names, and nothing for any other', () => {
    expect(siteStatusBadge(status, 'story-b', now)).toMatchObject({ label: 'Merknad', color: 'warning' });
    expect(siteStatusBadge(status, 'story-c', now)).toBeNull();
    expect(siteStatusBadge(null, 'story-a', now)).toBeNull();
  });
});

type Errors = (error: Error) => void;

describe('the status store', () => {
  /** A client whose `listen` hands out the Studio's kind of observable, and whose events the test sends. */
  function fakeClient(first: SiteStatus | null) {
    const listeners = new Set<(event: { type: string; result?: SiteStatus }) => void>();
    const errors = new Set<Errors>();
    const client = {
      fetch: vi.fn(async () => first),
      listen: vi.fn(() => ({
        subscribe(observer: { next: (event: { type: string; result?: SiteStatus }) => void; error: Errors }) {
          listeners.add(observer.next);
          errors.add(observer.error);
          return {
            unsubscribe: () => {
              listeners.delete(observer.next);
              errors.delete(observer.error);
            },
          };
        },
      })),
    };
    const send = (event: { type: string; result?: SiteStatus }) => listeners.forEach((listener) => listener(event));
    const fail = (error: Error) => errors.forEach((listener) => listener(error));
    return { client, send, fail, listeners };
  }

  it('reads the document once for every subscriber, follows it, and stops listening when none is left', async () => {
    const { client, send, listeners } = fakeClient(status);
    const store = siteStatusStore(client as never);
    const changed = vi.fn();
    const unsubscribe = [store.subscribe(changed), store.subscribe(() => undefined)];
    // Connected: the document is read then, once for both.
    send({ type: 'welcome' });
    await vi.waitFor(() => expect(store.get().status).toEqual(status));
    expect(client.fetch).toHaveBeenCalledTimes(1);
    expect(client.listen).toHaveBeenCalledTimes(1);

    const next = { ...status, outcome: 'published' as const, problems: [] };
    send({ type: 'mutation', result: next });
    expect(store.get().status).toEqual(next);
    expect(changed).toHaveBeenCalledTimes(2);

    for (const stop of unsubscribe) stop();
    expect(listeners.size).toBe(0);
  });

  it('says why when the status cannot be read', async () => {
    const { client, send } = fakeClient(null);
    client.fetch.mockRejectedValueOnce(new Error('Request error while attempting to reach the API'));
    const store = siteStatusStore(client as never);
    const stop = store.subscribe(() => undefined);
    send({ type: 'welcome' });
    await vi.waitFor(() => expect(store.get().failure).toContain('Request error'));
    stop();
  });

  it('says so when the connection is lost, instead of standing still', async () => {
    const { client, send, fail } = fakeClient(status);
    const store = siteStatusStore(client as never);
    const stop = store.subscribe(() => undefined);
    send({ type: 'welcome' });
    await vi.waitFor(() => expect(store.get().status).toEqual(status));
    fail(new Error('Connection lost'));
    expect(store.get()).toEqual({ status, failure: 'Connection lost' });
    stop();
  });

  it('keeps a change that arrives while the document is being read', async () => {
    let answer: (value: SiteStatus) => void = () => undefined;
    const { client, send } = fakeClient(status);
    client.fetch.mockImplementationOnce(() => new Promise<SiteStatus>((resolve) => (answer = resolve)));
    const store = siteStatusStore(client as never);
    const stop = store.subscribe(() => undefined);
    send({ type: 'welcome' });
    const newer = { ...status, outcome: 'published' as const, problems: [] };
    send({ type: 'mutation', result: newer });
    answer(status);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.get().status).toEqual(newer);
    stop();
  });
});
