// @vitest-environment jsdom
// «Status for nettstedet» in the Studio: what an editor reads after an update of the site, rendered with React and
// Sanity UI as the Studio renders it, with a router that resolves the edit links as the Studio's does.
import { ThemeProvider } from '@sanity/ui';
import { buildTheme } from '@sanity/ui/theme';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { route, RouterProvider } from 'sanity/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { technicalFailureMessage, type SiteStatus, type SiteStatusItem } from '@for-alle/shared/site-status';
import { SiteStatusView } from '../../studio/components/SiteStatusPane';
import { whenText } from '../../studio/lib/site-status-text';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// 11.20 in Oslo.
const now = new Date('2026-11-29T10:20:00Z');
const router = route.create('/', [route.intents('/intent')]);

let root: Root;
let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

function render(status: SiteStatus | null) {
  act(() =>
    root.render(
      createElement(
        ThemeProvider,
        { theme: buildTheme() },
        createElement(RouterProvider, {
          router,
          state: {},
          onNavigate: () => undefined,
          children: createElement(SiteStatusView, { status, now }),
        }),
      ),
    ),
  );
  return container.textContent ?? '';
}

const item = (documentId: string, path: string, where: string, message: string): SiteStatusItem => ({
  _key: documentId,
  documentId,
  documentType: 'event',
  path,
  where,
  message,
});
const problem = item(
  'event-workshop',
  'registration.url',
  'Arrangement «Workshop i Arendal» › Påmelding › Påmeldingslenke',
  'er ikke en gyldig nettadresse',
);
const remark = item(
  'event-debate',
  'registration.status',
  'Arrangement «Debatt på Arendalsuka» › Påmelding › Status',
  'arrangementet er over, men står fortsatt som åpent for påmelding',
);
const base: SiteStatus = {
  _id: 'for-alle.site-status',
  _type: 'siteStatus',
  outcome: 'published',
  reportedAt: '2026-11-29T10:17:00Z',
  publishedAt: '2026-11-29T10:17:00Z',
  problems: [],
  remarks: [],
};
const editLinks = () => [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));

describe('the site’s status in the Studio', () => {
  it('names each document that stopped the update, what is wrong, and opens it at the field', () => {
    const text = render({
      ...base,
      outcome: 'stopped',
      reportedAt: '2026-11-29T10:17:00Z',
      publishedAt: '2026-11-28T22:17:00Z',
      problems: [problem],
      remarks: [remark],
    });
    expect(text).toContain('Siste oppdatering stoppet i dag kl.\u00a011.17');
    expect(text).toContain('Innholdet har én feil som må rettes før nettstedet kan oppdateres. Rett feilen og');
    expect(text).toContain('Nettstedet viser det som var publisert i går kl.\u00a023.17.');
    expect(text).toContain('Feil som stopper oppdateringen');
    expect(text).toContain(problem.where);
    expect(text).toContain('Er ikke en gyldig nettadresse.');
    expect(text).toContain('Merknader (de stopper ikke oppdateringen)');
    expect(text).toContain('Arrangementet er over, men står fortsatt som åpent for påmelding');
    expect(editLinks()).toEqual([
      '/intent/edit/id=event-workshop;type=event;path=registration.url/',
      '/intent/edit/id=event-debate;type=event;path=registration.status/',
    ]);
  });

  it('says when the site was updated, with the remarks and no errors', () => {
    // The content was read at 11.15; the run reported at 11.17.
    const text = render({ ...base, publishedAt: '2026-11-29T10:15:00Z', remarks: [remark] });
    expect(text).toContain('Nettstedet er oppdatert');
    expect(text).toContain('Alt som var publisert i dag kl.\u00a011.15, er ute.');
    expect(text).toContain(remark.where);
    expect(text).not.toContain('Feil som stopper');
  });

  it('says a technical failure is not the editors’ doing, and a stop with no document at fault in the build’s words', () => {
    expect(render({ ...base, outcome: 'failed', message: technicalFailureMessage })).toContain(
      'Siste oppdatering feilet i dag kl.\u00a011.17' + technicalFailureMessage,
    );
    const pagesGone = 'Oppdateringen stoppes: 40 av 42 sider fra forrige vellykkede oppdatering er borte.';
    const list = 'Sidene som er borte:\n  - /historier/tapt-0/\n  - /historier/tapt-1/';
    expect(render({ ...base, outcome: 'stopped', message: `${pagesGone}\n${list}` })).toContain(pagesGone);
    // Each line of the build's message on a line of its own, as the list of pages needs.
    const lines = [...container.querySelectorAll('[data-ui="Card"] [data-ui="Text"]')].map((line) =>
      line.textContent?.trim(),
    );
    expect(lines).toEqual(expect.arrayContaining(['- /historier/tapt-0/', '- /historier/tapt-1/']));
  });

  it('warns when no update has been reported for hours, though the site updates every hour', () => {
    expect(render({ ...base, reportedAt: '2026-11-29T05:10:00Z' })).toContain('Ingen oppdatering er meldt på 5 timer.');
    expect(render(base)).not.toContain('Ingen oppdatering er meldt på');
  });

  it('has no link for a problem the Studio cannot open, and says when nothing was reported yet', () => {
    render({ ...base, outcome: 'stopped', problems: [{ ...problem, documentType: '' }] });
    expect(editLinks()).toEqual([]);
    expect(render(null)).toContain('Ingen oppdatering av nettstedet er meldt hit ennå.');
  });

  it('writes the time as editors read it: today, yesterday, or the date', () => {
    expect(whenText('2026-11-29T06:00:00Z', now)).toBe('i dag kl.\u00a007.00');
    expect(whenText('2026-11-28T22:59:00Z', now)).toBe('i går kl.\u00a023.59');
    expect(whenText('2026-11-20T09:05:00Z', now)).toBe('20. november 2026 kl.\u00a010.05');
  });
});
