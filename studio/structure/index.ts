/**
 * The desk structure: stories first (the most frequent job), then one group per pillar, each opening with the
 * pillar's own page, singletons pinned as single documents, lists in a sensible order (stories newest first,
 * events by date), and the sample content gathered in one list to work through.
 * https://www.sanity.io/docs/studio/structure-builder-reference
 */
import {
  CalendarIcon,
  ClipboardImageIcon,
  CogIcon,
  ActivityIcon,
  ComposeIcon,
  CreditCardIcon,
  DocumentsIcon,
  HeartIcon,
  PinIcon,
  PresentationIcon,
  ProjectsIcon,
  SearchIcon,
  StarIcon,
} from '@sanity/icons';
import type { ComponentType } from 'react';
import type {
  DocumentListBuilder,
  ListItemBuilder,
  StructureBuilder,
  StructureResolver,
  StructureResolverContext,
} from 'sanity/structure';
import { apiVersion } from '@for-alle/shared/api-version';
import { pillarSlugs } from '@for-alle/shared/document-path';
import type { PlaceNameQueryResult } from '../../src/lib/sanity/sanity.types';
import { placeNameQuery } from '../lib/queries';
import { newEventTitles } from '../lib/templates';
import { SiteStatusPane } from '../components/SiteStatusPane';
import { activitySupportTitle } from '../schemaTypes/singletons/activity-support';
import { applicationGuideTitle } from '../schemaTypes/singletons/application-guide';

function singleton(S: StructureBuilder, type: string, title: string, icon: ComponentType) {
  return S.listItem()
    .title(title)
    .id(type)
    .icon(icon)
    .child(S.document().schemaType(type).documentId(type).title(title));
}

function typeList(
  S: StructureBuilder,
  type: string,
  title: string,
  ordering?: { field: string; direction: 'asc' | 'desc' },
) {
  const list = S.documentTypeList(type).title(title);
  return S.listItem()
    .title(title)
    .id(type)
    .schemaType(type)
    .child(ordering ? list.defaultOrdering([ordering]) : list);
}

interface FilteredList {
  id: string;
  title: string;
  icon: ComponentType;
  filter: string;
  params?: Record<string, unknown>;
  schemaType?: string;
  ordering: { field: string; direction: 'asc' | 'desc' };
}

/** A menu item opening the documents `filter` finds; `extend` adds to the list (its «new document» templates). */
function filteredList(
  S: StructureBuilder,
  { id, title, icon, filter, params, schemaType, ordering }: FilteredList,
  extend: (list: DocumentListBuilder) => DocumentListBuilder = (list) => list,
) {
  let list = S.documentList().title(title).apiVersion(apiVersion).filter(filter).defaultOrdering([ordering]);
  if (schemaType) list = list.schemaType(schemaType);
  if (params) list = list.params(params);
  return S.listItem().title(title).id(id).icon(icon).child(extend(list));
}

/** Stories grouped by place; "new story" there is pre-filled with the place ("Ny historie fra Bergen"). */
function storiesByPlace(S: StructureBuilder, context: StructureResolverContext): ListItemBuilder {
  return S.listItem()
    .title('Historier per sted')
    .id('stories-by-place')
    .icon(PinIcon)
    .child(
      S.documentTypeList('place')
        .title('Velg sted')
        .defaultOrdering([{ field: 'name', direction: 'asc' }])
        .child(async (placeId) => {
          const name = await context
            .getClient({ apiVersion })
            .fetch<PlaceNameQueryResult>(placeNameQuery, { placeId })
            .catch(() => null);
          return S.documentList()
            .title(name ? `Historier fra ${name}` : 'Historier')
            .apiVersion(apiVersion)
            .schemaType('projectStory')
            .filter('_type == "projectStory" && place._ref == $placeId')
            .params({ placeId })
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }])
            .initialValueTemplates([
              S.initialValueTemplateItem('projectStory-by-place', { placeId }).title(
                name ? `Ny historie fra ${name}` : 'Ny historie fra stedet',
              ),
            ]);
        }),
    );
}

function eventsOfKind(S: StructureBuilder, title: string, kinds: string[]) {
  return filteredList(
    S,
    {
      id: `events-${kinds.join('-')}`,
      title,
      icon: CalendarIcon,
      schemaType: 'event',
      filter: '_type == "event" && kind in $kinds',
      params: { kinds },
      ordering: { field: 'start', direction: 'desc' },
    },
    // «New» here makes an event of a kind the list shows, so it does not vanish from the list it was made in.
    (list) =>
      list.initialValueTemplates(
        kinds.map((kind) => S.initialValueTemplateItem('event-of-kind', { kind }).title(newEventTitles[kind])),
      ),
  );
}

/**
 * A pillar's own page as the first item of its group, titled by its address: /forskning's «Om evalueringen» is
 * then found under «Forskning», not only under «Satsingsområder». The pillars are a fixed set with the ids the
 * bundled content gave them (studio/seed/content/pillars.ts); editors cannot create or delete one.
 */
function pillarPage(S: StructureBuilder, slug: string) {
  const title = `Siden /${slug}`;
  return S.listItem()
    .title(title)
    .id(`pillar-page-${slug}`)
    .icon(StarIcon)
    .child(S.document().schemaType('pillar').documentId(`pillar-${slug}`).title(title));
}

