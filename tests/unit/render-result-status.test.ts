// @vitest-environment jsdom
// The type line under a search result, drawn by renderResult: an event still to come says «Kommende arrangement», a
// cancelled one «Avlyst arrangement» whether or not its day has passed, and one that is over just «Arrangement».
// Invented content ends the line with the «Eksempel» tag the cards carry.
import { describe, expect, it } from 'vitest';
import { cancelledMeta, sampleMeta } from '../../src/lib/search/contract';
import type { PagefindResultData } from '../../src/scripts/search/pagefind-api';
import { renderResult } from '../../src/scripts/search/render-result';

const today = '2026-11-26';

function event(date: string, cancelled = false): PagefindResultData {
  return {
    url: '/arrangementer/workshop-haugesund-2027/',
    excerpt: '',
    raw_content: 'Workshop i Haugesund',
    word_count: 3,
    meta: { title: 'Workshop i Haugesund', date, ...(cancelled ? { [cancelledMeta]: 'avlyst' } : {}) },
    filters: { type: ['arrangement'], sted: ['Haugesund'] },
    sub_results: [],
    anchors: [],
    locations: [],
  };
}

const typeLine = (data: PagefindResultData) =>
  renderResult(data, false, [], today).querySelector('.search-result__meta')!.textContent;

describe('renderResult for an event', () => {
  it('says «Avlyst arrangement» for a cancelled event, before and after its day', () => {
    expect(typeLine(event('2027-02-24', true))).toMatch(/^Avlyst arrangement · /);
    expect(typeLine(event('2025-02-19', true))).toMatch(/^Avlyst arrangement · /);
  });

  it('says «Kommende arrangement» for one that goes ahead, and «Arrangement» once it is over', () => {
    expect(typeLine(event('2027-02-24'))).toMatch(/^Kommende arrangement · /);
    expect(typeLine(event('2025-02-19'))).toMatch(/^Arrangement · /);
  });
});

describe('renderResult for invented content', () => {
  const story = (sample: boolean): PagefindResultData => ({
    url: '/historier/utstyrsbanken/',
    excerpt: '',
    raw_content: 'Utstyrsbanken',
    word_count: 1,
    meta: { title: 'Utstyrsbanken', date: '2024-03-12', ...(sample ? { [sampleMeta]: 'eksempel' } : {}) },
    filters: { type: ['historie'], sted: ['Bergen'] },
    sub_results: [],
    anchors: [],
    locations: [],
  });
  const metaLine = (data: PagefindResultData) =>
    renderResult(data, false, [], today).querySelector('.search-result__meta')!;

  it('ends the line with «Eksempel» as the cards show it, a pill read in parentheses', () => {
    const line = metaLine(story(true));
    expect(line.textContent).toMatch(/^Historie · .+ · Bergen \(Eksempel\)$/);
    expect(line.querySelector('.tag.tag--accent')!.textContent).toBe('Eksempel');
    expect([...line.querySelectorAll('.visually-hidden')].map((span) => span.textContent)).toEqual(['(', ')']);
  });

  it('says nothing of the kind for real content', () => {
    expect(metaLine(story(false)).textContent).not.toContain('Eksempel');
    expect(metaLine(story(false)).querySelector('.tag')).toBeNull();
  });
});
