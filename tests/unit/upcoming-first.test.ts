// Coming events before past ones of about the same score, over a small fake of Pagefind's results: which are events
// is what a search filtered by type answers, as in the browser.
import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResult, PagefindResultData } from '../../src/scripts/search/pagefind-api';
import { cancelledMeta } from '../../src/lib/search/contract';
import { isUpcoming, osloToday, upcomingFirst } from '../../src/scripts/search/upcoming-first';

interface FakePage {
  id: string;
  score: number;
  type: string;
  date?: string;
  end?: string;
  file?: string;
  cancelled?: boolean;
}

const today = '2026-11-26';

function dataOf(page: FakePage): PagefindResultData {
  return {
    url: `/${page.id}`,
    excerpt: '',
    raw_content: '',
    word_count: 1,
    meta: { date: page.date, end: page.end, file: page.file, ...(page.cancelled ? { [cancelledMeta]: 'avlyst' } : {}) },
    filters: { type: [page.type] },
    sub_results: [],
    anchors: [],
    locations: [],
  };
}

/** Results in Pagefind's order, and a Pagefind whose filtered search answers with the events among them. */
function fake(pages: FakePage[]): { pagefind: PagefindApi; results: PagefindResult[]; loaded: string[] } {
  const loaded: string[] = [];
  const results = pages.map((page) => ({
    id: page.id,
    score: page.score,
    words: [],
    data: async () => (loaded.push(page.id), dataOf(page)),
  }));
  const pagefind = {
    search: async (_term: string | null, options?: { filters?: Record<string, unknown> }) => {
      const types = (options?.filters?.type as { any: string[] } | undefined)?.any;
      const matching = results.filter((_, index) => !types || types.includes(pages[index]!.type));
      return { results: matching, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  } as unknown as PagefindApi;
  return { pagefind, results, loaded };
}

const order = async (pages: FakePage[]) => {
  const { pagefind, results } = fake(pages);
  return (await upcomingFirst(pagefind, 'workshop bergen', results, today)).map((result) => result.id);
};

describe('upcomingFirst', () => {
  it('puts a coming event before past ones of about the same score, then the past ones newest first', async () => {
    expect(
      await order([
        { id: 'w2024', score: 22.48, type: 'arrangement', date: '2024-02-13' },
        { id: 'w2025', score: 22.48, type: 'arrangement', date: '2025-02-11' },
        { id: 'w2026', score: 22.48, type: 'arrangement', date: '2026-02-10' },
        { id: 'w2027', score: 22.46, type: 'arrangement', date: '2027-02-16' },
        { id: 'bergen', score: 10.8, type: 'side' },
      ]),
    ).toEqual(['w2027', 'w2026', 'w2025', 'w2024', 'bergen']);
  });

  it('counts an event on today’s date as coming, and orders coming ones soonest first', async () => {
    expect(
      await order([
        { id: 'later', score: 10, type: 'arrangement', date: '2027-03-09' },
        { id: 'past', score: 10, type: 'arrangement', date: '2026-11-25' },
        { id: 'today', score: 10, type: 'konferanse', date: today },
      ]),
    ).toEqual(['today', 'later', 'past']);
  });

  it('keeps a conference on its second day among the coming ones, the soonest', async () => {
    expect(
      await order([
        { id: 'past', score: 10, type: 'arrangement', date: '2026-11-12' },
        { id: 'later', score: 10, type: 'arrangement', date: '2026-12-03' },
        { id: 'conference', score: 10, type: 'konferanse', date: '2026-11-25', end: today },
      ]),
    ).toEqual(['conference', 'later', 'past']);
  });

  it('leaves a clearly better past event ahead, and other pages in their places', async () => {
    expect(
      await order([
        { id: 'past', score: 20, type: 'arrangement', date: '2025-05-20' },
        { id: 'page', score: 19, type: 'side' },
        { id: 'coming', score: 12, type: 'arrangement', date: '2027-05-19' },
      ]),
    ).toEqual(['past', 'page', 'coming']);
    // Close: the coming event takes the past one's place; the page between keeps its own.
    expect(
      await order([
        { id: 'past', score: 20, type: 'arrangement', date: '2025-05-20' },
        { id: 'page', score: 19, type: 'side' },
        { id: 'coming', score: 18.5, type: 'arrangement', date: '2027-05-19' },
      ]),
    ).toEqual(['coming', 'page', 'past']);
  });

  it('leaves a file an event offers where it is, and loads nothing when no two events are close', async () => {
    expect(
      await order([
        { id: 'slides', score: 10, type: 'konferanse', date: '2025-01-22', file: '/media/slides.pdf' },
        { id: 'c2025', score: 10, type: 'konferanse', date: '2025-01-22' },
        { id: 'c2027', score: 10, type: 'konferanse', date: '2027-01-20' },
      ]),
    ).toEqual(['slides', 'c2027', 'c2025']);
    const { pagefind, results, loaded } = fake([
      { id: 'story', score: 10, type: 'historie', date: '2025-01-01' },
      { id: 'event', score: 9, type: 'arrangement', date: '2025-01-01' },
    ]);
    expect((await upcomingFirst(pagefind, 'x', results, today)).map((result) => result.id)).toEqual(['story', 'event']);
    expect(loaded).toEqual([]);
  });
});

describe('isUpcoming and osloToday', () => {
  it('takes today in Oslo, where the events’ dates are written', () => {
    // 23:30 UTC on 26 November is 00:30 on the 27th in Oslo.
    expect(osloToday(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(osloToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('gives the day Intl gives in Oslo, every hour of the days around each clock change and new year, 2015–2035', () => {
    const oslo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });
    const mismatches: string[] = [];
    for (let year = 2015; year <= 2035; year += 1)
      for (const [month, firstDay] of [
        [2, 24],
        [9, 24],
        [11, 30],
      ] as const)
        for (let hour = 0; hour < 24 * 9; hour += 1) {
          const moment = new Date(Date.UTC(year, month, firstDay, hour, 30));
          if (osloToday(moment) !== oslo.format(moment)) mismatches.push(moment.toISOString());
        }
    expect(mismatches).toEqual([]);
  });

  it('marks only an event’s own page, from its day on', () => {
    const event = { id: 'e', score: 1, type: 'arrangement', date: today };
    expect(isUpcoming(dataOf(event), today)).toBe(true);
    expect(isUpcoming(dataOf(event), '2026-11-27')).toBe(false);
    expect(isUpcoming(dataOf({ ...event, type: 'historie' }), today)).toBe(false);
    expect(isUpcoming(dataOf({ ...event, file: '/media/a.pdf' }), today)).toBe(false);
  });

  it('counts a two-day conference as coming on its second day, and as past the day after', () => {
    const conference = { id: 'k', score: 1, type: 'konferanse', date: '2026-11-25', end: '2026-11-26' };
    expect(isUpcoming(dataOf(conference), '2026-11-25')).toBe(true);
    expect(isUpcoming(dataOf(conference), '2026-11-26')).toBe(true);
    expect(isUpcoming(dataOf(conference), '2026-11-27')).toBe(false);
  });

  it('leaves out a cancelled event: nobody can go to it, so it is not moved up as one to come', () => {
    expect(isUpcoming(dataOf({ id: 'e', score: 1, type: 'arrangement', date: today, cancelled: true }), today)).toBe(
      false,
    );
  });
});
