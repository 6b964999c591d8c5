/**
 * Builds the Studio and deploys it to Sanity's hosting (`sanity deploy`), for a real project only. Without
 * SANITY_STUDIO_PROJECT_ID, sanity.cli.ts and sanity.config.ts fall back to the placeholder project `forallelocal` (so
 * the Studio builds and its tests run offline), and `sanity deploy` would put online a Studio no editor can log in to.
 * The CLI takes the variable from the shell or from the Studio's .env files for `deploy`, so this looks in both.
 *
 * Run: SANITY_STUDIO_PROJECT_ID=<id> SANITY_STUDIO_SITE_URL=https://<site> npm run studio:deploy -- --url <name>
 * (arguments after `--` go to `sanity deploy`; `--url <name>` gives https://<name>.sanity.studio without a prompt).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

/** The placeholder sanity.cli.ts and sanity.config.ts use when no project is set. */
const placeholderProjectId = 'forallelocal';

/**
 * The environment `sanity deploy` sees: the files Vite's loadEnv reads in production mode, later ones winning, and
 * the shell over all of them (as the CLI's prerun hook does).
 */
export function deployEnv(
  shell: Record<string, string | undefined>,
  studioDir = here,
): Record<string, string | undefined> {
  const files = ['.env', '.env.local', '.env.production', '.env.production.local'].map((name) => join(studioDir, name));
  const fromFiles = files.filter((file) => existsSync(file)).map((file) => parseEnv(readFileSync(file, 'utf8')));
  return Object.assign({}, ...fromFiles, shell);
}

/** Why the Studio must not be deployed with this environment, or null when it may. */
export function deployRefusal(env: Record<string, string | undefined>): string | null {
  const projectId = env.SANITY_STUDIO_PROJECT_ID?.trim();
  if (projectId && projectId !== placeholderProjectId) return null;
  return [
    `Not deploying the Studio: SANITY_STUDIO_PROJECT_ID is ${projectId ? `the placeholder «${projectId}»` : 'not set'}.`,
    `The Studio would be built for the placeholder project «${placeholderProjectId}», which no editor can log in to.`,
    'Set the real project ID in the shell (or in studio/.env.production) and run it again:',
    '  SANITY_STUDIO_PROJECT_ID=<id> SANITY_STUDIO_SITE_URL=https://<site> npm run studio:deploy -- --url <name>',
    'See README.md, «Connecting a real Sanity project».',
  ].join('\n');
}

/** What the deployed Studio will lack: the variables are read when it is built, not where it runs. */
export function deployWarnings(env: Record<string, string | undefined>): string[] {
  const warnings: string[] = [];
  if (!env.SANITY_STUDIO_SITE_URL?.trim())
    warnings.push('SANITY_STUDIO_SITE_URL is not set: the deployed Studio will offer no «Åpne på nettstedet».');
  if (!env.SANITY_STUDIO_PREVIEW_URL?.trim())
    warnings.push('SANITY_STUDIO_PREVIEW_URL is not set: the deployed Studio will offer no «Forhåndsvis».');
  return warnings;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = deployEnv(process.env);
  const refusal = deployRefusal(env);
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  for (const warning of deployWarnings(env)) console.warn(`Warning: ${warning}`);
  // From the Studio's folder, where the CLI finds sanity.cli.ts, whichever folder this was started from.
  const result = spawnSync('sanity', ['deploy', ...process.argv.slice(2)], {
    cwd: here,
    stdio: 'inherit',
    env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' },
  });
  if (result.error)
    console.error(`Could not run the sanity CLI (run this with npm run studio:deploy): ${result.error.message}`);
  process.exitCode = result.status ?? 1;
}
