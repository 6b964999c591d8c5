import { resolve } from 'node:path';
import { evaluate, parse } from 'groq-js';
import { richTextFields, type RichTextField } from '@for-alle/shared/rich-text';
import { describe, expect, it } from 'vitest';
import type { PageSearchAttributes } from '../../src/lib/search/built-page';
import {
  materialRecord,
  materialTargets,
  offersByFile,
  type MaterialTarget,
} from '../../src/lib/search/material-records';
import { readPdf } from '../../src/lib/search/pdf-text';
import { alsoOfferedMeta, parseAlsoOffered, sampleMeta } from '../../src/lib/search/contract';
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
  size: 3000,
});
const sha = (digit: string) => digit.repeat(40);

describe('materialTargets', () => {
  const result = {
    conferences: [
      {
        _type: 'conference',
        year: 2025,
        title: 'For Alle-konferansen 2025',
        place: { name: 'Stavanger', preposition: 'i' },
        sessions: [
          {
            _key: 'abc123',
            title: 'Fritidskassen',
            start: '2025-01-22T23:30:00Z',
            // Two speakers from one town, one from an organisation without a place.
            speakerPlaces: ['Haugesund', 'Haugesund', null],
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
      title: 'Presentasjon: Fritidskassen',
      // Without the editor's title (or the PDF's own), named as the archive page names it.
      fallbackTitle: 'Presentasjon: Fritidskassen (PDF)',
      context: 'Materiell fra «Fritidskassen», For Alle-konferansen 2025 i Stavanger',
      // 23:30 UTC on 22 January is 00:30 on the 23rd in Oslo.
      date: '2025-01-23',
      // Found under the speakers' town as well as the venue; the result names where it comes from.
      places: ['Haugesund', 'Stavanger'],
      shownPlaces: ['Haugesund'],
      file: pdfAsset(sha('a')),
    });
  });

  it('names the venue for material from a session whose speakers have no place', () => {
    const unplaced = {
      conferences: [
        { ...result.conferences[0], sessions: [{ ...result.conferences[0].sessions![0], speakerPlaces: null }] },
      ],
      documents: [],
    } as unknown as SearchMaterialQueryResult;
    expect(materialTargets(unplaced)[0]).toMatchObject({ places: ['Stavanger'], shownPlaces: ['Stavanger'] });
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
      { pagePath: '/forskning/nabolagsbudsjett/', anchor: 'rapport', fallbackTitle: 'Dokument (PDF)', isReport: true },
    ]);
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

  it('leaves the context of a file on a page without a title of its own to the built page', () => {
    const untitled = {
      conferences: [],
      documents: [{ ...result.documents[0], _type: 'activitySupport', title: null, slug: null, report: null }],
    } as unknown as SearchMaterialQueryResult;
    expect(materialTargets(untitled)).toMatchObject([{ pagePath: '/aktivitetsstotte/', context: null }]);
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
    file: { extension: 'pdf', size: 3000, originalFilename: `${sha('a')}.pdf` },
  };
  const conferencePage: PageSearchAttributes = {
    title: 'For Alle-konferansen 2025',
    filters: { type: ['konferanse'], sted: ['Stavanger', 'Bergen', 'Haugesund'] },
    date: '2025-01-22',
    sample: false,
  };

  it('links to the anchor, carries the page filters and date, and falls back to the PDF title', () => {
    const record = materialRecord([{ target, page: conferencePage }], {
      text: 'Linje én\nlinje  to',
      title: 'Fritidskassen',
    });
    expect(record).toEqual({
      url: '/konferanse/2025/#sesjon-abc123',
      content: 'Linje én linje to',
      language: 'nb',
      meta: {
        title: 'Fritidskassen (PDF)',
        context: target.context,
        file: '/media/x.pdf',
        // The name the page's own link gives it, not the content hash; «3 kB» with a no-break space.
        download: 'fritidskassen.pdf',
        size: '3\u00a0kB',
        date: '2025-01-22',
        places: 'Stavanger · Bergen · Haugesund',
      },
      // Found under the filters of the page that offers it, and as a document (/sok's «Dokumenter (PDF)»).
      filters: { ...conferencePage.filters, format: ['pdf'] },
      sort: { date: '2025-01-22' },
    });
  });

  it('tags a file «Eksempel» when the page its result leads to is invented, as that page is tagged', () => {
    const pdf = { text: 'Tekst', title: null };
    const invented = materialRecord([{ target, page: { ...conferencePage, sample: true } }], pdf);
    expect(invented.meta?.[sampleMeta]).toBeTruthy();
    expect(materialRecord([{ target, page: conferencePage }], pdf).meta).not.toHaveProperty(sampleMeta);
  });

  it("dates a session's file by the session's own day in Oslo, not the conference's first day", () => {
    const record = materialRecord([{ target: { ...target, date: '2025-01-23' }, page: conferencePage }], {
      text: 'Tekst',
      title: null,
    });
    expect(record.meta?.date).toBe('2025-01-23');
    expect(record.sort).toEqual({ date: '2025-01-23' });
  });

  it("files session material under its speakers' places and the venue, not every town of the programme", () => {
    const record = materialRecord(
      [{ target: { ...target, places: ['Haugesund', 'Stavanger'], shownPlaces: ['Haugesund'] }, page: conferencePage }],
      { text: 'Tekst', title: null },
    );
    expect(record.filters).toEqual({ type: ['konferanse'], sted: ['Haugesund', 'Stavanger'], format: ['pdf'] });
    expect(record.meta?.places).toBe('Haugesund');
  });

  it('names a file on a page without a title of its own after the page, as the page is titled', () => {
    const record = materialRecord(
      [
        {
          target: { ...target, pagePath: '/aktivitetsstotte/', anchor: 'fil-1', context: null },
          page: { title: 'Aktivitetsstøtte', filters: { type: ['side'] }, date: null, sample: false },
        },
      ],
      { text: 'Tekst', title: null },
    );
    expect(record.meta?.context).toBe('Vedlegg til «Aktivitetsstøtte»');
  });

  it('makes one record of a file offered on two pages: at the report, naming the session, found under both', () => {
    const session: MaterialTarget = {
      ...target,
      pagePath: '/konferanse/2026/',
      anchor: 'sesjon-s1-fil-1',
      title: 'Forskningssammendrag: Nabolagsbudsjett (PDF)',
      context: 'Materiell fra «Nabolagsbudsjett», For Alle-konferansen 2026',
      places: ['Oslo', 'Stavanger'],
      shownPlaces: ['Oslo'],
      date: '2026-01-22',
    };
    const report: MaterialTarget = {
      ...target,
      pagePath: '/forskning/nabolagsbudsjett/',
      anchor: 'rapport',
      context: 'Vedlegg til «Nabolagsbudsjett: forskningssammendrag»',
      isReport: true,
    };
    const other: MaterialTarget = { ...target, downloadPath: '/media/y.pdf', anchor: 'sesjon-s2-fil-2' };
    const groups = offersByFile([
      {
        target: session,
        page: { title: null, filters: { type: ['konferanse'], år: ['2026'] }, date: '2026-01-22', sample: false },
      },
      { target: other, page: conferencePage },
      {
        target: report,
        page: {
          title: null,
          filters: { type: ['forskning'], år: ['2025'], sted: ['Bergen'] },
          date: '2025-09-01',
          sample: false,
        },
      },
    ]);
    expect(groups.map((group) => group.map((offer) => offer.target.anchor))).toEqual([
      ['rapport', 'sesjon-s1-fil-1'],
      ['sesjon-s2-fil-2'],
    ]);

    const record = materialRecord(groups[0], { text: 'Tekst', title: 'Nabolagsbudsjett: forskningssammendrag' });
    expect(record.url).toBe('/forskning/nabolagsbudsjett/#rapport');
    // The editor's title for the file, though only the session's material list gives one.
    expect(record.meta?.title).toBe('Forskningssammendrag: Nabolagsbudsjett (PDF)');
    expect(record.meta?.context).toBe(report.context);
    expect(parseAlsoOffered(record.meta?.[alsoOfferedMeta])).toEqual([
      { context: session.context, url: '/konferanse/2026/#sesjon-s1-fil-1' },
    ]);
    expect(record.filters).toEqual({
      type: ['forskning', 'konferanse'],
      år: ['2025', '2026'],
      sted: ['Bergen', 'Oslo', 'Stavanger'],
      format: ['pdf'],
    });
    expect(record.meta?.places).toBe('Bergen · Oslo');
    expect(record.meta?.date).toBe('2025-09-01');
  });
});

describe('the bundled dataset', () => {
  it("files each session's material under its speakers' organisations' places and the venue", async () => {
    const source = await createBundledSource(resolve(bundledDatasetPath), 'published');
    const result = await source.fetch<SearchMaterialQueryResult>(searchMaterialQuery);
    // Read apart from the search's own query: who spoke in the session with each file, and where they work.
    const conferences = await source.fetch<
      { venue: string | null; sessions: { key: string; places: (string | null)[] | null }[] | null }[]
    >(
      `*[_type == "conference"]{ "venue": place->name, "sessions": sessions[]{ "key": _key, "places": speakers[]->organisation->place->name } }`,
    );
    const sessions = conferences.flatMap(({ venue, sessions }) =>
      (sessions ?? []).map((session) => ({ ...session, venue })),
    );
    const sessionOf = (target: MaterialTarget) =>
      sessions.find((session) => target.anchor.startsWith(`sesjon-${session.key}-`))!;
    const sessionTargets = materialTargets(result).filter((target) => target.anchor.startsWith('sesjon-'));
    // The bundled dataset has a presentation from a town other than the venue (Fritidskassen, from Haugesund).
    expect(
      sessionTargets.filter((target) => {
        const session = sessionOf(target);
        return session.places?.some((place) => place && place !== session.venue);
      }).length,
    ).toBeGreaterThan(0);
    for (const target of sessionTargets) {
      const session = sessionOf(target);
      expect(new Set(target.places), target.anchor).toEqual(
        new Set([...(session.places ?? []), session.venue].filter(Boolean)),
      );
    }
  });

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

// The query names each rich-text field twice (in its filter and its projection), by hand: a field added to
// richTextFields and missed there would leave its attached PDFs out of the search, with no error anywhere.
describe('searchMaterialQuery', () => {
  /** A document of a type that renders each field, with one PDF attached there; `findings` has no page of its own. */
  const carriers: Record<Exclude<RichTextField, 'findings'>, Record<string, unknown>> = {
    body: { _type: 'page', slug: { current: 'side' } },
    description: { _type: 'event', slug: { current: 'arrangement' } },
    whoCanApply: { _type: 'activitySupport' },
    amountCriteria: { _type: 'activitySupport' },
    dialogue: { _type: 'applicationGuide' },
  };

  it.each(richTextFields.filter((field) => field !== 'findings'))(
    'finds a PDF attached in %s, on the page that shows it',
    async (field) => {
      const carrier = carriers[field as Exclude<RichTextField, 'findings'>];
      expect(carrier, `a document type that renders ${field}`).toBeDefined();
      const asset = { ...pdfAsset(sha('7')), _type: 'sanity.fileAsset' };
      const attachment = { _type: 'attachment', _key: 'a', title: 'Vedlegg', file: { asset: { _ref: asset._id } } };
      const dataset = [asset, { _id: `doc-${field}`, title: 'Dokument', ...carrier, [field]: [attachment] }];
      const result = (await (
        await evaluate(parse(searchMaterialQuery), { dataset })
      ).get()) as SearchMaterialQueryResult;
      const targets = materialTargets(result);
      expect(targets.map((target) => [target.fileUrl, target.title])).toEqual([[asset.url, 'Vedlegg']]);
    },
  );
});
