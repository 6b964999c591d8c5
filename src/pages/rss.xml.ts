// The news feed: the newest project stories, research updates, events and conference editions, with @astrojs/rss.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../consts';
import { documentPath } from '@for-alle/shared/document-path';
import { conferenceTitle, withConferenceDates } from '../lib/content/conferences';
import { conferencePageTitle, eventPageTitle } from '../lib/content/event-title';
import { sampleTitle } from '../lib/sample-title';
import { loadQuery } from '../lib/sanity/content-source';
import { feedQuery, siteSettingsQuery } from '../lib/sanity/queries';
import type { FeedQueryResult } from '../lib/sanity/sanity.types';

const kinds: Record<string, string> = {
  projectStory: 'Historie',
  researchUpdate: 'Forskning',
  event: 'Arrangement',
  conference: 'Konferanse',
};

/** An item's title as its page's tab has it: an event's and a conference's with when (and where) it takes place. */
function itemTitle(item: FeedQueryResult[number]): string | null {
  if (item._type === 'event' && item.title) return eventPageTitle({ ...item, title: item.title });
  if (item._type !== 'conference' || !item.year) return item.title;
  const { start, end } = withConferenceDates({ days: item.days ?? null });
  return conferencePageTitle({
    title: conferenceTitle(item),
    start,
    end,
    place: item.place,
  });
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[char]!);

/**
 * An item's guid, from its document's `_id`: the page's address changes with its slug, and a feed reader would show
 * a renamed story as new. A cancelled event's item has a guid of its own, so readers that saw the announcement show
 * the cancellation as a new item; a changed title alone would never be marked unread again.
 */
function itemGuid(item: FeedQueryResult[number]): string {
  const guid = `foralle:${item._id}${item._type === 'event' && item.cancelled === true ? ':avlyst' : ''}`;
  return `<guid isPermaLink="false">${escapeXml(guid)}</guid>`;
}

export const GET: APIRoute = async ({ site }) => {
  const [settings, items] = await Promise.all([loadQuery(siteSettingsQuery), loadQuery(feedQuery)]);
  return rss({
    title: settings?.title ?? SITE_NAME,
    description: settings?.description ?? 'Nytt fra For Alle',
    site: site!,
    // atom:link rel="self": the feed's own address, which feed validators ask for.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nb-no</language><atom:link href="${escapeXml(new URL('/rss.xml', site).href)}" rel="self" type="application/rss+xml"/>`,
    items: items.flatMap((item) => {
      const link = documentPath({ _type: item._type, slug: item.slug, year: item.year });
      const title = itemTitle(item);
      if (!link || !title || !item.date) return [];
      return [
        {
          // An event's or a conference's item is dated when it was announced, and a workshop comes back every year
          // under the same title: its title carries the days it takes place, as its page's title does. A cancelled
          // event keeps its item, and says so first, where readers look. Invented content says «Eksempel: » before
          // anything else: a feed reader shows none of the page's notice.
          title: sampleTitle(title, item.isSample),
          link,
          pubDate: new Date(item.date),
          description: item.description ?? undefined,
          categories: [kinds[item._type] ?? item._type],
          customData: itemGuid(item),
        },
      ];
    }),
  });
};
