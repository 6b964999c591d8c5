// Rich text as an editor wrote it, on the pages built from the bundled dataset: what must not break over two lines,
// and the speaker under a quote.
import { beforeAll, describe, expect, it } from 'vitest';
import { documentPath, type PathableDocument } from '@for-alle/shared/document-path';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { page, pagePaths } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

describe('rich text', () => {
  it('names the speaker under every quote, set as its source (the guide: «– Mor til to i Arendal»)', () => {
    let quotes = 0;
    for (const path of pagePaths()) {
      const $ = page(path);
      $('main blockquote').each((_, quote) => {
        quotes++;
        const source = $(quote).next();
        expect(source.is('p.quote-source'), `${path}: ${$(quote).text()}`).toBe(true);
        expect(source.text(), path).toMatch(/^– \S/);
      });
    }
    expect(quotes).toBeGreaterThan(15);
  });

  it('keeps a phone number an editor linked on one line', async () => {
    const linking = await data.fetch<PathableDocument[]>(
      '*[defined(slug.current) && count(body[].markDefs[string::startsWith(href, "tel:")]) > 0]{ _type, slug }',
    );
    // A link may also read «telefon»; those that show the number are the ones that must not split.
    const numbers = linking.flatMap((document) => {
      const $ = page(documentPath(document)!);
      return $('main .prose a[href^="tel:"]')
        .map((_, link) => $(link).text())
        .get()
        .filter((label) => /\d/.test(label));
    });
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(number).toMatch(/^[\d+][\d\u00a0]+\d$/);
  });

  it('keeps an amount an editor typed with ordinary spaces («1 100 utlån») on one line', async () => {
    const stories = await data.fetch<(PathableDocument & { text: string })[]>(
      '*[_type == "projectStory"]{ _type, slug, "text": pt::text(body) }',
    );
    const typed = stories.filter((story) => /\d \d{3}(?!\d)/.test(story.text));
    expect(typed.length).toBeGreaterThan(0);
    for (const story of typed) {
      const path = documentPath(story)!;
      const body = page(path)('main .prose').text();
      expect(body, path).toMatch(/\d\u00a0\d{3}(?!\d)/);
      expect(body, path).not.toMatch(/\d \d{3}(?!\d)/);
    }
  });
});
