// `npm run studio:deploy`: the hosted Studio is only ever deployed for a real project. Without a project ID the
// Studio falls back to the placeholder «forallelocal», and a Studio deployed for it lets no editor in. The CLI is
// replaced by a stub on PATH that records how it was called, so nothing is built or sent anywhere.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployEnv, deployRefusal, deployWarnings } from '../../studio/deploy.ts';

const studioDir = resolve('studio');
const stubDir = mkdtempSync(join(tmpdir(), 'studio-deploy-'));
const stubLog = join(stubDir, 'sanity-called');
writeFileSync(join(stubDir, 'sanity'), `#!/bin/sh\necho "$PWD $*" > "${stubLog}"\n`);
chmodSync(join(stubDir, 'sanity'), 0o755);
afterAll(() => rmSync(stubDir, { recursive: true, force: true }));

/** Runs studio/deploy.ts as `npm run studio:deploy -- --url foralle` would, with the stub as the only `sanity`. */
function deploy(env: Record<string, string>) {
  rmSync(stubLog, { force: true });
  const result = spawnSync(process.execPath, ['studio/deploy.ts', '--url', 'foralle'], {
    // An empty value in the shell wins over a developer's own studio/.env files, as it does for the CLI.
    env: { PATH: `${stubDir}:/usr/bin:/bin`, SANITY_STUDIO_PROJECT_ID: '', ...env },
    encoding: 'utf8',
  });
  return { ...result, sanityCall: existsSync(stubLog) ? readFileSync(stubLog, 'utf8').trim() : null };
}

describe('npm run studio:deploy', () => {
  it('refuses without SANITY_STUDIO_PROJECT_ID, says why and how, and never runs sanity deploy', () => {
    const { status, stderr, sanityCall } = deploy({});
    expect(status).toBe(1);
    expect(stderr).toContain('Not deploying the Studio: SANITY_STUDIO_PROJECT_ID is not set.');
    expect(stderr).toContain('placeholder project «forallelocal»');
    expect(stderr).toContain('SANITY_STUDIO_PROJECT_ID=<id>');
    expect(sanityCall).toBeNull();
  });

  it('refuses the placeholder itself', () => {
    const { status, stderr, sanityCall } = deploy({ SANITY_STUDIO_PROJECT_ID: 'forallelocal' });
    expect(status).toBe(1);
    expect(stderr).toContain('SANITY_STUDIO_PROJECT_ID is the placeholder «forallelocal»');
    expect(sanityCall).toBeNull();
  });

  it('with a project ID, runs sanity deploy from studio/ with the arguments given after --', () => {
    const { status, stderr, sanityCall } = deploy({
      SANITY_STUDIO_PROJECT_ID: 'abc123',
      SANITY_STUDIO_SITE_URL: 'https://foralle.example.no',
    });
    expect(status).toBe(0);
    expect(sanityCall).toBe(`${studioDir} deploy --url foralle`);
    // The preview is not set here: the deploy goes ahead, with a warning of what the Studio will lack.
    expect(stderr).toContain('SANITY_STUDIO_PREVIEW_URL is not set: the deployed Studio will offer no «Forhåndsvis».');
    expect(stderr).not.toContain('SANITY_STUDIO_SITE_URL is not set');
  });

  it('takes the project ID from studio/.env.production as the CLI does, with the shell winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'studio-env-'));
    try {
      writeFileSync(join(dir, '.env.production'), 'SANITY_STUDIO_PROJECT_ID=fromfile\n');
      expect(deployRefusal(deployEnv({}, dir))).toBeNull();
      expect(deployEnv({}, dir).SANITY_STUDIO_PROJECT_ID).toBe('fromfile');
      expect(deployEnv({ SANITY_STUDIO_PROJECT_ID: 'fromshell' }, dir).SANITY_STUDIO_PROJECT_ID).toBe('fromshell');
      expect(deployRefusal(deployEnv({ SANITY_STUDIO_PROJECT_ID: '' }, dir))).toContain('not set');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns, without refusing, about each link the deployed Studio will not offer', () => {
    expect(deployWarnings({ SANITY_STUDIO_PROJECT_ID: 'abc123' })).toEqual([
      'SANITY_STUDIO_SITE_URL is not set: the deployed Studio will offer no «Åpne på nettstedet».',
      'SANITY_STUDIO_PREVIEW_URL is not set: the deployed Studio will offer no «Forhåndsvis».',
    ]);
    expect(
      deployWarnings({
        SANITY_STUDIO_SITE_URL: 'https://foralle.no',
        SANITY_STUDIO_PREVIEW_URL: 'https://utkast.foralle.no',
      }),
    ).toEqual([]);
  });
});
