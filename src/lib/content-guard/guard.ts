import {
  endsAfterStart,
  fileAssetExtension,
  isDownloadableExtension,
  needsAltText,
  ruleMessages,
} from '@for-alle/shared/content-rules';
import { pillarSlugs, reservedPaths } from '@for-alle/shared/document-path';
import type { Option } from '@for-alle/shared/options';
import {
  annotationTypes,
  blockStyles,
  decorators,
  embeddedTypes,
  listTypes,
  richTextFields,
} from '@for-alle/shared/rich-text';
import type { StoredDocument } from '../sanity/ndjson';
import { registrationStateOf, type RegistrationHolder } from '@for-alle/shared/registration-state';
import { safeHref } from '@for-alle/shared/safe-url';
import { startOf } from '@for-alle/shared/event-time';
import { formatPath, missingDocumentId, type ContentProblem } from './problems';
import { documentSchemas, renderedTypes } from './schemas';
import { checkValueKinds, wrongKindMessage, zodKinds } from './value-kinds';
import { walk } from './walk';

/**
 * Everything that would publish a broken site, found in one pass over the published documents, so an editor
 * gets the whole list at once. See docs/content-guard.md for which cases stop the build and why. `now` is the
 * build's (what is open or still to come).
 */
export function findContentProblems(
  documents: StoredDocument[],
  knownIds: Set<string>,
  now: Date,
  /** The size of each file too large for the site's host (maxFileBytes), by asset id. */
  oversizedFiles: ReadonlyMap<string, number> = new Map(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (document: StoredDocument, path: readonly PropertyKey[], message: string) =>
    problems.push({ id: document._id, type: document._type, path: formatPath(path), message });

  // A document with a value of the wrong kind in a field the checks below read is left out of them, so none of them
  // crashes the guard («days.map is not a function»); its other fields are still checked, so one list has it all.
  const wellShaped: StoredDocument[] = [];
  for (const document of documents) {
    const schema = documentSchemas[document._type];
    if (!schema) continue;
    const wrongKinds: string[] = [];
    const misshapen = new Set<PropertyKey>();
    checkValueKinds(document, (path, message) => {
      wrongKinds.push(formatPath(path));
      misshapen.add(path[0] ?? '');
      report(document, path, message);
    });
    const result = schema.safeParse(document, { error: norwegianIssue });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = formatPath(issue.path);
        if (!wrongKinds.some((path) => at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`)))
          report(document, issue.path, issue.message);
      }
    }
    walk(document, [], (value, path) =>
      checkValue(value, path, knownIds, oversizedFiles, (at, message) => report(document, at, message)),
    );
    if (!shapeReadBelow.some((field) => misshapen.has(field))) wellShaped.push(document);
  }

  problems.push(...duplicateSlugs(documents));
  problems.push(...duplicateNumbers(documents));
  problems.push(...reservedPageSlugs(documents));
  problems.push(...missingEssentials(documents));
  problems.push(...pillarsTheRoutesNeed(documents));
  problems.push(...registrationsWithoutLink(wellShaped, now));
  problems.push(...datesOutOfOrder(wellShaped));
  return problems;
}

/** The fields the checks after the schemas read the shape of. */
const shapeReadBelow: PropertyKey[] = ['start', 'end', 'days', 'rounds', 'registration'];

/**
 * Dates the Studio refuses in this order, which imports and API writes can store: a sign-up opening after its event
 * starts (a mistyped year: it would never open), closing before it opens or after the start, and a grant round's
 * deadline before its opening. Outside the schemas, which skip such rules when any other field of the document fails,
 * so the one list holds them too.
 */
function datesOutOfOrder(documents: StoredDocument[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const document of documents) {
    const at = (path: string, message: string) =>
      problems.push({ id: document._id, type: document._type, path, message });
    const registration = document.registration as { status?: unknown; opensAt?: unknown; closesAt?: unknown } | null;
    if ((document._type === 'event' || document._type === 'conference') && registration?.status !== 'none') {
      const start = startOf(document);
      const { opensAt, closesAt } = registration ?? {};
      if (!endsAfterStart(opensAt, start)) at('registration.opensAt', ruleMessages.registrationOpensAfterStart);
      if (!endsAfterStart(opensAt, closesAt)) at('registration.closesAt', ruleMessages.registrationClosesBeforeOpen);
      else if (typeof closesAt === 'string' && start && Date.parse(closesAt) > Date.parse(start))
        at('registration.closesAt', ruleMessages.registrationClosesAfterStart);
    }
    if (document._type === 'activitySupport' && Array.isArray(document.rounds)) {
      (document.rounds as { opensAt?: unknown; deadline?: unknown }[]).forEach((round, index) => {
        if (!endsAfterStart(round.opensAt, round.deadline))
          at(`rounds[${index}].deadline`, ruleMessages.deadlineAfterOpen);
      });
    }
  }
  return problems;
}

/**
 * Zod's own messages for what the schemas do not word themselves, in Norwegian: a field of the wrong kind inside a
 * group the Studio does not describe, say. Most are caught first by `checkValueKinds`.
 */
const norwegianIssue = (issue: { code?: string; expected?: unknown; input?: unknown }) => {
  if (issue.code !== 'invalid_type') return 'har en verdi nettstedet ikke kan vise';
  if (issue.input === undefined || issue.input === null) return 'mangler, men må fylles ut';
  const kind = zodKinds[String(issue.expected)];
  return kind ? wrongKindMessage(kind, issue.input) : 'har en verdi av feil slag';
};

type Reporter = (path: readonly PropertyKey[], message: string) => void;

/** Fields holding a web address an editor typed; a visitor's browser would follow them. */
const urlFields = new Set(['href', 'url', 'website', 'videoUrl', 'applyUrl']);

function checkValue(
  value: unknown,
  path: PropertyKey[],
  knownIds: Set<string>,
  oversizedFiles: ReadonlyMap<string, number>,
  report: Reporter,
) {
  if (Array.isArray(value) && path.length === 1 && richTextKeys.has(path[0])) checkRichText(value, path, report);
  if (typeof value === 'string' && urlFields.has(String(path[path.length - 1])) && value.trim() !== '') {
    const href = safeHref(value);
    const relative = href !== null && !/^[a-z][a-z0-9+.-]*:/i.test(href);
    const isNavigation = path.includes('mainNavigation');
    if (href === null || (relative && !isNavigation && path[path.length - 1] !== 'href')) {
      report(path, `«${value.slice(0, 60)}» kan ikke brukes som lenke. ${ruleMessages.link}`);
    }
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const object = value as Record<string, unknown>;
  if (typeof object._ref === 'string' && !object._weak && !knownIds.has(object._ref)) {
    report(path, `viser til et dokument som ikke finnes eller ikke er publisert («${object._ref}»)`);
  }
  const asset = object.asset as { _ref?: unknown } | undefined;
  // A missing asset is reported as a missing reference above.
  const extension =
    object._type === 'file' && typeof asset?._ref === 'string' && knownIds.has(asset._ref)
      ? fileAssetExtension(asset._ref)
      : null;
  if (extension && !isDownloadableExtension(extension)) report([...path, 'asset'], ruleMessages.fileType(extension));
  // Cloudflare Pages would refuse the whole deploy over this one file.
  const size = object._type === 'file' && typeof asset?._ref === 'string' ? oversizedFiles.get(asset._ref) : undefined;
  if (size !== undefined) report([...path, 'asset'], ruleMessages.fileTooLarge(size));
  if (object._type === 'figure' && needsAltText(object)) report([...path, 'alt'], ruleMessages.altRequired);
}

const richTextKeys = new Set<PropertyKey>(richTextFields);

/** The choices by their Norwegian names, as the Studio shows them: «Normal, Overskrift 2 … eller Sitat». */
const choiceNames = (options: Option[]) =>
  new Intl.ListFormat('nb', { type: 'disjunction' }).format(options.map((option) => option.title));

const values = (options: Option[]) => new Set(options.map((option) => option.value));
const itemTypes = values([{ title: 'Tekst', value: 'block' }, ...embeddedTypes]);
const styleValues = values(blockStyles);
const listValues = values(listTypes);
const decoratorValues = values(decorators);
const annotationValues = values(annotationTypes);

/**
 * Rich text holds only what the Studio's editor offers (shared/rich-text.ts). Anything else, from an import or an
 * API write, the site cannot show as written: an unknown item or inline object renders as nothing, an unknown style
 * as a plain paragraph, an unknown mark as plain text.
 */
function checkRichText(items: unknown[], path: PropertyKey[], report: Reporter) {
  items.forEach((item, index) => {
    const at = [...path, index];
    const block = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof block._type !== 'string' || !itemTypes.has(block._type)) {
      report(
        [...at, '_type'],
        `innhold av typen «${String(block._type)}» finnes ikke i Studio og vises ikke på nettstedet: fjern det, og skriv det som tekst, ${choiceNames(embeddedTypes).toLowerCase()}`,
      );
      return;
    }
    if (block._type !== 'block') return;
    if (block.style != null && !styleValues.has(block.style as string)) {
      report(
        [...at, 'style'],
        `stilen «${String(block.style)}» finnes ikke i Studio: velg ${choiceNames(blockStyles)}`,
      );
    }
    if (block.listItem != null && !listValues.has(block.listItem as string)) {
      report(
        [...at, 'listItem'],
        `listetypen «${String(block.listItem)}» finnes ikke i Studio: velg ${choiceNames(listTypes)}`,
      );
    }
    const markDefs = Array.isArray(block.markDefs) ? (block.markDefs as Record<string, unknown>[]) : [];
    markDefs.forEach((markDef, markIndex) => {
      if (!annotationValues.has(markDef?._type as string)) {
        report(
          [...at, 'markDefs', markIndex, '_type'],
          `merknaden «${String(markDef?._type)}» finnes ikke i Studio og vises ikke på nettstedet: bruk ${choiceNames(annotationTypes)}, eller fjern den`,
        );
      }
    });
    const markKeys = new Set(markDefs.map((markDef) => markDef?._key));
    const children = Array.isArray(block.children) ? (block.children as Record<string, unknown>[]) : [];
    children.forEach((child, childIndex) => {
      if (child?._type !== 'span') {
        report(
          [...at, 'children', childIndex, '_type'],
          `innhold av typen «${String(child?._type)}» inne i teksten finnes ikke i Studio og vises ikke på nettstedet: fjern det`,
        );
        return;
      }
      const marks = Array.isArray(child.marks) ? (child.marks as unknown[]) : [];
      marks.forEach((mark, markIndex) => {
        if (!markKeys.has(mark) && !decoratorValues.has(mark as string)) {
          report(
            [...at, 'children', childIndex, 'marks', markIndex],
            `tekstformatet «${String(mark)}» finnes ikke i Studio og vises ikke på nettstedet: bruk ${choiceNames(decorators)}, eller fjern det`,
          );
        }
      });
    });
  });
}

function duplicateSlugs(documents: StoredDocument[]): ContentProblem[] {
  const seen = new Map<string, StoredDocument>();
  const problems: ContentProblem[] = [];
  for (const document of documents) {
    const slug = (document.slug as { current?: unknown } | undefined)?.current;
    if (typeof slug !== 'string' || !renderedTypes.includes(document._type)) continue;
    const key = `${document._type}:${slug}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        id: document._id,
        type: document._type,
        path: 'slug',
        message: `adressen «${slug}» er allerede brukt av «${first._id}»: to dokumenter av samme type kan ikke ha samme adresse`,
      });
    } else seen.set(key, document);
  }
  return problems;
}

