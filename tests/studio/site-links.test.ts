// "Forhåndsvis" and "Åpne på nettstedet": offered for exactly the types with a page, after the built-in actions,
// each only when the Studio was built or started with its URL. `sanity dev` gets the local draft preview from
// studio/.env.development; `sanity build` reads no such default (studio-build.test.ts checks the bundle).
import { resolve } from 'node:path';
import { loadEnv } from 'vite';
import { describe, expect, test, vi } from 'vitest';
import config from '../../studio/sanity.config';
import { OpenOnSiteAction, SitePreviewAction, siteLinkActions } from '../../studio/actions/site-links';
import { documentPath, typeHasPage, typesWithPages } from '@for-alle/shared/document-path';
import { pageUrl, siteUrlsFromEnv } from '../../studio/lib/site-urls';
import { documentTypes, singletonSchemaTypes } from '../../studio/schemaTypes';

const resolveActions = config.document?.actions as unknown as (
  prev: { action?: string }[],
  context: { schemaType: string },
) => unknown[];

/** A document of each type with just enough filled in for documentPath to find its page. */
const minimal = (type: string) => ({ _type: type, slug: { current: 'x' }, year: 2026, placeSlug: 'x' });

describe('which types get the site links', () => {
  const allTypes = [...documentTypes, ...singletonSchemaTypes].map((type) => type.name);

  const both = { preview: 'https://utkast.foralle.no', site: 'https://foralle.no' };

  test.each(allTypes)('%s gets them exactly when documentPath gives it a page', (type) => {
    expect(typeHasPage(type)).toBe(documentPath(minimal(type)) !== null);
    expect(siteLinkActions(type, both)).toEqual(typeHasPage(type) ? [SitePreviewAction, OpenOnSiteAction] : []);
  });

  test('each is offered only when its address was configured', () => {
    expect(siteLinkActions('projectStory', { preview: null, site: null })).toEqual([]);
    expect(siteLinkActions('projectStory', { ...both, site: null })).toEqual([SitePreviewAction]);
    expect(siteLinkActions('projectStory', { ...both, preview: null })).toEqual([OpenOnSiteAction]);
  });

  test('every type listed with a page is a schema type', () => {
    expect(allTypes).toEqual(expect.arrayContaining([...typesWithPages]));
  });

  test('the config puts them after the built-in actions, and not on a person', async () => {
    // A Studio built with both addresses: the config is loaded afresh, as it reads them when it is loaded.
    vi.resetModules();
    vi.stubEnv('SANITY_STUDIO_PREVIEW_URL', 'https://utkast.foralle.no');
    vi.stubEnv('SANITY_STUDIO_SITE_URL', 'https://foralle.no');
    try {
      const configured = (await import('../../studio/sanity.config')).default;
      const resolve = configured.document?.actions as unknown as typeof resolveActions;
      const builtIn = [{ action: 'publish' }, { action: 'delete' }];
      const actionNames = (actions: unknown[]) => actions.map((action) => (action as { action?: string }).action);
      expect(actionNames(resolve(builtIn, { schemaType: 'event' }))).toEqual([
        'publish',
        'delete',
        'sitePreview',
        'openOnSite',
      ]);
      expect(resolve(builtIn, { schemaType: 'person' })).toEqual(builtIn);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('siteUrlsFromEnv', () => {
  test('offers neither the draft preview nor the public site unless configured', () => {
    expect(siteUrlsFromEnv({})).toEqual({ preview: null, site: null });
    expect(siteUrlsFromEnv({ SANITY_STUDIO_PREVIEW_URL: ' ', SANITY_STUDIO_SITE_URL: '' })).toEqual({
      preview: null,
      site: null,
    });
  });

  // The Sanity CLI loads the Studio's .env files with Vite's loadEnv: mode "development" for `sanity dev` and the
  // other commands, "production" for `sanity build` and `sanity deploy`.
  test('`sanity dev` previews on the local draft preview; a build gets no such default', () => {
    const studioEnv = (mode: string) => loadEnv(mode, resolve('studio'), 'SANITY_STUDIO_PREVIEW_URL');
    const saved = process.env.SANITY_STUDIO_PREVIEW_URL;
    delete process.env.SANITY_STUDIO_PREVIEW_URL;
    try {
      expect(siteUrlsFromEnv(studioEnv('development')).preview).toBe('http://localhost:4322');
      expect(siteUrlsFromEnv(studioEnv('production')).preview).toBeNull();
    } finally {
      if (saved !== undefined) process.env.SANITY_STUDIO_PREVIEW_URL = saved;
    }
  });

  test('reads SANITY_STUDIO_PREVIEW_URL and SANITY_STUDIO_SITE_URL', () => {
    expect(
      siteUrlsFromEnv({
        SANITY_STUDIO_PREVIEW_URL: 'https://utkast.foralle.no',
        SANITY_STUDIO_SITE_URL: ' https://foralle.no ',
      }),
    ).toEqual({ preview: 'https://utkast.foralle.no', site: 'https://foralle.no' });
  });
});

describe('pageUrl', () => {
  test.each([
    ['https://foralle.no', '/historier/a', 'https://foralle.no/historier/a'],
    ['https://foralle.no/', '/historier/a', 'https://foralle.no/historier/a'],
    ['http://localhost:4322', '/samarbeidsprosjekter#soknad', 'http://localhost:4322/samarbeidsprosjekter#soknad'],
    ['https://foralle.no', '/', 'https://foralle.no/'],
  ])('joins %s and %s', (base, path, url) => {
    expect(pageUrl(base, path)).toBe(url);
  });
});
