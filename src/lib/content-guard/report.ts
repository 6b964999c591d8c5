import type { StoredDocument } from '../sanity/ndjson';
import { formatDate, formatTime } from '../format';
import {
  hasRegistrationLink,
  registrationStateOf,
  type RegistrationHolder,
  type RegistrationInput,
} from '@for-alle/shared/registration-state';
import { areasBelowPlaces } from '@for-alle/shared/areas-in-process';
import { areasInProcessTitle } from '@for-alle/shared/areas-in-process-title';
import { currentRounds, type ApplicationRound } from '@for-alle/shared/application-rounds';
import { ruleMessages } from '@for-alle/shared/content-rules';
import { placeStatusMismatch, placeStatusMismatchMessage } from '@for-alle/shared/place-status';
import { publishDateAhead } from '@for-alle/shared/publish-date-ahead';
import { publishDateFields } from '@for-alle/shared/publish-date-fields';
import { blocksText, type PlaceCounts, wrongTypedCounts } from '@for-alle/shared/typed-counts';
import { applyLinkComing } from '../content/activity-support';
import { signUpWording, stillUpcomingWording } from '../content/upcoming-wording';
import { yearMs } from '../now';
import { hasBegun, isOver, isToCome, type Dated } from '@for-alle/shared/event-time';
import { formatPath, type ContentProblem } from './problems';
import { walk } from './walk';

/** How long before registration opens the report asks for a missing link: from then on the page waits for it. */
const linkReminderMs = 14 * 24 * 60 * 60 * 1000;

/**
 * Things an editor may want to fix, that do not stop publishing: events still marked open after they ended,
 * registration opening within two weeks without its link (from the opening time its page says «Påmeldingen åpner
 * snart» until the link is in), a round of the activity support open or opening within two weeks without the form's
 * link,
 * stories without "Kort fortalt", images without credit, documents untouched for a year, a past conference
 * without a programme or with an ingress (or a body, or a day's description) still written for a conference to come, a page or pillar whose text counts
 * the cities or areas differently from the places and the settings, a place whose status disagrees with its projects',
 * a story or research update dated more than a day ahead, a pillar without a contact person.
 */
