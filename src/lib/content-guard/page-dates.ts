import { osloDay } from '@for-alle/shared/dates';
import { documentPath, pillarSlugs } from '@for-alle/shared/document-path';
import { endOf } from '@for-alle/shared/event-time';
import type { StoredDocument } from '../sanity/ndjson';

/**
 * The sitemap's `lastmod`: when each page that shows its own document last changed, by the page's path. Google uses
 * `lastmod` only where it is «consistently and verifiably accurate», so a page gets one only where it can be true.
 *
 * Dated: a story, an event, a research update, a conference edition, an editor's page (/om, /kontakt), and
 * /aktivitetsstotte (its pillar and the grant, with no list of other documents). Each is dated by its own
 * documents' `_updatedAt`, or by a time in them that the build's clock has passed since (`changesWithTime`).
 *
 * Undated: `/` (the newest stories, events and conference), the place pages (the place and its project, with the
 * stories, events and organisations there), /steder, the pillars that list documents (/samarbeidsprosjekter,
 * /inkluderingsprosjekter, /forskning, /konferanse), every listing (/historier with its later, per-place and
 * per-pillar pages, /arrangementer), and the two pages written in the code (/personvern,
 * /tilgjengelighetserklaering). A listing changes when a document joins or leaves it, and a document deleted or
 * unpublished leaves no `_updatedAt` behind, so no document's date is the listing's.
 *
 * Some dated pages show parts of other documents too: a story its place's and pillar's names and its organisations'
 * names, kinds and websites; an event its place's name, its conference's title and, once registration has closed,
 * whom to ask; a research update its partner's name, its questions and the three newest other updates as cards; a
 * conference edition its speakers, its workshops as cards and the contact people of «Konferanse»; an editor's page
 * its contact people, and /kontakt the switchboard from «Innstillinger»; /aktivitetsstotte the pillar's contact
 * people. Those documents do not date the page, because `_updatedAt` is the whole document's: a place's would
 * re-date every story from the place whenever its ingress, map or project changes, and a person's every page they
 * are on whenever their bio changes, though none of those pages show it. Such false dates are what make Google
 * ignore `lastmod`. What a visitor comes for (the story, the event's time, place and registration, the programme,
 * the grant's rounds) is in the page's own document, whose `_updatedAt` is also the `dateModified` of a story's and
 * a research update's Article (json-ld.ts), so the sitemap agrees with the page. The cost: a renamed place or a
 * contact person's new phone number reaches those pages without moving their date, and search engines see it on
 * their next ordinary visit.
 */
export function pageDates(documents: readonly StoredDocument[], now: Date): Map<string, string> {
  const latest = new Map<string, number>();
  for (const document of documents) {
    const path = datedPath(document);
    if (!path) continue;
    const updated = typeof document._updatedAt === 'string' ? Date.parse(document._updatedAt) : NaN;
    const passed = changesWithTime(document).filter((time) => time <= now.getTime());
    // Without `_updatedAt` (an import, an API write) nothing says when the page last changed: NaN keeps it undated.
    latest.set(path, Math.max(latest.get(path) ?? -Infinity, updated, ...passed));
  }
  return new Map(
    [...latest].filter(([, time]) => Number.isFinite(time)).map(([path, time]) => [path, new Date(time).toISOString()]),
  );
}

/** The path of a page that shows its own document, or undefined for a document that has no such page. */
function datedPath(document: StoredDocument): string | undefined {
  const { _type: type } = document;
  const slug = (document as { slug?: { current?: string } }).slug;
  if (type === 'pillar') return slug?.current === pillarSlugs.activitySupport ? '/aktivitetsstotte/' : undefined;
  if (!['projectStory', 'event', 'researchUpdate', 'conference', 'page', 'activitySupport'].includes(type)) return;
  return documentPath({ _type: type, slug, year: (document as { year?: number }).year }) ?? undefined;
}

/**
 * When a page changes with no edit, as the build's clock passes a time in its document (the hourly rebuild shows it
 * within the hour): an event's or a conference's registration opens or closes, it or one of its days begins
 * («Pågår nå», and registration closes) and ends («Avholdt»); a grant round opens on its first day and closes the day
 * after its deadline, in Oslo (application-rounds.ts). A cancelled event's page stays as it is, and so does a
 * registration with no sign-up.
 */
function changesWithTime(document: StoredDocument): number[] {
  const fields = document as {
    start?: string;
    end?: string;
    cancelled?: boolean;
    days?: { start?: string; end?: string }[];
    registration?: { status?: string; opensAt?: string; closesAt?: string };
    rounds?: { opensAt?: string; deadline?: string }[];
  };
  const { status, opensAt, closesAt } = fields.registration ?? { status: 'none' };
  // Closed by the editor, it still gains «Fristen gikk ut …» at its deadline (RegistrationStatus.astro).
  const registration = status === 'none' ? [] : status === 'closed' ? [closesAt] : [opensAt, closesAt];
  const times = (values: (string | number | undefined)[]) =>
    values.map((value) => (typeof value === 'string' ? Date.parse(value) : value)).filter(isTime);
  switch (document._type) {
    case 'event':
      return fields.cancelled === true ? [] : times([fields.start, endOf(fields), ...registration]);
    case 'conference':
      return times([...(fields.days ?? []).flatMap((day) => [day.start, endOf(day)]), ...registration]);
    case 'activitySupport':
      // A round without a deadline is never shown as open, so its opening day changes nothing.
      return times(
        (fields.rounds ?? []).flatMap((round) =>
          round.deadline ? [osloMidnight(round.opensAt), osloMidnight(dayAfter(round.deadline))] : [],
        ),
      );
    default:
      return [];
  }
}

const isTime = (value: number | undefined): value is number => Number.isFinite(value);

/** The day after a calendar day: «2027-03-01» → «2027-03-02». */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The moment a calendar day begins in Oslo, one or two hours before it does in UTC; undefined without a day. */
function osloMidnight(day: string | undefined): number | undefined {
  const utc = day ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (!Number.isFinite(utc)) return undefined;
  return [2, 1].map((hours) => utc - hours * 3_600_000).find((time) => osloDay(new Date(time)) === day);
}
