// The floor the full build is compared with: the least an Astro site can do for the same stories. A project of
// its own (an astro.config.mjs and one route) written into a folder, rendering one page per record from a JSON
// file (title, ingress, summary, body as headings and paragraphs, in <main data-pagefind-body>), then Pagefind over
// it with the Node API, as the real site does. It logs the same three steps the full build has.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const config = `// Written by scripts/bench/floor.ts: the bare floor for the scaling benchmark.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { close, createIndex } from 'pagefind';

export default defineConfig({
  site: 'https://floor.example.no',
  build: { format: 'directory' },
  compressHTML: true,
  integrations: [
    {
      name: 'floor',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const records = JSON.parse(readFileSync(process.env.FLOOR_RECORDS, 'utf8'));
          const invalid = records.filter((record) => !record.slug || !record.title || !Array.isArray(record.body));
          if (invalid.length > 0) throw new Error(invalid.length + ' records without slug, title or body');
          logger.info('Loaded ' + records.length + ' records');
        },
        'astro:build:done': async ({ dir, logger }) => {
          logger.info('Built the pages');
          try {
            const { index } = await createIndex({});
            const added = await index.addDirectory({ path: fileURLToPath(dir) });
            if (added.errors.length > 0) throw new Error(added.errors.join('; '));
            const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
            if (written.errors.length > 0) throw new Error(written.errors.join('; '));
            logger.info('Indexed ' + added.page_count + ' pages');
          } finally {
            await close();
          }
        },
      },
    },
  ],
});
`;

const page = `---
// One page per record, with nothing but its words.
import { readFileSync } from 'node:fs';

export function getStaticPaths() {
  const records = JSON.parse(readFileSync(process.env.FLOOR_RECORDS, 'utf8'));
  return records.map((record) => ({ params: { slug: record.slug }, props: { record } }));
}
const { record } = Astro.props;
---

<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>{record.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{record.title}</h1>
      <p>{record.place} · {record.pillar} · {record.publishedAt.slice(0, 10)}</p>
      <p>{record.ingress}</p>
      <p>{record.summary}</p>
      {record.body.map((part) => (part.startsWith('## ') ? <h2>{part.slice(3)}</h2> : <p>{part}</p>))}
    </main>
  </body>
</html>
`;

/** Writes the floor project into `dir` (its own astro.config.mjs and src/pages/historier/[slug].astro). */
export function writeFloorProject(dir: string): void {
  mkdirSync(join(dir, 'src/pages/historier'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'src/pages/historier/[slug].astro'), page);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'for-alle-bench-floor', private: true, type: 'module' }, null, 2),
  );
}
