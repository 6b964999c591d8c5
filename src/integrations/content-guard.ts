import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  builtPages,
  compareWithLastBuild,
  redirectedPaths,
  tooManyVanished,
  vanishedPages,
  type BuildManifest,
} from '../lib/content-guard/manifest';
import { recheckChangesDuringBuild } from '../lib/content-guard/changes-during-build';
import { documentsOfPage } from '../lib/content-guard/page-documents';
import { ContentGuardError, describeProblem, statusItems } from '../lib/content-guard/problems';
import { guardContent, type GuardResult } from '../lib/content-guard/run';
import { checkStudioUrl } from '../lib/content-guard/studio-link';
import { vanishedPagesMessage } from '../lib/content-guard/vanished-message';
import { buildNow } from '../lib/now';
import { sourceConfigFromEnv } from '../lib/sanity/config';
import { ContentLakeError } from '../lib/sanity/content-lake-source';
import { createContentSource } from '../lib/sanity/content-source';
import type { ContentSource } from '../lib/sanity/source';
import type { ContentCheck } from '@for-alle/shared/site-status';

/** Where the last successful build's list of pages is kept; CI hosts should cache this folder between builds. */
const manifestFile = () => resolve(process.env.BUILD_MANIFEST || '.cache/build-manifest.json');
const reportFile = () => resolve(process.env.CONTENT_REPORT || '.cache/innholdsrapport.md');
/** The same findings for the Studio's status pane, which the deploy workflow hands on (scripts/report-site-status.ts). */
const checkFile = () => resolve(process.env.CONTENT_CHECK || '.cache/innholdskontroll.json');

/**
 * The build's moment of truth. Before any page renders, every published document is checked (a problem stops
 * the build, listing all problems); after the pages are written, content published in the Content Lake meanwhile
 * is checked too (changes-during-build.ts), and the build is compared with the last successful one: a site that
 * lost more than 10 % of its pages is not published, unless editors took them down with «Avpubliser» (the
 * documents are kept as drafts) or they are redirected.
 *
 * Its log follows README's rule for the build log: what an editor must act on (warnings, vanished pages, the build
 * stopping) in Norwegian, progress for developers in English.
 */