export function findContentWarnings(documents: StoredDocument[], now: Date): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const warn = (document: StoredDocument, path: string, message: string) =>
    warnings.push({ id: document._id, type: document._type, path, message });

  // A text that says «sju byer» does not follow the places; the map and /samarbeidsprosjekter count them by themselves.
  const placesWith = (status: string) =>
    documents.filter((document) => document._type === 'place' && document.status === status).length;
  const settings = documents.find((document) => document._id === 'siteSettings');
  const areasSetting = settings?.areasInProcess as number | undefined;
  const establishing = placesWith('establishing');
  const placeCounts: PlaceCounts = {
    activePlaces: placesWith('active'),
    areasInProcess: areasSetting,
    establishingPlaces: establishing,
  };
  if (settings && areasBelowPlaces(areasSetting, establishing)) {
    warn(
      settings,
      'areasInProcess',
      `«${areasInProcessTitle}» er ${areasSetting ?? 'tomt'}, men ${establishing === 1 ? '1 sted har' : `${establishing} steder har`} status «Under etablering» – nettstedet sier derfor ${establishing === 1 ? 'ett område' : `${establishing} områder`}; rett tallet, og tell med områdene som ikke er lagt inn som steder`,
    );
  }

  const projectStatusesByPlace = Map.groupBy(
    documents.filter((document) => document._type === 'collaborationProject'),
    (project) => (project.place as { _ref?: string } | undefined)?._ref,
  );

  for (const document of documents) {
    if (document._type === 'place') {
      const projects = projectStatusesByPlace.get(document._id) ?? [];
      const mismatch = placeStatusMismatch(
        document.status as string | undefined,
        projects.map((project) => project.status as string | undefined),
      );
      if (mismatch) warn(document, 'status', placeStatusMismatchMessage(mismatch, document.name));
    }
    if (document._type === 'pillar' && !(Array.isArray(document.contacts) && document.contacts.length > 0)) {
      warn(document, 'contacts', ruleMessages.pillarWithoutContact);
    }
    if (document._type === 'page' || document._type === 'pillar') {
      for (const count of wrongTypedCounts(blocksText(document.body), placeCounts)) {
        warn(
          document,
          'body',
          count.noun === 'byer'
            ? `teksten sier «${count.phrase}», men ${count.expected} steder har status «Aktivt samarbeidsprosjekt» – rett tallet og listen over byene`
            : `teksten sier «${count.phrase}», men kartet og nøkkeltallene sier ${count.expected} – tallet kommer fra «${areasInProcessTitle}» i Innstillinger; rett tallet her eller i Innstillinger`,
        );
      }
    }
    const registration = document.registration as { status?: string } | undefined;
    // A conference by its days (it has no start or end of its own): over when its last day is.
    const dated = document as Dated;
    if (document.cancelled === true) {
      // A cancelled event's page says nothing about signing up, whatever its registration says.
    } else if (registration?.status === 'open' && isOver(dated, now)) {
      warn(
        document,
        'registration.status',
        'arrangementet er over, men påmeldingen står fortsatt som «Åpen» – sett den til «Stengt»',
      );
    } else if (
      registration?.status === 'waitlist' &&
      registrationStateOf(document as RegistrationHolder, now) === 'closed'
    ) {
      warn(document, 'registration.status', 'arrangementet er over, men står fortsatt som fulltegnet med venteliste');
    } else if (
      !registration &&
      (document._type === 'event' || document._type === 'conference') &&
      isToCome(dated, now)
    ) {
      warn(
        document,
        'registration',
        'nettstedet sier ingenting om påmelding fordi feltet er tomt – velg en status, for eksempel «Ingen påmelding – åpent for alle»',
      );
    }
    const missingForm = applyUrlMissing(document, now);
    if (missingForm) {
      const round = `«${missingForm.round.title ?? 'søknadsrunden'}»`;
      warn(
        document,
        'applyUrl',
        missingForm.opened
          ? `${round} er åpen, men lenken til søknadsskjemaet mangler – til den er lagt inn, står det «${applyLinkComing}» på /aktivitetsstotte, uten knapp for å søke`
          : `${round} åpner ${formatDate(missingForm.round.opensAt!)}, men lenken til søknadsskjemaet mangler – legg den inn før da, ellers står det bare «${applyLinkComing}» på /aktivitetsstotte, uten knapp for å søke`,
      );
    }
    const missingLink = registrationLinkMissing(document, now);
    if (missingLink) {
      const when = `${formatDate(missingLink.opensAt)} ${formatTime(missingLink.opensAt)}`;
      warn(
        document,
        'registration.url',
        missingLink.opened
          ? `påmeldingen skulle ha åpnet ${when}, men påmeldingslenken mangler – til den er lagt inn, står det «Påmeldingen åpner snart» på siden, uten knapp for å melde seg på`
          : `påmeldingen åpner ${when}, men påmeldingslenken mangler – legg den inn før da, ellers står det bare «Påmeldingen åpner snart» på siden, uten knapp for å melde seg på`,
      );
    }
    if (document._type === 'conference' && isOver(dated, now) && !hasSessions(document)) {
      warn(
        document,
        'sessions',
        'konferansen er over, men har ikke noe program – legg inn programmet, så siden viser hva som ble lagt fram',
      );
    }
    // From the first day on, the page shows a lead made from the dates instead of an ingress that still speaks of the
    // conference as to come (conferenceLead): the editor's own text is better, in the past tense.
    const conferenceBegun =
      document._type === 'conference' &&
      ((document.days as { start?: string }[] | undefined) ?? []).some((day) => hasBegun(day.start, now));
    const upcomingWording = conferenceBegun ? stillUpcomingWording(document.ingress) : null;
    if (upcomingWording) {
      warn(
        document,
        'ingress',
        `konferansen har begynt, men ingressen omtaler den fortsatt som kommende («${upcomingWording}») – nettstedet viser i stedet en setning med datoene og stedet; skriv om ingressen i fortid`,
      );
    }
    // The body and the days' descriptions stay on the page for good, and sign-up wording there is not replaced.
    if (conferenceBegun) {
      const texts: [string, string][] = [
        ['body', blocksText(document.body)],
        ...((document.days as { description?: unknown }[] | undefined) ?? []).map((day, index): [string, string] => [
          formatPath(['days', index, 'description']),
          typeof day.description === 'string' ? day.description : '',
        ]),
      ];
      for (const [path, text] of texts) {
        const wording = signUpWording(text);
        if (wording) {
          warn(
            document,
            path,
            `konferansen har begynt, men teksten handler fortsatt om påmeldingen («${wording}») – den står på siden for godt; skriv den om i fortid, eller ta bort det som gjaldt påmeldingen`,
          );
        }
      }
    }
    // Usually a typo in the year: the document is out now, dated ahead, and first in every list and the feed.
    const dateField = publishDateFields[document._type]?.name;
    const published = dateField ? document[dateField] : undefined;
    if (typeof published === 'string' && publishDateAhead(published, now)) {
      const what = document._type === 'researchUpdate' ? 'oppdateringen' : 'historien';
      warn(
        document,
        dateField,
        `«Publisert» er ${formatDate(published)}, mer enn en dag fram i tid – ${what} står med den datoen og først i listene og nyhetsstrømmen til da; er datoen feil, rett den`,
      );
    }
    if (document._type === 'projectStory' && !(typeof document.summary === 'string' && document.summary.trim())) {
      warn(
        document,
        'summary',
        'historien mangler «Kort fortalt» – et kort sammendrag i klart språk hjelper mange lesere',
      );
    }
    // Every picture, wherever it sits: a main image, a portrait, a figure in the body text.
    walk(document, [], (value, path) => {
      const figure = value as {
        _type?: string;
        asset?: unknown;
        credit?: string;
        decorative?: boolean;
        childConsentConfirmed?: boolean;
      } | null;
      if (!figure || typeof figure !== 'object' || figure._type !== 'figure') return;
      if (!figure.decorative && !figure.credit)
        warn(document, formatPath([...path, 'credit']), 'bildet mangler kreditering (fotograf eller illustratør)');
      // The Studio refuses to publish a picture without it, but pictures published before the field existed, or by
      // an import or a script, have none. A remark, not a stop: every such picture would otherwise stop every update
      // until an editor had gone through them all.
      if (figure.asset && figure.childConsentConfirmed !== true)
        warn(document, formatPath([...path, 'childConsentConfirmed']), ruleMessages.childConsentRequired);
    });
    const updated = Date.parse(String(document._updatedAt ?? ''));
    if (
      ['page', 'pillar', 'activitySupport', 'applicationGuide'].includes(document._type) &&
      updated &&
      now.getTime() - updated > yearMs
    ) {
      warn(document, '', 'siden er ikke oppdatert på over et år – er innholdet fortsatt riktig?');
    }
  }
  return warnings;
}

