/**
 * The desk structure: content grouped by pillar as editors think of it, singletons pinned as single
 * documents, lists in a sensible order (stories newest first, events by date).
 * https://www.sanity.io/docs/studio/structure-builder-reference
 */
import {
  CalendarIcon,
  ClipboardImageIcon,
  CogIcon,
  CreditCardIcon,
  PinIcon,
  PresentationIcon,
  ProjectsIcon,
  SearchIcon,
} from '@sanity/icons';
import type { ComponentType } from 'react';
import type { ListItemBuilder, StructureBuilder, StructureResolver, StructureResolverContext } from 'sanity/structure';
import { apiVersion } from '@for-alle/shared/api-version';
import { newEventTitles } from '../lib/templates';
import { activitySupportTitle } from '../schemaTypes/singletons/activity-support';

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
            .fetch<string | null>('*[_id == $placeId][0].name', { placeId })
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
  return S.listItem()
    .title(title)
    .id(`events-${kinds.join('-')}`)
    .icon(CalendarIcon)
    .child(
      S.documentList()
        .title(title)
        .apiVersion(apiVersion)
        .schemaType('event')
        .filter('_type == "event" && kind in $kinds')
        .params({ kinds })
        .defaultOrdering([{ field: 'start', direction: 'desc' }])
        // «New» here makes an event of a kind the list shows, so it does not vanish from the list it was made in.
        .initialValueTemplates(
          kinds.map((kind) => S.initialValueTemplateItem('event-of-kind', { kind }).title(newEventTitles[kind])),
        ),
    );
}

export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Innhold')
    .items([
      S.listItem()
        .title('Samarbeidsprosjekter')
        .id('group-collaboration')
        .icon(ProjectsIcon)
        .child(
          S.list()
            .title('Samarbeidsprosjekter')
            .items([
              typeList(S, 'place', 'Steder', { field: 'name', direction: 'asc' }),
              typeList(S, 'collaborationProject', 'Samarbeidsprosjekter', { field: 'startYear', direction: 'desc' }),
              typeList(S, 'projectStory', 'Alle historier', { field: 'publishedAt', direction: 'desc' }),
              storiesByPlace(S, context),
            ]),
        ),
      S.listItem()
        .title('Konferanse og workshops')
        .id('group-conference')
        .icon(PresentationIcon)
        .child(
          S.list()
            .title('Konferanse og workshops')
            .items([
              typeList(S, 'conference', 'Konferanser', { field: 'year', direction: 'desc' }),
              typeList(S, 'event', 'Alle arrangementer', { field: 'start', direction: 'desc' }),
              eventsOfKind(S, 'Workshops', ['workshop']),
              eventsOfKind(S, 'Debatter og samlinger', ['debatt', 'prosjektledersamling', 'nettverksdag', 'annet']),
            ]),
        ),
      S.listItem()
        .title('Forskning')
        .id('group-research')
        .icon(SearchIcon)
        .child(
          S.list()
            .title('Forskning')
            .items([
              typeList(S, 'researchQuestion', 'Problemstillinger', { field: 'number', direction: 'asc' }),
              typeList(S, 'researchUpdate', 'Forskningsoppdateringer', { field: 'date', direction: 'desc' }),
            ]),
        ),
      singleton(S, 'activitySupport', activitySupportTitle, CreditCardIcon),
      singleton(S, 'applicationGuide', 'Søknadsveiledning', ClipboardImageIcon),
      S.divider(),
      typeList(S, 'pillar', 'Satsingsområder', { field: 'order', direction: 'asc' }),
      typeList(S, 'page', 'Sider'),
      typeList(S, 'organisation', 'Organisasjoner', { field: 'name', direction: 'asc' }),
      typeList(S, 'person', 'Personer', { field: 'name', direction: 'asc' }),
      S.divider(),
      singleton(S, 'siteSettings', 'Innstillinger', CogIcon),
    ]);