export function contentGuard(): AstroIntegration & {
  /** When a page that shows its own document last changed (the sitemap's `lastmod`); known once the check has run. */
  lastModified(path: string): string | undefined;
} {
  let shared: Promise<ContentSource> | undefined;
  const source = () => (shared ??= createContentSource(sourceConfigFromEnv()));
  /** The check before the build, and the "now" it checked with. */
  let checked: { result: GuardResult; now: Date } | undefined;
  /** The documents behind each page, from the check before the build, for the manifest written after it. */
  let pageDocuments: Record<string, string[]> = {};
  /** When each dated page last changed, from the check (and the recheck, which sees later changes). */
  let pageDates = new Map<string, string>();
  return {
    name: 'for-alle:content-guard',
    lastModified: (path) => pageDates.get(path),
    hooks: {
      'astro:build:start': async ({ logger }) => {
        checkStudioUrl();
        const content = await source();
        const now = buildNow();
        const result = await guardContent(content, now).catch((error: unknown) => {
          if (!(error instanceof ContentGuardError) && !(error instanceof ContentLakeError)) throw error;
          // A report of this build, not the last successful one's that CI restored with the cache.
          writeReport([`Bygget ${new Date().toISOString()} fra ${content.description}.`]);
          writeCheck({ remarks: [] });
          if (error instanceof ContentLakeError) stopBuild(error.message, { technicalFailure: error.message });
          stopOverProblems(error, logger, 'Byggingen stoppet før noen side ble laget: innholdet har feil (se over).');
        });
        checked = { result, now };
        const { documents, warnings } = result;
        pageDocuments = result.pageDocuments;
        pageDates = result.pageDates;
        logger.info(
          `Checked ${documents} published documents of the types the site shows (pictures and files not counted): no problems.`,
        );
        writeReport([
          `Bygget ${new Date().toISOString()} fra ${content.description}.`,
          '',
          warnings.length === 0 ? 'Ingen merknader.' : `${remarks(warnings.length)} (de stopper ikke publiseringen):`,
          '',
          ...warnings.map((warning) => `- ${describeProblem(warning)}`),
        ]);
        writeCheck({ remarks: statusItems(warnings) });
        if (warnings.length > 0) logger.warn(`${remarks(warnings.length)} til innholdet; se ${reportFile()}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const content = await source();
        // The bundled export is read once for the whole build; only the Content Lake can change under it.
        if (content.backend === 'content-lake' && checked) {
          try {
            const { changes, recheck } = await recheckChangesDuringBuild(content, checked.result, checked.now);
            if (recheck) {
              const listed = (ids: string[]) =>
                `${ids.length} ${ids.length === 1 ? 'document' : 'documents'} (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''})`;
              logger.info(
                [
                  changes.changed.length > 0 &&
                    `${listed(changes.changed)} published or changed during the build passed the content guard.`,
                  changes.gone.length > 0 && `${listed(changes.gone)} deleted or unpublished during the build.`,
                  'The publish webhook has started another build that takes them.',
                ]
                  .filter(Boolean)
                  .join(' '),
              );
              pageDocuments = mergedPageDocuments(pageDocuments, recheck.pageDocuments);
              pageDates = new Map([...pageDates, ...recheck.pageDates]);
            }
          } catch (error) {
            if (error instanceof ContentGuardError)
              stopOverProblems(
                error,
                logger,
                'Byggingen stoppet: innhold publisert under byggingen har feil (se over).',
              );
            const message = error instanceof Error ? error.message : String(error);
            stopBuild(message, { technicalFailure: message });
          }
        }
        const outDir = fileURLToPath(dir);
        const current = builtPages(outDir);
        const file = manifestFile();
        const previous: BuildManifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: [] };
        const redirects = redirectedPaths(resolve('public/_redirects'));
        const vanished = vanishedPages(previous, current, redirects);
        // Only when the pages gone would stop the build is it worth asking why they are gone.
        const documents = [...new Set(vanished.flatMap((path) => documentsOfPage(previous.documents ?? {}, path)))];
        const state = tooManyVanished(vanished.length, previous.pages.length)
          ? await content.publicationState(documents)
          : undefined;
        const { lost, takenDown, tooMany } = compareWithLastBuild(previous, current, redirects, state);
        if (tooMany && process.env.ACCEPT_VANISHED_PAGES === '1') {
          logger.warn(`Godtar at ${pages(lost.length)} er borte (ACCEPT_VANISHED_PAGES=1).`);
        } else if (tooMany) {
          const facts = {
            lost,
            takenDown,
            total: previous.pages.length,
            draftsSeen: state?.draftOnly != null,
            manifestFile: file,
          };
          stopBuild(vanishedPagesMessage({ ...facts, listPages: false }), {
            stopMessage: vanishedPagesMessage(facts),
          });
        }
        // Counts only: a page's address is made from its title and may name a child, and a public repository's build
        // logs are public. The manifest keeps them, in the Actions cache, which only workflows can read.
        if (takenDown.length > 0) logger.warn(`${pages(takenDown.length)} er tatt ned med «Avpubliser».`);
        if (lost.length > 0) logger.warn(`${pages(lost.length)} fra forrige oppdatering er borte.`);
        const built = new Set(current);
        const manifest: BuildManifest = {
          builtAt: new Date().toISOString(),
          pages: current,
          documents: Object.fromEntries(Object.entries(pageDocuments).filter(([path]) => built.has(path))),
        };
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(manifest));
        logger.info(`${current.length} pages; manifest written to ${file}`);
      },
    },
  };
}

/**
 * Stops the build over content an editor must mend: the list on its own in the log and under the content report, then
 * one line. Not Astro's «unhandled error» around the list with a stack trace into run.ts, which reads as a crash.
 */
function stopOverProblems(error: ContentGuardError, logger: AstroIntegrationLogger, line: string): never {
  logger.error(error.message);
  appendStop(error.message, { problems: statusItems(error.problems) });
  throw messageOnly(line);
}

/**
 * Stops the build with a message for editors (the Content Lake failed, pages vanished), also on the run's page, and
 * why in the findings for the status pane: a stop the editors can act on, or a technical failure.
 */
function stopBuild(
  message: string,
  why: Pick<ContentCheck, 'stopMessage'> | Pick<ContentCheck, 'technicalFailure'>,
): never {
  appendStop(message, why);
  throw messageOnly(message);
}

/** An error Astro prints as its message alone: a stack into the guard's code would read as a crash. */
function messageOnly(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/** «1 merknad», «2 merknader»: the counts editors read. */
const remarks = (count: number) => `${count} ${count === 1 ? 'merknad' : 'merknader'}`;
const pages = (count: number) => `${count} ${count === 1 ? 'side' : 'sider'}`;

/** Writes this build's content report: its heading and these lines. */
function writeReport(lines: string[]) {
  mkdirSync(dirname(reportFile()), { recursive: true });
  writeFileSync(reportFile(), ['# Innholdsrapport', '', ...lines, ''].join('\n'));
}

/** Writes this build's findings for the status pane: no problems yet, and these remarks. */
function writeCheck({ remarks }: Pick<ContentCheck, 'remarks'>) {
  const check: ContentCheck = { checkedAt: new Date().toISOString(), problems: [], remarks };
  mkdirSync(dirname(checkFile()), { recursive: true });
  writeFileSync(checkFile(), JSON.stringify(check, null, 2));
}

/**
 * A message that stops the build, also on the run's summary page, under the content report, and why it stopped in the
 * findings for the status pane: the documents at fault, or the message when no field is.
 */
function appendStop(
  message: string,
  stop: Pick<ContentCheck, 'problems'> | Pick<ContentCheck, 'stopMessage'> | Pick<ContentCheck, 'technicalFailure'>,
) {
  appendFileSync(reportFile(), `\n## Oppdateringen stoppet\n\n${message.replace(/\n(?! {2}[-…])/g, '\n\n')}\n`);
  const check = JSON.parse(readFileSync(checkFile(), 'utf8')) as ContentCheck;
  writeFileSync(checkFile(), JSON.stringify({ ...check, ...stop }, null, 2));
}

/** Each page's documents from both checks: a page may have been made from either. */
function mergedPageDocuments(first: Record<string, string[]>, second: Record<string, string[]>) {
  const merged: Record<string, string[]> = { ...first };
  for (const [path, ids] of Object.entries(second)) merged[path] = [...new Set([...(merged[path] ?? []), ...ids])];
  return merged;
}
