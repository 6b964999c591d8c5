import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, compareWithLastBuild, maxVanishedShare, redirectedPaths } from '../lib/content-guard/manifest';
import { describeProblem } from '../lib/content-guard/problems';
import { guardContent } from '../lib/content-guard/run';
import { sourceConfigFromEnv } from '../lib/sanity/config';
import { createContentSource } from '../lib/sanity/content-source';

/** Where the last successful build's list of pages is kept; CI hosts should cache this folder between builds. */
const manifestFile = () => resolve(process.env.BUILD_MANIFEST || '.cache/build-manifest.json');
const reportFile = () => resolve(process.env.CONTENT_REPORT || '.cache/innholdsrapport.md');

/**
 * The build's moment of truth. Before any page renders, every published document is checked (a problem stops
 * the build, listing all problems); after the pages are written, the build is compared with the last successful
 * one, and a site that lost more than 10 % of its pages without redirects is not published.
 *
 * Its log follows README's rule for the build log: what an editor must act on (warnings, vanished pages, the build
 * stopping) in Norwegian, progress for developers in English.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'for-alle:content-guard',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const source = await createContentSource(sourceConfigFromEnv());
        const { documents, warnings } = await guardContent(source);
        logger.info(`Checked ${documents} published documents: no problems.`);
        const report = [
          '# Innholdsrapport',
          '',
          `Bygget ${new Date().toISOString()} fra ${source.description}.`,
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
        const previous: string[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).pages : [];
        const { vanished, tooMany } = compareWithLastBuild(
          previous,
          current,
          redirectedPaths(resolve('public/_redirects')),
        );
        if (tooMany) {
          throw new Error(
            [
              `Bygget stoppes: ${vanished.length} av ${previous.length} sider fra forrige vellykkede bygg er borte (grensen er ${maxVanishedShare * 100} %).`,
              'Det tyder på at innholdskilden svarte med for lite innhold. Den publiserte versjonen er uendret.',
              'Er sidene fjernet med vilje, legg inn omdirigeringer i public/_redirects, eller slett ' + file + '.',
              ...vanished.slice(0, 20).map((path) => `  - ${path}`),
              vanished.length > 20 ? `  … og ${vanished.length - 20} til` : '',
            ].join('\n'),
          );
        }
        if (vanished.length > 0)
          logger.warn(`${vanished.length} sider fra forrige bygg er borte: ${vanished.slice(0, 5).join(', ')}`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify({ builtAt: new Date().toISOString(), pages: current }, null, 2));
        logger.info(`${current.length} pages; manifest written to ${file}`);
      },
    },
  };
}
