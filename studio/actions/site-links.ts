/**
 * Document actions that open a document's page: "Forhåndsvis" (the draft in the draft preview) and
 * "Åpne på nettstedet" (the published page), each offered only when its address was configured (lib/site-urls.ts).
 * The path always comes from documentPath(), the same mapping the site's routes use; a collaboration project's page
 * is its place's page, so the place's slug is looked up. https://www.sanity.io/docs/studio/document-actions
 */
import { EyeOpenIcon, LaunchIcon } from '@sanity/icons';
import { useEffect, useState } from 'react';
import { useClient, type DocumentActionComponent, type SanityDocument } from 'sanity';
import { apiVersion } from '@for-alle/shared/api-version';
import { documentPath, typeHasPage, type PathableDocument } from '@for-alle/shared/document-path';
import type { SlugAtIdQueryResult } from '../../src/lib/sanity/sanity.types';
import { slugAtIdQuery } from '../lib/queries';
import { pageUrl, siteUrlsFromEnv, type SiteUrls } from '../lib/site-urls';

declare module 'sanity' {
  interface DocumentActionKeys {
    sitePreview: never;
    openOnSite: never;
  }
}

const urls = siteUrlsFromEnv({
  SANITY_STUDIO_PREVIEW_URL: process.env.SANITY_STUDIO_PREVIEW_URL,
  SANITY_STUDIO_SITE_URL: process.env.SANITY_STUDIO_SITE_URL,
});

/** Why a document has no page yet, in the editor's words. */
function missingPathReason(type: string): string {
  if (type === 'collaborationProject') return 'Velg sted først: samarbeidsprosjektet vises på stedets side.';
  if (type === 'conference') return 'Fyll ut «År» først: konferansesiden heter /konferanse/{år}.';
  return 'Fyll ut «Nettadresse (slug)» først.';
}

/**
 * The document's path on the site, reading referenced documents in the given perspective; undefined
 * while the place of a collaboration project is being looked up, null when there is no page.
 */
function usePagePath(document: SanityDocument | null, perspective: 'drafts' | 'published'): string | null | undefined {
  const client = useClient({ apiVersion });
  const placeRef =
    document?._type === 'collaborationProject' ? (document.place as { _ref?: string } | undefined)?._ref : undefined;
  const [place, setPlace] = useState<{ ref: string; slug: string | null }>();

  useEffect(() => {
    if (!placeRef) return;
    let current = true;
    client
      .withConfig({ perspective })
      .fetch<SlugAtIdQueryResult>(slugAtIdQuery, { id: placeRef })
      .then(
        (slug) => current && setPlace({ ref: placeRef, slug: slug ?? null }),
        () => current && setPlace({ ref: placeRef, slug: null }),
      );
    return () => {
      current = false;
    };
  }, [client, placeRef, perspective]);

  if (!document) return null;
  if (placeRef !== undefined) {
    if (place?.ref !== placeRef) return undefined;
    return documentPath({ ...(document as PathableDocument), placeSlug: place.slug });
  }
  return documentPath(document as PathableDocument);
}

function open(url: string) {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** Opens the document, as it is in its draft, in the draft preview; not offered when no preview URL is configured. */
export const SitePreviewAction: DocumentActionComponent = (props) => {
  const path = usePagePath(props.version ?? props.draft ?? props.published, 'drafts');
  if (!urls.preview) return null;
  const preview = urls.preview;
  return {
    label: 'Forhåndsvis',
    icon: EyeOpenIcon,
    disabled: !path,
    title: path
      ? `Åpner siden med utkastet i forhåndsvisningen (${preview}). Utkastet er ikke synlig for andre.`
      : path === undefined
        ? 'Finner adressen …'
        : missingPathReason(props.type),
    onHandle: () => {
      if (path) open(pageUrl(preview, path));
      props.onComplete();
    },
  };
};
SitePreviewAction.action = 'sitePreview';
SitePreviewAction.displayName = 'SitePreviewAction';

/** Opens the published page on the public site; not offered when no site URL is configured. */
export const OpenOnSiteAction: DocumentActionComponent = (props) => {
  const path = usePagePath(props.published, 'published');
  if (!urls.site) return null;
  const site = urls.site;
  return {
    label: 'Åpne på nettstedet',
    icon: LaunchIcon,
    disabled: !path,
    title: !props.published
      ? 'Dokumentet er ikke publisert ennå, så siden finnes ikke på nettstedet.'
      : path
        ? `Åpner den publiserte siden (${site}). En ny publisering vises der etter noen minutter.`
        : path === undefined
          ? 'Finner adressen …'
          : missingPathReason(props.type),
    onHandle: () => {
      if (path) open(pageUrl(site, path));
      props.onComplete();
    },
  };
};
OpenOnSiteAction.action = 'openOnSite';
OpenOnSiteAction.displayName = 'OpenOnSiteAction';

/**
 * The actions for a schema type: for types with a page of their own, each action whose address is configured
 * (`configured` is the Studio's own environment unless a test passes another); none for the rest.
 */
export function siteLinkActions(schemaType: string, configured: SiteUrls = urls): DocumentActionComponent[] {
  if (!typeHasPage(schemaType)) return [];
  return [...(configured.preview ? [SitePreviewAction] : []), ...(configured.site ? [OpenOnSiteAction] : [])];
}
