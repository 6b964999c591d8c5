import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  materialRecord,
  materialTargets,
  pageSearchAttributes,
  readPdf,
  type MaterialTarget,
} from '../../src/integrations/search-material';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { searchMaterialQuery } from '../../src/lib/sanity/queries';
import type { SearchMaterialQueryResult } from '../../src/lib/sanity/sanity.types';

const pdfAsset = (sha1: string) => ({
  _id: `file-${sha1}-pdf`,
  url: `file:///x/${sha1}.pdf`,
  extension: 'pdf',
  mimeType: 'application/pdf',
  originalFilename: `${sha1}.pdf`,
});
const sha = (digit: string) => digit.repeat(40);

describe('materialTargets', () => {
  const result = {
    conferences: [
      {
        _type: 'conference',
        year: 2025,
        title: 'For Alle-konferansen 2025',
        sessions: [
          {
            _key: 'abc123',
            title: 'Fritidskassen',
            start: '2025-01-22T23:30:00Z',
            files: [
              { _key: 'm1', title: 'Presentasjon (PDF)', asset: pdfAsset(sha('a')) },
              { _key: 'm2', title: 'Bilde', asset: { ...pdfAsset(sha('b')), extension: 'png', mimeType: 'image/png' } },
            ],
          },
        ],
      },
    ],
    documents: [
      {
        _type: 'researchUpdate',
        title: 'Nabolagsbudsjett',
        slug: 'nabolagsbudsjett',
        year: null,
        placeSlug: null,
        report: pdfAsset(sha('c')),
        attachmentLists: [
          [{ _key: 'x', title: 'Sammendrag (PDF)', asset: pdfAsset(sha('c')) }],
          null,
          null,
          null,
          null,
        ],
      },
    ],
  } as unknown as SearchMaterialQueryResult;

  it('points session material at the session anchor on the archive page', () => {
    expect(materialTargets(result)[0]).toEqual({
      pagePath: '/konferanse/2025/',
      anchor: `sesjon-abc123-fil-${sha('a').slice(0, 12)}`,
      fileUrl: `file:///x/${sha('a')}.pdf`,
      downloadPath: `/media/${sha('a')}.pdf`,
      title: 'Presentasjon (PDF)',
      // Without the editor's title (or the PDF's own), named as the archive page names it.
      fallbackTitle: 'Presentasjon: Fritidskassen (PDF)',
      context: 'Materiell fra «Fritidskassen», For Alle-konferansen 2025',
      // 23:30 UTC on 22 January is 00:30 on the 23rd in Oslo.
      date: '2025-01-23',
    });
  });

  it('gives every file an anchor of its own: two in one session, two attachments with the same block key', () => {
    const crowded = {
      conferences: [
        {
          ...result.conferences[0],
          sessions: [
            {
              _key: 's1',
              title: 'Fritidskassen',
              files: [
                { _key: 'm1', title: 'Lysark (PDF)', asset: pdfAsset(sha('a')) },
                { _key: 'm2', title: 'Notat (PDF)', asset: pdfAsset(sha('d')) },
              ],
            },
          ],
        },
      ],
      documents: [
        {
          ...result.documents[0],
          _type: 'place',
          report: null,
          // The same block key in two of a page's bodies: keys are unique within one array only.
          attachmentLists: [
            [{ _key: 'same', title: 'Søknad (PDF)', asset: pdfAsset(sha('e')) }],
            [{ _key: 'same', title: 'Rapport (PDF)', asset: pdfAsset(sha('f')) }],
          ],
        },
      ],
    } as unknown as SearchMaterialQueryResult;
    const urls = materialTargets(crowded).map((target) => `${target.pagePath}#${target.anchor}`);
    expect(urls).toHaveLength(4);
    expect(new Set(urls).size).toBe(4);
  });

  it('points a report at the report section, never at the bare page (its record would replace the page)', () => {
    const reportOnly = {
      conferences: [],
      documents: [{ ...result.documents[0], attachmentLists: [null, null, null, null, null] }],
    } as unknown as SearchMaterialQueryResult;
    expect(materialTargets(reportOnly)).toMatchObject([
      { pagePath: '/forskning/nabolagsbudsjett/', anchor: 'rapport', fallbackTitle: 'Dokument (PDF)' },
    ]);
  });

  it('lists a research report that a session also hands out once, at the report', () => {
    const shared = {
      conferences: [
        {
          ...result.conferences[0],
          sessions: [
            {
              _key: 's1',
              title: 'Nabolagsbudsjett',
              files: [{ _key: 'm1', title: 'Forskningssammendrag (PDF)', asset: pdfAsset(sha('c')) }],
            },
          ],
        },
      ],
      documents: [{ ...result.documents[0], attachmentLists: [null, null, null, null, null] }],
    } as unknown as SearchMaterialQueryResult;
    expect(materialTargets(shared)).toMatchObject([{ pagePath: '/forskning/nabolagsbudsjett/', anchor: 'rapport' }]);
    expect(materialTargets(shared)).toHaveLength(1);
  });

  it('leaves out files that are not PDFs', () => {
    expect(materialTargets(result).map((target) => target.downloadPath)).not.toContain(`/media/${sha('b')}.png`);
  });

  it('lists a file attached twice to one page once, at the attachment, with the title the editor gave it', () => {
    const research = materialTargets(result).filter((target) => target.pagePath === '/forskning/nabolagsbudsjett/');
    expect(research).toHaveLength(1);
    expect(research[0]).toMatchObject({
      anchor: `fil-${sha('c').slice(0, 12)}`,
      title: 'Sammendrag (PDF)',
      context: 'Vedlegg til «Nabolagsbudsjett»',
    });
  });
});

