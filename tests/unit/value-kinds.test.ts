// The content guard's check of each stored value against the kind its Studio field stores
// (src/lib/content-guard/value-kinds.ts): what the Studio writes passes, what only an import or an API write can store
// is named by its path, outermost wrong value only.
import { describe, expect, it } from 'vitest';
import { checkValueKinds } from '../../src/lib/content-guard/value-kinds';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { readNdjsonFile } from '../../src/lib/sanity/ndjson';
import { renderedTypes } from '../../src/lib/content-guard/schemas';

const problemsOf = (document: Record<string, unknown>) => {
  const problems: string[] = [];
  checkValueKinds(document, (path, message) => problems.push(`${path.map(String).join('.')}: ${message}`));
  return problems;
};

const story = {
  _id: 'story-a',
  _type: 'projectStory',
  title: 'Utstyrsbanken',
  slug: { _type: 'slug', current: 'utstyrsbanken' },
  place: { _type: 'reference', _ref: 'place-bergen' },
  tags: ['utstyr', 'gjenbruk'],
  isSample: false,
  organisations: [{ _type: 'reference', _ref: 'org-a', _key: 'o1' }],
  body: [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [{ _type: 'link', _key: 'l1', href: 'https://example.no' }],
      children: [{ _type: 'span', _key: 's1', text: 'Les mer', marks: ['l1'] }],
    },
    { _type: 'figure', _key: 'f1', asset: { _type: 'reference', _ref: 'image-a-10x10-png' }, alt: 'Et bilde' },
  ],
  // A field the Studio no longer has: left to the schemas, not refused here.
  oldField: 42,
};

describe('checkValueKinds', () => {
  it('passes every published document of the bundled dataset, as the Studio wrote them', async () => {
    const documents = (await readNdjsonFile(bundledDatasetPath)).filter(
      (document) => renderedTypes.includes(document._type) && !document._id.startsWith('drafts.'),
    );
    expect(documents.length).toBeGreaterThan(100);
    expect(
      documents.flatMap((document) => problemsOf(document).map((problem) => `${document._id} ${problem}`)),
    ).toEqual([]);
  });

  it('passes references, rich text with a link and a picture, null values and fields the Studio does not have', () => {
    expect(problemsOf(story)).toEqual([]);
    expect(problemsOf({ ...story, tags: null, isSample: null })).toEqual([]);
  });

  it('names a list stored as text, a yes/no stored as text and an object stored as a list', () => {
    expect(problemsOf({ ...story, tags: 'utstyr, gjenbruk', isSample: 'true', slug: ['utstyrsbanken'] })).toEqual([
      'slug: må være en gruppe felt, ikke en liste («["utstyrsbanken"]»)',
      'tags: må være en liste, ikke tekst («utstyr, gjenbruk»)',
      'isSample: må være avkrysset eller ikke (true eller false), ikke tekst («true»)',
    ]);
  });

  it('looks inside rich text: a link whose address is a number, a picture whose alt text is a list', () => {
    const body = structuredClone(story.body);
    (body[0] as { markDefs: { href: unknown }[] }).markDefs[0].href = 5;
    (body[1] as { alt: unknown }).alt = ['Et bilde'];
    expect(problemsOf({ ...story, body })).toEqual([
      'body.0.markDefs.0.href: må være tekst, ikke et tall («5»)',
      'body.1.alt: må være tekst, ikke en liste («["Et bilde"]»)',
    ]);
  });

  it('names an empty line in a list, which would crash whatever reads its items', () => {
    expect(problemsOf({ _id: 'c', _type: 'conference', days: [null] })).toEqual([
      'days.0: er en tom linje i listen: fjern den, eller fyll den ut',
    ]);
  });
});