/**
 * A registration with no link whose opening time is near (within two weeks) or has passed: the Studio lets it be
 * published with a reminder, and from the opening time its page says «Påmeldingen åpner snart» with no button until
 * the link is in. A status set to «Åpen» or «Venteliste» by hand without a link stops the build instead (guard.ts).
 */
function registrationLinkMissing(document: StoredDocument, now: Date): { opensAt: string; opened: boolean } | null {
  const registration = document.registration as RegistrationInput | undefined;
  const opensAt = registration?.opensAt;
  if (!opensAt || hasRegistrationLink(registration) || document.cancelled === true) return null;
  if (registration.status === 'open' || registration.status === 'waitlist') return null;
  const state = registrationStateOf(document as RegistrationHolder, now);
  if (state === 'awaitingLink') return { opensAt, opened: true };
  const opensIn = Date.parse(opensAt) - now.getTime();
  return state === 'notOpen' && opensIn > 0 && opensIn <= linkReminderMs ? { opensAt, opened: false } : null;
}

/**
 * A round of the activity support that is open, or opens within two weeks, while the form's link is missing: the
 * Studio lets it be published with a reminder, and the page says the link is coming instead of offering the button.
 */
function applyUrlMissing(document: StoredDocument, now: Date): { round: ApplicationRound; opened: boolean } | null {
  if (document._type !== 'activitySupport' || !Array.isArray(document.rounds)) return null;
  if (typeof document.applyUrl === 'string' && document.applyUrl.trim()) return null;
  const { open, next } = currentRounds(document.rounds as ApplicationRound[], now);
  if (open) return { round: open, opened: true };
  const opensIn = next?.opensAt ? Date.parse(next.opensAt) - now.getTime() : Infinity;
  return next && opensIn <= linkReminderMs ? { round: next, opened: false } : null;
}

/** Whether the first day of a conference has begun (a conference without days never has). */
function hasSessions(document: StoredDocument): boolean {
  return ((document.sessions as unknown[] | undefined) ?? []).length > 0;
}