/**
 * Numbers one document of a type owns: a conference's year is its address (/konferanse/2025), a pillar's order its
 * place in the menus, a research question's number its anchor (#problemstilling-2). The Studio checks the same.
 */
const uniqueNumbers: { type: string; field: string; message: (value: number, otherId: string) => string }[] = [
  { type: 'conference', field: 'year', message: ruleMessages.conferenceYearTaken },
  { type: 'pillar', field: 'order', message: ruleMessages.pillarOrderTaken },
  { type: 'researchQuestion', field: 'number', message: ruleMessages.questionNumberTaken },
];

function duplicateNumbers(documents: StoredDocument[]): ContentProblem[] {
  return uniqueNumbers.flatMap(({ type, field, message }) => {
    const seen = new Map<number, StoredDocument>();
    return documents
      .filter((document) => document._type === type && typeof document[field] === 'number')
      .flatMap((document) => {
        const value = document[field] as number;
        const first = seen.get(value);
        if (!first) {
          seen.set(value, document);
          return [];
        }
        return [
          {
            id: document._id,
            type,
            path: field,
            message: message(value, first._id),
          },
        ];
      });
  });
}

/**
 * An event or a conference set to «Åpen» or «Fulltegnet – venteliste» by hand, open by its dates on the build day,
 * with no link to sign up through. The Studio refuses that status without the link (unless registration has already
 * closed, and then it is not open by its dates), so this stops only an import or an API write. One that opened by
 * its date alone waits for the link instead: its page says «Påmeldingen åpner snart» with no button, and the content
 * report names it (report.ts), so one forgotten link does not stop every page. A cancelled event is left alone: its
 * page offers no sign-up at all.
 */
