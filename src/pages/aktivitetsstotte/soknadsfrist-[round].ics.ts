// «Legg fristen i kalenderen» under the activity support's rounds: each round whose deadline has not passed, as one
// all-day appointment.
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../lib/calendar';
import { grantDeadlineEntry, roundsWithDeadlineAhead } from '../../lib/calendar-entries';
import { buildNow } from '../../lib/now';
import { loadQuery } from '../../lib/sanity/content-source';
import { activitySupportQuery } from '../../lib/sanity/queries';

export const getStaticPaths = (async () => {
  const grant = await loadQuery(activitySupportQuery);
  return roundsWithDeadlineAhead(grant?.rounds, buildNow()).map((round) => ({
    params: { round: round._key },
    props: { grant: grant!, round },
  }));
}) satisfies GetStaticPaths;

type Props = Parameters<typeof grantDeadlineEntry>;

export const GET: APIRoute<{ grant: Props[0]; round: Props[1] }> = ({ props, site }) =>
  new Response(calendarFile(grantDeadlineEntry(props.grant, props.round, buildNow(), site!)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
