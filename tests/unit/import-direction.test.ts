// What the Studio and the site both use lives in one place, shared/ (the npm workspace @for-alle/shared), and is
// reached one way: by its package name. The site does not reach into the Studio's workspace, and shared/ reaches into
// neither, so the build never loads the Studio and a newcomer finds a shared module from the folder names alone.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const skipped = new Set(['node_modules', 'dist', '.astro', '.sanity', 'production']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports, statically, dynamically or for its side effects. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'([^']+)'/gm)].map((match) => match[1]);
}

/** Where a relative import lands, from the repository's root ("studio/lib/validation.ts"); null for a package. */
function target(file: string, specifier: string): string | null {
  return specifier.startsWith('.')
    ? relative(root, resolve(dirname(file), specifier))
        .split(sep)
        .join('/')
    : null;
}

const imports = ['src', 'scripts', 'studio', 'tests', 'shared']
  .flatMap((dir) => sourceFiles(dir))
  .flatMap((file) => importsOf(file).map((specifier) => ({ file, specifier, to: target(file, specifier) })));
const from = (dir: string) => imports.filter(({ file }) => file.startsWith(`${dir}/`));

describe('imports of shared code go one way', () => {
  it('reads imports from every part of the repository', () => {
    for (const dir of ['src', 'scripts', 'studio', 'tests', 'shared']) expect(from(dir).length, dir).toBeGreaterThan(0);
    expect(imports.filter(({ specifier }) => specifier.startsWith('@for-alle/shared/')).length).toBeGreaterThan(0);
  });

  it('outside shared/, a shared module is imported by its package name, never by a relative path', () => {
    const relativeIntoShared = imports.filter(
      ({ file, to }) => !file.startsWith('shared/') && to !== null && (to === 'shared' || to.startsWith('shared/')),
    );
    expect(relativeIntoShared).toEqual([]);
  });

  it('the site (src/, scripts/) imports nothing from the Studio workspace', () => {
    const intoStudio = [...from('src'), ...from('scripts')].filter(
      ({ to, specifier }) => to?.startsWith('studio/') || specifier === 'sanity' || specifier.startsWith('sanity/'),
    );
    expect(intoStudio).toEqual([]);
  });

  it('shared/ imports only its own files and the packages its package.json names', () => {
    const manifest = JSON.parse(readFileSync('shared/package.json', 'utf8')) as { dependencies?: object };
    const allowed = Object.keys(manifest.dependencies ?? {});
    const outside = from('shared').filter(({ to, specifier }) =>
      to === null
        ? !allowed.some((name) => specifier === name || specifier.startsWith(`${name}/`))
        : !to.startsWith('shared/'),
    );
    expect(outside).toEqual([]);
  });
});
