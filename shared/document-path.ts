/**
 * Maps a document to its public path on the site, or null when it has no page of its own. A path ends in «/», as the
 * page's canonical URL does: each page is built as `<path>/index.html`, and Cloudflare Pages answers the address
 * without the slash with a redirect to it.
 * Shared by the Studio (preview links) and the site (links, sitemap, search), so it stays
 * dependency-free TypeScript.
 */
export interface PathableDocument {
  _type: string;
  slug?: { current?: string } | string | null;
  year?: number | null;
  /** The place's slug, needed for a collaborationProject (its page is the place's page). */
  placeSlug?: string | null;
}

/** Document types with a page of their own: the Studio offers "Forhåndsvis" and "Åpne på nettstedet" for these. */
export const typesWithPages = [
  'siteSettings',
  'activitySupport',
  'applicationGuide',
  'pillar',
  'page',
  'place',
  'collaborationProject',
  'projectStory',
  'event',
  'conference',
  'researchUpdate',
] as const;

const typesWithPagesSet = new Set<string>(typesWithPages);

export function typeHasPage(type: string): boolean {
  return typesWithPagesSet.has(type);
}

function slugOf(slug: PathableDocument['slug']): string | null {
  const value = typeof slug === 'string' ? slug : slug?.current;
  return value && value.trim() ? value.trim() : null;
}

export function documentPath(doc: PathableDocument): string | null {
  const slug = slugOf(doc.slug);
  switch (doc._type) {
    case 'siteSettings':
      return '/';
    case 'activitySupport':
      return '/aktivitetsstotte/';
    case 'applicationGuide':
      return '/samarbeidsprosjekter/#soknad';
    case 'conference':
      return typeof doc.year === 'number' ? `/konferanse/${doc.year}/` : null;
    case 'collaborationProject': {
      const placeSlug = slugOf(doc.placeSlug);
      return placeSlug ? `/steder/${placeSlug}/` : null;
    }
  }
  if (!slug) return null;
  switch (doc._type) {
    case 'pillar':
    case 'page':
      return `/${slug}/`;
    case 'place':
      return `/steder/${slug}/`;
    case 'projectStory':
      return `/historier/${slug}/`;
    case 'event':
      return `/arrangementer/${slug}/`;
    case 'researchUpdate':
      return `/forskning/${slug}/`;
    default:
      return null;
  }
}

/**
 * The five pillars' slugs. Each pillar has a route of its own at /<slug>/, which finds its document by this slug, so
 * the build's content guard requires one published pillar for each, and no other.
 */
export const pillarSlugs = {
  collaboration: 'samarbeidsprosjekter',
  inclusion: 'inkluderingsprosjekter',
  research: 'forskning',
  conference: 'konferanse',
  activitySupport: 'aktivitetsstotte',
} as const;

/**
 * The slug of the page «Kontakt»: it ends with the switchboard, visiting address and e-mail from «Innstillinger»,
 * whatever else an editor puts on it.
 */
export const contactPageSlug = 'kontakt';

/** The pillars whose pages list stories (/samarbeidsprosjekter, /inkluderingsprosjekter): a story belongs to one. */
export const storyPillarSlugs: string[] = [pillarSlugs.collaboration, pillarSlugs.inclusion];

/**
 * First path segments the site's own routes use (the pillars' among them): an editor's page cannot take one of these
 * slugs. The Studio refuses them, and the build's content guard stops on one that came in another way.
 */
export const reservedPaths = new Set<string>([
  ...Object.values(pillarSlugs),
  'historier',
  'steder',
  'arrangementer',
  'sok',
  'media',
  'pagefind',
  'tilgjengelighetserklaering',
  'personvern',
  'rss.xml',
  'arrangementer.ics',
  'robots.txt',
  'favicon.svg',
  'favicon.ico',
  'apple-touch-icon.png',
  '404',
]);
