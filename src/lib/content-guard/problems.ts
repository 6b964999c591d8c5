import { documentTypeNames } from '@for-alle/shared/document-type-names';
import type { SiteStatusItem } from '@for-alle/shared/site-status';
import { fieldLabels } from './field-labels';
import { studioEditLink, studioUrlFromEnv } from './studio-link';

/** One thing wrong with one document, in words an editor can act on. */
export interface ContentProblem {
  id: string;
  type: string;
  /** The document's title (or name, or year) as the Studio lists it, when it has one. */
  title?: string;
  /** Where in the document, e.g. `body[2].markDefs[0].href`; empty for the document as a whole. */
  path: string;
  message: string;
}

/** `[ 'body', 2, 'markDefs', 0, 'href' ]` → `body[2].markDefs[0].href` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * The line an editor reads: which document, which field, what is wrong. It opens with the document and the field as
 * the Studio shows them («Arrangement «Workshop i Arendal» › Påmelding › Påmeldingslenke»), since a document made in
 * the Studio has a random id that its search does not find; the id, type and field path follow, for whoever runs the
 * site, and, when the Studio's address is known, a link that opens the document at the field.
 */
export function describeProblem(
  problem: ContentProblem,
  studioUrl: string | null = studioUrlFromEnv() ?? null,
): string {
  const shown = problemPlace(problem);
  const where = `«${problem.id}» (${problem.type})${problem.path ? ` › ${problem.path}` : ''}`;
  // A document that is missing altogether (a singleton never published) has nothing to open.
  const link = studioUrl && opensInStudio(problem) ? ` Åpne i Studio: ${studioEditLink(studioUrl, problem)}` : '';
  return `${shown ? `${shown}: ` : ''}${where}: ${problem.message}${link}`;
}

/** The document and the field as the Studio shows them: «Arrangement «Workshop i Arendal» › Påmelding › Påmeldingslenke». */
function problemPlace(problem: ContentProblem): string {
  const typeName = documentTypeNames[problem.type];
  const document = typeName && [typeName, problem.title && `«${problem.title}»`].filter(Boolean).join(' ');
  const fields = problem.path ? fieldLabels(problem.type, problem.path) : [];
  return [document, ...fields].filter(Boolean).join(' › ');
}

/** Whether the Studio has a document to open: not for a type it does not know, nor a singleton never published. */
const opensInStudio = (problem: ContentProblem) =>
  documentTypeNames[problem.type] !== undefined && problem.id !== missingDocumentId;

/** The id a problem names when the document it is about does not exist at all. */
export const missingDocumentId = '(ingen)';

/**
 * Problems as the Studio's status pane lists them (shared/site-status.ts). A problem the Studio cannot open (a type it
 * does not know, a document that does not exist) keeps its id and type in the words, with an empty type to open.
 */
export function statusItems(problems: readonly ContentProblem[]): SiteStatusItem[] {
  return problems.map((problem, index) => ({
    _key: `item${index}`,
    documentId: problem.id,
    documentType: opensInStudio(problem) ? problem.type : '',
    path: problem.path,
    where: problemPlace(problem) || `«${problem.id}» (${problem.type})`,
    message: problem.message,
  }));
}

/** The title an editor knows a document by: its title, name, year or question, whichever it has. */
export function documentTitle(document: Record<string, unknown>): string | undefined {
  for (const field of ['title', 'name', 'year', 'question']) {
    const value = document[field];
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value).trim();
  }
  return undefined;
}

/**
 * Thrown when content would publish a broken site: lists every problem found in the run, not just the first. `note`
 * is a sentence on why these were found when they were (changes-during-build.ts), before what to do.
 */
export class ContentGuardError extends Error {
  constructor(
    readonly problems: ContentProblem[],
    source: string,
    note?: string,
  ) {
    super(
      [
        `Innholdet i ${source} har ${problems.length === 1 ? 'én feil' : `${problems.length} feil`} som må rettes før nettstedet kan publiseres:`,
        ...problems.map((problem) => `  - ${describeProblem(problem)}`),
        ...(note ? [note] : []),
        'Rett feilene i Sanity Studio og publiser på nytt. Den publiserte versjonen av nettstedet er uendret.',
      ].join('\n'),
    );
    this.name = 'ContentGuardError';
  }
}