describe('pageSearchAttributes', () => {
  it('reads the filters and the sort date SearchMeta writes, decoding entities', () => {
    const html = `<div hidden data-pagefind-ignore><span data-pagefind-meta="title">X</span>
      <span data-pagefind-sort="date">2025-01-22</span><span data-pagefind-filter="type">konferanse</span>
      <span data-pagefind-filter="år">2025</span><span data-pagefind-filter="sted">Stavanger</span>
      <span data-pagefind-filter="satsing">Konferanse &amp; workshops</span><span data-pagefind-filter="sted">Stavanger</span></div>`;
    expect(pageSearchAttributes(html)).toEqual({
      filters: { type: ['konferanse'], år: ['2025'], sted: ['Stavanger'], satsing: ['Konferanse & workshops'] },
      date: '2025-01-22',
    });
  });
});

describe('materialRecord', () => {
  const target: MaterialTarget = {
    pagePath: '/konferanse/2025/',
    anchor: 'sesjon-abc123',
    fileUrl: 'file:///x.pdf',
    downloadPath: '/media/x.pdf',
    title: null,
    fallbackTitle: 'Presentasjon (PDF)',
    context: 'Materiell fra «Fritidskassen», For Alle-konferansen 2025',
  };

  it('links to the anchor, carries the page filters and date, and falls back to the PDF title', () => {
    const record = materialRecord(
      target,
      { text: 'Linje én\nlinje  to', title: 'Fritidskassen' },
      { filters: { type: ['konferanse'] }, date: '2025-01-22' },
    );
    expect(record).toEqual({
      url: '/konferanse/2025/#sesjon-abc123',
      content: 'Linje én linje to',
      language: 'nb',
      meta: { title: 'Fritidskassen (PDF)', context: target.context, file: '/media/x.pdf', date: '2025-01-22' },
      filters: { type: ['konferanse'] },
      sort: { date: '2025-01-22' },
    });
  });

  it("dates a session's file by the session's own day in Oslo, not the conference's first day", () => {
    const record = materialRecord(
      { ...target, date: '2025-01-23' },
      { text: 'Tekst', title: null },
      { filters: { type: ['konferanse'] }, date: '2025-01-22' },
    );
    expect(record.meta?.date).toBe('2025-01-23');
    expect(record.sort).toEqual({ date: '2025-01-23' });
  });
});

describe('the bundled dataset', () => {
  it('has PDFs attached to conference sessions whose text can be read', async () => {
    const source = await createBundledSource(resolve(bundledDatasetPath), 'published');
    const targets = materialTargets(await source.fetch<SearchMaterialQueryResult>(searchMaterialQuery));
    const sessionFiles = [
      ...new Set(targets.filter((target) => target.anchor.startsWith('sesjon-')).map((target) => target.fileUrl)),
    ];
    expect(sessionFiles.length).toBeGreaterThanOrEqual(2);
    for (const url of sessionFiles) {
      const pdf = await readPdf(new Uint8Array(await source.readAsset(url)));
      expect(pdf.text.split(/\s+/).length).toBeGreaterThan(20);
    }
  });
});
