/**
 * Initial-value templates: start a document already tied to its context, e.g. a new story from a
 * given place. Used in the structure (per-place lists) and in the global "create" menu.
 * https://www.sanity.io/docs/studio/initial-value-templates
 */
import type { InitialValueResolverContext, Template } from 'sanity';
import { apiVersion } from '@for-alle/shared/api-version';
import { pillarSlugs, storyPillarSlugs } from '@for-alle/shared/document-path';
import type { IsPublishedQueryResult, PillarIdAtSlugQueryResult } from '../../src/lib/sanity/sanity.types';
import { isPublishedQuery, pillarIdAtSlugQuery } from './queries';

const ref = (id: string) => ({ _type: 'reference', _ref: id });

/**
 * A reference to a document that may not be published yet, written as the Studio's own reference picker writes one
 * to a draft: weak until the story is published, when Sanity makes it strong. A plain (strong) reference to a draft
 * would be refused on publish with an error of Sanity's; this one lets the Studio's validation name the place to
 * publish first (publishedReferencesValidation).
 */
async function refToPossibleDraft(id: string, type: string, { getClient }: InitialValueResolverContext) {
  const published = await getClient({ apiVersion })
    .fetch<IsPublishedQueryResult>(isPublishedQuery, { id })
    .catch(() => true);
  return published ? ref(id) : { ...ref(id), _weak: true, _strengthenOnPublish: { type } };
}

/**
 * How a new event of a kind starts out: a debate (at Arendalsuka and the like) is open to anyone who comes; a
 * workshop, a network day and a gathering have limited places and a sign-up, and so, until the editor says
 * otherwise, does «Annet».
 */
const kindsWithoutSignUp = new Set(['debatt']);
const initialRegistration = (kind: string) => ({
  status: kindsWithoutSignUp.has(kind) ? 'none' : 'notOpen',
});

/**
 * What «new» says for each kind of event, written out by hand: «Ny» and the kind's label gave «Ny annet», since
 * «Annet» is no noun, and leaves grammatical gender to chance.
 */
export const newEventTitles: Record<string, string> = {
  // The conference's network day is a day of the conference, not an event.
  nettverksdag: 'Ny nettverksdag (ikke konferansens)',
  workshop: 'Ny workshop',
  debatt: 'Ny debatt',
  prosjektledersamling: 'Ny prosjektledersamling',
  annet: 'Nytt arrangement (annet)',
};

/** What «new story» says for each pillar whose page lists stories: the pillar is then filled in. */
export const newStoryTitles: Record<string, string> = {
  [pillarSlugs.collaboration]: 'Ny historie fra et samarbeidsprosjekt',
  [pillarSlugs.inclusion]: 'Ny historie fra et inkluderingsprosjekt',
};

const storyTemplates: Template[] = storyPillarSlugs.map((slug) => ({
  id: `projectStory-${slug}`,
  title: newStoryTitles[slug],
  schemaType: 'projectStory',
  value: async (_: unknown, { getClient }: InitialValueResolverContext) => {
    const pillarId = await getClient({ apiVersion }).fetch<PillarIdAtSlugQueryResult>(pillarIdAtSlugQuery, { slug });
    return { ...(pillarId ? { pillar: ref(pillarId) } : {}), period: { ongoing: true }, isSample: false };
  },
}));

export const templates: Template[] = [
  ...storyTemplates,
  {
    id: 'projectStory-by-place',
    title: 'Ny historie fra sted',
    description: 'Historie som allerede er knyttet til et sted',
    schemaType: 'projectStory',
    parameters: [{ name: 'placeId', type: 'string' }],
    // The list of places to pick from shows places that are only drafts too.
    value: async ({ placeId }: { placeId: string }, context: InitialValueResolverContext) => ({
      place: await refToPossibleDraft(placeId, 'place', context),
      period: { ongoing: true },
      isSample: false,
    }),
  },
  {
    id: 'event-of-kind',
    title: 'Nytt arrangement av en type',
    description: 'Arrangement med typen fylt ut, fra listen over den typen',
    schemaType: 'event',
    parameters: [{ name: 'kind', type: 'string' }],
    value: ({ kind }: { kind: string }) => ({ kind, registration: initialRegistration(kind), isSample: false }),
  },
  {
    id: 'event-workshop',
    title: newEventTitles.workshop,
    schemaType: 'event',
    value: { kind: 'workshop', registration: initialRegistration('workshop'), isSample: false },
  },
];

/** Templates that need a parameter only make sense from a list that supplies it. */
export const parameterisedTemplateIds = new Set(
  templates.filter((template) => template.parameters?.length).map((template) => template.id),
);
