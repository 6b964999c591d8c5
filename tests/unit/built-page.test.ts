import { describe, expect, it } from 'vitest';
import { pageSearchAttributes } from '../../src/lib/search/built-page';

describe('pageSearchAttributes', () => {
  it('reads the filters and the sort date SearchMeta writes, decoding entities', () => {
    const html = `<div hidden data-pagefind-ignore><span data-pagefind-meta="title">X</span>
      <span data-pagefind-sort="date">2025-01-22</span><span data-pagefind-filter="type">konferanse</span>
      <span data-pagefind-filter="år">2025</span><span data-pagefind-filter="sted">Stavanger</span>
      <span data-pagefind-filter="satsing">Konferanse &amp; workshops</span><span data-pagefind-filter="sted">Stavanger</span></div>`;
    expect(pageSearchAttributes(html)).toEqual({
      title: 'X',
      filters: { type: ['konferanse'], år: ['2025'], sted: ['Stavanger'], satsing: ['Konferanse & workshops'] },
      date: '2025-01-22',
      sample: false,
    });
  });

  it('tells an invented page by the sample meta SearchMeta writes for it', () => {
    const html = `<div hidden data-pagefind-ignore><span data-pagefind-meta="title">X</span>
      <span data-pagefind-meta="sample">eksempel</span></div>`;
    expect(pageSearchAttributes(html)).toMatchObject({ title: 'X', sample: true });
  });

  // Legal HTML that a pattern over the markup misreads: the values are what Pagefind itself would record.
  it('reads nested text, any quoting and every named entity, and skips comments', () => {
    const html = `<!-- <span data-pagefind-filter="sted">Gammelt sted</span> -->
      <span title="a > b" data-pagefind-meta='title'>Tromsø &ndash; <em>Troms&oslash;</em></span>
      <span data-pagefind-filter=sted><b>Bodø</b></span>
      <time data-pagefind-sort="date" datetime="2025-01-22"><span>2025-01-22</span></time>`;
    expect(pageSearchAttributes(html)).toEqual({
      title: 'Tromsø – Tromsø',
      filters: { sted: ['Bodø'] },
      date: '2025-01-22',
      sample: false,
    });
  });

  it('leaves out empty values and the name:value form SearchMeta does not write', () => {
    const html = `<span data-pagefind-filter="sted">  </span><span data-pagefind-filter="type:side"></span>`;
    expect(pageSearchAttributes(html)).toEqual({ title: null, filters: {}, date: null, sample: false });
  });
});
