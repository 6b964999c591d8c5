/**
 * Initial-value templates: start a document already tied to its context, e.g. a new story from a
 * given place. Used in the structure (per-place lists) and in the global "create" menu.
 * https://www.sanity.io/docs/studio/initial-value-templates
 */
import type { Template } from 'sanity';

const ref = (id: string) => ({ _type: 'reference', _ref: id });

export const templates: Template[] = [
  {
    id: 'projectStory-by-place',
    title: 'Ny historie fra sted',
    description: 'Historie som allerede er knyttet til et sted',
    schemaType: 'projectStory',
    parameters: [{ name: 'placeId', type: 'string' }],
    value: ({ placeId }: { placeId: string }) => ({
      place: ref(placeId),
      period: { ongoing: true },
      isSample: false,
    }),
  },
  {
    id: 'projectStory-by-pillar',
    title: 'Ny historie i satsingsområde',
    schemaType: 'projectStory',
    parameters: [{ name: 'pillarId', type: 'string' }],
    value: ({ pillarId }: { pillarId: string }) => ({
      pillar: ref(pillarId),
      period: { ongoing: true },
      isSample: false,
    }),
  },
  {
    id: 'event-by-place',
    title: 'Nytt arrangement på sted',
    schemaType: 'event',
    parameters: [{ name: 'placeId', type: 'string' }],
    value: ({ placeId }: { placeId: string }) => ({ place: ref(placeId), kind: 'workshop', isSample: false }),
  },
  {
    id: 'event-workshop',
    title: 'Ny workshop',
    schemaType: 'event',
    value: { kind: 'workshop', registration: { status: 'notOpen' }, isSample: false },
  },
  {
    id: 'researchUpdate-by-question',
    title: 'Ny forskningsoppdatering om problemstilling',
    schemaType: 'researchUpdate',
    parameters: [{ name: 'questionId', type: 'string' }],
    value: ({ questionId }: { questionId: string }) => ({ questions: [{ ...ref(questionId), _key: questionId }] }),
  },
];

/** Templates that need a parameter only make sense from a list that supplies it. */
export const parameterisedTemplateIds = new Set(
  templates.filter((template) => template.parameters?.length).map((template) => template.id),
);
