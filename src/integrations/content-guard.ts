import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  builtPages,
  compareWithLastBuild,
  redirectedPaths,
  tooManyVanished,
  vanishedPages,
  type BuildManifest,
} from '../lib/content-guard/manifest';
import { documentsOfPage } from '../lib/content-guard/page-documents';
import { describeProblem } from '../lib/content-guard/problems';
import { guardContent } from '../lib/content-guard/run';
import { vanishedPagesMessage } from '../lib/content-guard/vanished-message';
import { sourceConfigFromEnv } from '../lib/sanity/config';
import { createContentSource } from '../lib/sanity/content-source';
import type { ContentSource } from '../lib/sanity/source';

/** Where the last successful build's list of pages is kept; CI hosts should cache this folder between builds. */
const manifestFile = () => resolve(process.env.BUILD_MANIFEST || '.cache/build-manifest.json');
const reportFile = () => resolve(process.env.CONTENT_REPORT || '.cache/innholdsrapport.md');

/**
 * The build's moment of truth. Before any page renders, every published document is checked (a problem stops
 * the build, listing all problems); after the pages are written, the build is compared with the last successful
 * one, and a site that lost more than 10 % of its pages is not published, unless editors took them down with
 * «Avpubliser» (the documents are kept as drafts) or they are redirected.
 *
 * Its log follows README's rule for the build log: what an editor must act on (warnings, vanished pages, the build
 * stopping) in Norwegian, progress for developers in English.
 */
export function contentGuard(): AstroIntegration {
  let shared: Promise<ContentSource> | undefined;
  const source = () => (shared ??= createContentSource(sourceConfigFromEnv()));
  /** The documents behind each page, from the check before the build, for the manifest written after it. */
  let pageDocuments: Record<string, string[]> = {};
  return {
    name: 'for-alle:content-guard',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const checked = await source();
        const { documents, warnings, pageDocuments: pages } = await guardContent(checked);
        pageDocuments = pages;
        logger.info(`Checked ${documents} published documents: no problems.`);
        const report = [
          '# Innholdsrapport',
          '',
          `Bygget ${new Date().toISOString()} fra ${checked.description}.`,
          '',
          warnings.length === 0 ? 'Ingen merknader.' : `${warnings.length} merknader (de stopper ikke publiseringen):`,
          '',
          ...warnings.map((warning) => `- ${describeProblem(warning)}`),
          '',
        ].join('\n');
        mkdirSync(dirname(reportFile()), { recursive: true });
        writeFileSync(reportFile(), report);
        if (warnings.length > 0) logger.warn(`${warnings.length} merknader til innholdet; se ${reportFile()}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const current = builtPages(outDir);
        const file = manifestFile();
        const previous: BuildManifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: [] };
        const redirects = redirectedPaths(resolve('public/_redirects'));
        const vanished = vanishedPages(previous, current, redirects);
        // Only when the pages gone would stop the build is it worth asking why they are gone.
        const documents = [...new Set(vanished.flatMap((path) => documentsOfPage(previous.documents ?? {}, path)))];
        const content = await source();
        const state = tooManyVanished(vanished.length, previous.pages.length)
          ? await content.publicationState(documents)
          : undefined;
        const { lost, takenDown, tooMany } = compareWithLastBuild(previous, current, redirects, state);
        if (tooMany && process.env.ACCEPT_VANISHED_PAGES === '1') {
          logger.warn(`Godtar at ${lost.length} sider er borte (ACCEPT_VANISHED_PAGES=1).`);
        } else if (tooMany) {
          const message = vanishedPagesMessage({
            lost,
            takenDown,
            total: previous.pages.length,
            draftsSeen: state?.draftOnly != null,
            manifestFile: file,
          });
          // Also on the run's summary page, where the content report is shown.
          appendFileSync(reportFile(), `\n## Oppdateringen stoppet\n\n${message.replace(/\n(?! {2}[-…])/g, '\n\n')}\n`);
          throw new Error(message);
        }
        if (takenDown.length > 0)
          logger.warn(
            `${takenDown.length} sider er tatt ned med «Avpubliser»: ${takenDown
              .slice(0, 5)
              .map((page) => page.path)
              .join(', ')}`,
          );
        if (lost.length > 0)
          logger.warn(
            `${lost.length} sider fra forrige oppdatering er borte: ${lost
              .slice(0, 5)
              .map((page) => page.path)
              .join(', ')}`,
          );
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