/** The same in the stories' group and the pillar's: a list of stories, not the pillar's page. */
const storiesOfPillarTitles: Record<string, string> = {
  [pillarSlugs.collaboration]: 'Historier om samarbeidsprosjekter',
  [pillarSlugs.inclusion]: 'Historier om inkluderingsprosjekter',
};

/**
 * Stories on one pillar's page (/samarbeidsprosjekter or /inkluderingsprosjekter), which lists them by pillar.
 * «New» here starts a story on that pillar, so it does not vanish from the list it was made in.
 */
function storiesOfPillar(S: StructureBuilder, slug: string) {
  return filteredList(
    S,
    {
      id: `stories-${slug}`,
      title: storiesOfPillarTitles[slug],
      icon: ComposeIcon,
      schemaType: 'projectStory',
      filter: '_type == "projectStory" && pillar->slug.current == $slug',
      params: { slug },
      ordering: { field: 'publishedAt', direction: 'desc' },
    },
    (list) => list.initialValueTemplates([S.initialValueTemplateItem(`projectStory-${slug}`)]),
  );
}

/**
 * Events not over yet, soonest first; an event still without a date stays here, so a new one does not vanish. Over
 * from its end on, as shared/event-time.ts has it (this list is filtered by GROQ, so it cannot call it).
 */
function upcomingEvents(S: StructureBuilder) {
  return filteredList(S, {
    id: 'events-upcoming',
    title: 'Kommende arrangementer',
    icon: CalendarIcon,
    schemaType: 'event',
    filter: '_type == "event" && (!defined(start) || coalesce(end, start) > now())',
    ordering: { field: 'start', direction: 'asc' },
  });
}

/** Everything still marked «Eksempelinnhold»: the list to work through when real content replaces the samples. */
function sampleContent(S: StructureBuilder) {
  return filteredList(S, {
    id: 'sample-content',
    title: 'Eksempelinnhold',
    icon: DocumentsIcon,
    filter: 'isSample == true',
    ordering: { field: '_type', direction: 'asc' },
  });
}

/** How the last update of the site ended (studio/components/SiteStatusPane.tsx): first, so a stopped one is seen. */
function siteStatus(S: StructureBuilder) {
  return S.listItem()
    .title('Status for nettstedet')
    .id('site-status')
    .icon(ActivityIcon)
    .child(S.component(SiteStatusPane).id('site-status').title('Status for nettstedet'));
}

function group(S: StructureBuilder, id: string, title: string, icon: ComponentType, items: ListItemBuilder[]) {
  return S.listItem().title(title).id(id).icon(icon).child(S.list().title(title).items(items));
}

export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Innhold')
    .items([
      siteStatus(S),
      S.divider(),
      group(S, 'group-stories', 'Historier', ComposeIcon, [
        typeList(S, 'projectStory', 'Alle historier', { field: 'publishedAt', direction: 'desc' }),
        storiesByPlace(S, context),
        storiesOfPillar(S, pillarSlugs.collaboration),
        storiesOfPillar(S, pillarSlugs.inclusion),
      ]),
      S.divider(),
      group(S, 'group-collaboration', 'Samarbeidsprosjekter', ProjectsIcon, [
        pillarPage(S, 'samarbeidsprosjekter'),
        typeList(S, 'place', 'Steder', { field: 'name', direction: 'asc' }),
        typeList(S, 'collaborationProject', 'Samarbeidsprosjekter', { field: 'startYear', direction: 'desc' }),
        singleton(S, 'applicationGuide', applicationGuideTitle, ClipboardImageIcon),
        storiesOfPillar(S, pillarSlugs.collaboration),
      ]),
      group(S, 'group-inclusion', 'Inkluderingsprosjekter', HeartIcon, [
        pillarPage(S, 'inkluderingsprosjekter'),
        storiesOfPillar(S, pillarSlugs.inclusion),
      ]),
      group(S, 'group-research', 'Forskning', SearchIcon, [
        pillarPage(S, 'forskning'),
        typeList(S, 'researchQuestion', 'Problemstillinger', { field: 'number', direction: 'asc' }),
        typeList(S, 'researchUpdate', 'Forskningsoppdateringer', { field: 'date', direction: 'desc' }),
      ]),
      group(S, 'group-conference', 'Konferanse og workshops', PresentationIcon, [
        pillarPage(S, 'konferanse'),
        typeList(S, 'conference', 'Konferanser', { field: 'year', direction: 'desc' }),
        upcomingEvents(S),
        typeList(S, 'event', 'Alle arrangementer', { field: 'start', direction: 'desc' }),
        eventsOfKind(S, 'Workshops', ['workshop']),
        eventsOfKind(S, 'Debatter og samlinger', ['debatt', 'prosjektledersamling', 'nettverksdag', 'annet']),
      ]),
      group(S, 'group-activity-support', 'Aktivitetsstøtte', CreditCardIcon, [
        pillarPage(S, 'aktivitetsstotte'),
        singleton(S, 'activitySupport', activitySupportTitle, CreditCardIcon),
      ]),
      S.divider(),
      typeList(S, 'page', 'Sider'),
      typeList(S, 'organisation', 'Organisasjoner', { field: 'name', direction: 'asc' }),
      typeList(S, 'person', 'Personer', { field: 'name', direction: 'asc' }),
      typeList(S, 'pillar', 'Alle satsingsområder', { field: 'order', direction: 'asc' }),
      S.divider(),
      sampleContent(S),
      singleton(S, 'siteSettings', 'Innstillinger', CogIcon),
    ]);
