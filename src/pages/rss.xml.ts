// The news feed: the newest project stories, research updates and events, with @astrojs/rss.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../consts';
import { documentPath } from '@for-alle/shared/document-path';
import { eventPageTitle } from '../lib/event-title';
import { sampleTitle } from '../lib/sample-title';
import { loadQuery } from '../lib/sanity/content-source';
import { feedQuery, siteSettingsQuery } from '../lib/sanity/queries';

const kinds: Record<string, string> = { projectStory: 'Historie', researchUpdate: 'Forskning', event: 'Arrangement' };

export const GET: APIRoute = async ({ site }) => {
  const [settings, items] = await Promise.all([loadQuery(siteSettingsQuery), loadQuery(feedQuery)]);
  return rss({
    title: settings?.title ?? SITE_NAME,
    description: settings?.description ?? 'Nytt fra For Alle',
    site: site!,
    customData: '<language>nb-no</language>',
    items: items.flatMap((item) => {
      const link = documentPath({ _type: item._type, slug: item.slug });
      if (!link || !item.title || !item.date) return [];
      return [
        {
          // An event's item is dated when it was announced, and a workshop comes back every year under the same
          // title: its title carries the day it takes place, as its page's title does. A cancelled event keeps its
          // item, and says so first, where readers look. Invented content says «Eksempel: » before anything else:
          // a feed reader shows none of the page's notice.
          title: sampleTitle(
            item._type === 'event' ? eventPageTitle({ ...item, title: item.title }) : item.title,
            item.isSample,
          ),
          link,
          pubDate: new Date(item.date),
          description: item.description ?? undefined,
          categories: [kinds[item._type] ?? item._type],
        },
      ];
    }),
  });
};
