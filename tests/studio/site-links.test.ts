// "Forhåndsvis" and "Åpne på nettstedet": offered for exactly the types with a page, after the built-in actions,
// with URLs from the Studio's environment.
import { describe, expect, test } from 'vitest';
import config from '../../studio/sanity.config';
import { OpenOnSiteAction, SitePreviewAction, siteLinkActions } from '../../studio/actions/site-links';
import { documentPath, typeHasPage, typesWithPages } from '../../studio/lib/document-path';
import { defaultPreviewUrl, pageUrl, siteUrlsFromEnv } from '../../studio/lib/site-urls';
import { documentTypes, singletonSchemaTypes } from '../../studio/schemaTypes';

const resolveActions = config.document?.actions as unknown as (
  prev: { action?: string }[],
  context: { schemaType: string },
) => unknown[];

/** A document of each type with just enough filled in for documentPath to find its page. */
const minimal = (type: string) => ({ _type: type, slug: { current: 'x' }, year: 2026, placeSlug: 'x' });

describe('which types get the site links', () => {
  const allTypes = [...documentTypes, ...singletonSchemaTypes].map((type) => type.name);

  test.each(allTypes)('%s gets them exactly when documentPath gives it a page', (type) => {
    expect(typeHasPage(type)).toBe(documentPath(minimal(type)) !== null);
    expect(siteLinkActions(type)).toEqual(typeHasPage(type) ? [SitePreviewAction, OpenOnSiteAction] : []);
  });

  test('every type listed with a page is a schema type', () => {
    expect(allTypes).toEqual(expect.arrayContaining([...typesWithPages]));
  });

  test('the config puts them after the built-in actions, and not on a person', () => {
    const builtIn = [{ action: 'publish' }, { action: 'delete' }];
    expect(resolveActions(builtIn, { schemaType: 'event' })).toEqual([...builtIn, SitePreviewAction, OpenOnSiteAction]);
    expect(resolveActions(builtIn, { schemaType: 'person' })).toEqual(builtIn);
  });
});

describe('siteUrlsFromEnv', () => {
  test('previews on the local draft preview and offers no public site unless configured', () => {
    expect(siteUrlsFromEnv({})).toEqual({ preview: defaultPreviewUrl, site: null });
    expect(defaultPreviewUrl).toBe('http://localhost:4322');
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