function registrationsWithoutLink(documents: StoredDocument[], now: Date): ContentProblem[] {
  return documents.flatMap((document) => {
    if (document._type !== 'event' && document._type !== 'conference') return [];
    const status = (document.registration as { status?: string } | null | undefined)?.status;
    if (status !== 'open' && status !== 'waitlist') return [];
    if (document.cancelled === true) return [];
    if (registrationStateOf(document as RegistrationHolder, now) !== 'awaitingLink') return [];
    return [
      {
        id: document._id,
        type: document._type,
        path: 'registration.url',
        message: ruleMessages.registrationUrlRequired,
      },
    ];
  });
}

/** An editor's page at an address the site's own routes use would never be published (the route wins). */
function reservedPageSlugs(documents: StoredDocument[]): ContentProblem[] {
  return documents
    .filter((document) => document._type === 'page')
    .flatMap((document) => {
      const slug = (document.slug as { current?: unknown } | undefined)?.current;
      if (typeof slug !== 'string' || !reservedPaths.has(slug)) return [];
      return [
        {
          id: document._id,
          type: document._type,
          path: 'slug',
          message: ruleMessages.reservedPath(slug),
        },
      ];
    });
}

/** Singletons a page is built from (their _id is their type); other pages link to them, so they cannot be left out. */
const requiredSingletons: Record<string, string> = {
  activitySupport: 'siden /aktivitetsstotte (søknadsrundene)',
  applicationGuide: 'søknadsveiledningen på /samarbeidsprosjekter#soknad',
};

