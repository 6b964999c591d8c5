// The sitemap's lastmod: only a page that shows its own document is dated, by when that document last changed or a
// time in it the build's clock has passed since; `/`, place pages and listings are left undated (page-dates.ts).
import { resolve } from 'node:path';
import { isPublishedId } from '@sanity/client/csm';
import { describe, expect, it } from 'vitest';
import { pageDates } from '../../src/lib/content-guard/page-dates';
import { readNdjsonFile, type StoredDocument } from '../../src/lib/sanity/ndjson';

const now = new Date('2026-11-26T12:00:00Z');
const slug = (current: string) => ({ _type: 'slug', current });
const doc = (fields: StoredDocument & Record<string, unknown>) => fields;
const updated = '2026-10-01T10:00:00Z';

describe('pageDates', () => {
  it('dates the pages that show their own document by its _updatedAt, and no listing, place page or home page', async () => {
    const documents = (await readNdjsonFile(resolve('studio/seed/production/data.ndjson'))).filter((document) =>
      isPublishedId(document._id),
    );
    const dates = pageDates(documents, now);
    const story = documents.find((document) => document._type === 'projectStory')!;
    const update = documents.find((document) => document._type === 'researchUpdate')!;
    const page = documents.find((document) => document._type === 'page')!;
    const dateOf = (document: StoredDocument) => new Date(document._updatedAt as string).toISOString();
    expect(dates.get(`/historier/${(story.slug as { current: string }).current}/`)).toBe(dateOf(story));
    expect(dates.get(`/forskning/${(update.slug as { current: string }).current}/`)).toBe(dateOf(update));
    expect(dates.get(`/${(page.slug as { current: string }).current}/`)).toBe(dateOf(page));
    const dated = [...dates.keys()];
    for (const undated of ['/', '/historier/', '/arrangementer/', '/steder/', '/forskning/', '/konferanse/'])
      expect(dated, undated).not.toContain(undated);
    expect(dated.filter((path) => /^\/(historier\/(sted|tema)|steder)\//.test(path))).toEqual([]);
    expect(dated.filter((path) => ['/samarbeidsprosjekter/', '/inkluderingsprosjekter/'].includes(path))).toEqual([]);
  });

  it('dates an event by when it ended, once it has: its page then says «Avholdt»', () => {
    const event = {
      _id: 'event-a',
      _type: 'event',
      _updatedAt: updated,
      slug: slug('a'),
      start: '2026-11-10T11:00:00Z',
      end: '2026-11-10T15:00:00Z',
      registration: { status: 'open', opensAt: '2026-10-15T08:00:00Z', closesAt: '2026-11-08T22:59:00Z' },
    };
    expect(pageDates([doc(event)], now).get('/arrangementer/a/')).toBe('2026-11-10T15:00:00.000Z');
    // Before it, by its registration's opening, the last time its page changed by itself.
    expect(pageDates([doc(event)], new Date('2026-10-20T00:00:00Z')).get('/arrangementer/a/')).toBe(
      '2026-10-15T08:00:00.000Z',
    );
    // Before anything in it has come: by the edit.
    expect(pageDates([doc(event)], new Date('2026-10-02T00:00:00Z')).get('/arrangementer/a/')).toBe(
      '2026-10-01T10:00:00.000Z',
    );
    // Closed early by the editor, its page says «Fristen gikk ut …» from the deadline on.
    const closed = { ...event, registration: { status: 'closed', closesAt: '2026-11-08T22:59:00Z' } };
    expect(pageDates([doc(closed)], new Date('2026-11-09T00:00:00Z')).get('/arrangementer/a/')).toBe(
      '2026-11-08T22:59:00.000Z',
    );
    // A cancelled event's page says «Avlyst» and nothing more when its day comes.
    expect(pageDates([doc({ ...event, cancelled: true })], now).get('/arrangementer/a/')).toBe(
      '2026-10-01T10:00:00.000Z',
    );
  });

  it("dates a conference edition by its days' beginnings and ends as they pass", () => {
    const conference = doc({
      _id: 'conference-2026',
      _type: 'conference',
      _updatedAt: updated,
      year: 2026,
      days: [
        { start: '2026-11-25T09:00:00Z', end: '2026-11-25T15:00:00Z' },
        { start: '2026-11-26T08:00:00Z', end: '2026-11-26T15:30:00Z' },
      ],
      registration: { status: 'closed', opensAt: '2026-09-01T08:00:00Z' },
    });
    expect(pageDates([conference], now).get('/konferanse/2026/')).toBe('2026-11-26T08:00:00.000Z');
  });

  it('dates /aktivitetsstotte by its pillar and the grant, and by a round opening or closing, by the day in Oslo', () => {
    const pillar = doc({
      _id: 'pillar-aktivitetsstotte',
      _type: 'pillar',
      _updatedAt: '2026-09-01T10:00:00Z',
      slug: slug('aktivitetsstotte'),
    });
    const otherPillar = doc({ ...pillar, _id: 'pillar-forskning', _updatedAt: updated, slug: slug('forskning') });
    const grant = doc({ _id: 'activitySupport', _type: 'activitySupport', _updatedAt: '2026-08-01T10:00:00Z' });
    expect(pageDates([pillar, otherPillar, grant], now)).toEqual(
      new Map([['/aktivitetsstotte/', '2026-09-01T10:00:00.000Z']]),
    );
    const rounds = [{ opensAt: '2026-11-15', deadline: '2026-11-20' }];
    // Open from the start of 15 November in Oslo (UTC+1), closed from the start of 21 November.
    const at = (time: string) => pageDates([pillar, { ...grant, rounds }], new Date(time)).get('/aktivitetsstotte/');
    expect(at('2026-11-18T12:00:00Z')).toBe('2026-11-14T23:00:00.000Z');
    expect(at('2026-11-26T12:00:00Z')).toBe('2026-11-20T23:00:00.000Z');
  });

  it('leaves a page undated when one of its documents does not say when it changed', () => {
    const story = doc({ _id: 'story-a', _type: 'projectStory', slug: slug('a') });
    expect(pageDates([story], now).size).toBe(0);
  });
});
