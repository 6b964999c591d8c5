/** One thing wrong with one document, in words an editor can act on. */
export interface ContentProblem {
  id: string;
  type: string;
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

/** The line an editor reads: which document, which field, what is wrong. */
export function describeProblem(problem: ContentProblem): string {
  return `«${problem.id}» (${problem.type})${problem.path ? ` › ${problem.path}` : ''}: ${problem.message}`;
}

/** Thrown when content would publish a broken site: lists every problem found in the run, not just the first. */
export class ContentGuardError extends Error {
  constructor(
    readonly problems: ContentProblem[],
    source: string,
  ) {
    super(
      [
        `Innholdet i ${source} har ${problems.length === 1 ? 'én feil' : `${problems.length} feil`} som må rettes før nettstedet kan publiseres:`,
        ...problems.map((problem) => `  - ${describeProblem(problem)}`),
        'Rett feilene i Sanity Studio og publiser på nytt. Den publiserte versjonen av nettstedet er uendret.',
      ].join('\n'),
    );
    this.name = 'ContentGuardError';
  }
}