/** The site cannot be built without its settings and page singletons; an empty answer means something is wrong upstream. */
function missingEssentials(documents: StoredDocument[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!documents.some((document) => document._id === 'siteSettings')) {
    problems.push({
      id: 'siteSettings',
      type: 'siteSettings',
      path: '',
      message: 'innstillingene for nettstedet finnes ikke eller er ikke publisert',
    });
  }
  for (const [id, page] of Object.entries(requiredSingletons)) {
    if (!documents.some((document) => document._id === id)) {
      problems.push({
        id,
        type: id,
        path: '',
        message: `dokumentet finnes ikke eller er ikke publisert; ${page} kan ikke bygges uten det`,
      });
    }
  }
  return problems;
}

/**
 * Each pillar's route finds its document by slug (shared/document-path.ts): one missing would stop the build
 * mid-render, and a pillar at any other slug would be linked from the front page and the menus to a page that does
 * not exist. The Studio keeps the slugs read-only; an import or an API write may not.
 */
function pillarsTheRoutesNeed(documents: StoredDocument[]): ContentProblem[] {
  const pillars = documents.filter((document) => document._type === 'pillar');
  const slugOf = (pillar: StoredDocument) => (pillar.slug as { current?: unknown } | undefined)?.current;
  const known = new Set<unknown>(Object.values(pillarSlugs));
  const missing = Object.values(pillarSlugs)
    .filter((slug) => !pillars.some((pillar) => slugOf(pillar) === slug))
    .map((slug) => ({
      id: missingDocumentId,
      type: 'pillar',
      path: 'slug',
      message: `satsingsområdet med adressen «${slug}» finnes ikke eller er ikke publisert, og siden /${slug} kan ikke bygges uten det: publiser det, eller gi det adressen «${slug}» tilbake`,
    }));
  const unknown = pillars
    .filter((pillar) => typeof slugOf(pillar) === 'string' && !known.has(slugOf(pillar)))
    .map((pillar) => ({
      id: pillar._id,
      type: pillar._type,
      path: 'slug',
      message: `adressen «${String(slugOf(pillar))}» er ikke adressen til noe satsingsområde nettstedet har en side for (${Object.values(pillarSlugs).join(', ')}): gi satsingsområdet tilbake adressen det hadde`,
    }));
  return [...missing, ...unknown];
}
