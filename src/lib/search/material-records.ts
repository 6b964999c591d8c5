import type { CustomRecord } from 'pagefind';
import { fileAnchor, reportAnchor } from '../content/attachments';
import { materialFileTitle } from '@for-alle/shared/material-title';
import { conferenceTitle, sessionAnchor } from '../content/conferences';
import { placeAt } from '../content/places';
import { downloadName, fileSizeText, type DownloadableFile } from '../content/file-download';
import { osloDay } from '@for-alle/shared/dates';
import { filePath } from '../images';
import { documentPath } from '@for-alle/shared/document-path';
import type { SearchMaterialQueryResult } from '../sanity/sanity.types';
import type { PageSearchAttributes } from './built-page';
import { normaliseText, type PdfContent } from './pdf-text';
import {
  alsoOfferedMeta,
  formatFilter,
  pdfFormat,
  placeFilter,
  sampleMeta,
  serialiseAlsoOffered,
  type AlsoOffered,
  type ResultMeta,
} from './contract';

// The text inside attached PDFs (conference slides, research reports, attachments in a page's body) is searchable:
// each file becomes a Pagefind custom record whose URL is the file's anchor on the page that offers it, so a word that
// only occurs in the PDF leads to the place the visitor can download it. https://pagefind.app/docs/node-api/
// A file offered on several pages (a research report also shown as a session's material) is one record, at its
// first place, naming the others, so a search does not list the same file twice.

/** One attached file and where on the site it is offered. */
export interface MaterialTarget {
  /**
   * The carrier page's path as Pagefind records it (`/konferanse/2025/`), and the file's anchor within it. Every
   * record needs a URL of its own: Pagefind keeps one entry per URL, so a record at the page's bare URL would
   * replace the page itself in the index.
   */
  pagePath: string;
  anchor: string;
  /** The file's asset URL, for `ContentSource.readAsset`. */
  fileUrl: string;
  /** Where the site serves the file (`/media/<sha1>.pdf`). */
  downloadPath: string;
  /** What the editor called the file; null when only the PDF's own properties can name it. */
  title: string | null;
  /** The name when neither the editor nor the PDF gives one. */
  fallbackTitle: string;
  /**
   * Where it comes from, shown under the title: «Materiell fra «…», For Alle-konferansen 2025 i Stavanger». Null for a page
   * without a title of its own (the activity support, titled by its pillar): named from its built page instead.
   */
  context: string | null;
  /** The day it was presented (a session's day in Oslo), when it differs from the page's own date. */
  date?: string | null;
  /**
   * The places it is found under, instead of the page's: session material comes from the speakers' organisations'
   * places as well as the venue (a town's own presentation is found under that town).
   */
  places?: string[] | null;
  /** The places its result names: the speakers' places, else the venue. */
  shownPlaces?: string[] | null;
  /** The file's name and size, for the name it downloads under and the size its result shows. */
  file: DownloadableFile;
  /** A research update's report: its page is the file's own, so the record points there when the file is offered twice. */
  isReport?: boolean;
}

/** A file asset as searchMaterialQuery projects it (the same projection for session material, reports and attachments). */
type FileAsset = NonNullable<
  NonNullable<SearchMaterialQueryResult['conferences'][number]['sessions']>[number]['files']
>[number]['asset'];

const isPdf = (asset: FileAsset): asset is NonNullable<FileAsset> & { url: string } =>
  Boolean(asset?.url && (asset.mimeType === 'application/pdf' || asset.extension?.toLowerCase() === 'pdf'));

/**
 * Pagefind writes a page in `build.format: 'directory'` as `/path/`; the same form is used for custom records.
 * A document shown as part of a page (the application guide: `/samarbeidsprosjekter/#soknad`) is on that page.
 */
const pageOf = (path: string) => {
  const page = path.split('#')[0];
  return page.endsWith('/') ? page : `${page}/`;
};

const presentNames = (names: (string | null | undefined)[] | null | undefined) => [
  ...new Set((names ?? []).filter((name): name is string => Boolean(name))),
];

/**
 * Every PDF the site offers, paired with the page and anchor that carry it. A file attached twice to one session
 * or one page is listed once; the same file in two sessions or on two pages gives a target for each.
 */
export function materialTargets(result: SearchMaterialQueryResult): MaterialTarget[] {
  const targets: MaterialTarget[] = [];
  const seen = new Set<string>();
  const add = (target: MaterialTarget, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(target);
  };

  for (const conference of result.conferences) {
    const path = documentPath(conference);
    if (!path) continue;
    // Where it was presented, beside the places of the speakers the result names («Haugesund» for Fritidskassen,
    // presented in Stavanger).
    const venue = conference.place?.name ?? null;
    const edition = venue
      ? `${conferenceTitle(conference)} ${placeAt(conference.place!)}`
      : conferenceTitle(conference);
    for (const session of conference.sessions ?? []) {
      const speakerPlaces = presentNames(session.speakerPlaces);
      for (const file of session.files ?? []) {
        if (!isPdf(file.asset)) continue;
        const anchor = fileAnchor(file.asset, sessionAnchor(session));
        add(
          {
            pagePath: pageOf(path),
            anchor,
            fileUrl: file.asset.url,
            downloadPath: filePath(file.asset),
            title: file.title ? materialFileTitle(file.title, session.title) : null,
            // The name the archive page gives a file without a title of its own, unless the PDF names itself.
            fallbackTitle: `${materialFileTitle(null, session.title)} (PDF)`,
            context: session.title ? `Materiell fra «${session.title}», ${edition}` : `Materiell fra ${edition}`,
            // The conference page is dated by its first day; a file from the second day says so.
            date: session.start ? osloDay(session.start) : null,
            places: presentNames([...speakerPlaces, venue]),
            shownPlaces: speakerPlaces.length > 0 ? speakerPlaces : presentNames([venue]),
            file: file.asset,
          },
          `${path}#${anchor}|${file.asset.url}`,
        );
      }
    }
  }

  for (const document of result.documents) {
    const path = documentPath(document);
    if (!path) continue;
    const carrierTitle = document.title;
    // Attachments first: when the report is also attached in the body, the editor's title for it is kept.
    const files = [
      ...(document.attachmentLists ?? []).flatMap((list) => list ?? []),
      ...(document.report ? [{ title: null, asset: document.report, isReport: true }] : []),
    ];
    for (const file of files) {
      if (!isPdf(file.asset)) continue;
      add(
        {
          pagePath: pageOf(path),
          anchor: 'isReport' in file ? reportAnchor : fileAnchor(file.asset),
          fileUrl: file.asset.url,
          downloadPath: filePath(file.asset),
          title: file.title || null,
          fallbackTitle: 'Dokument (PDF)',
          context: carrierTitle ? `Vedlegg til «${carrierTitle}»` : null,
          file: file.asset,
          ...('isReport' in file ? { isReport: true } : {}),
        },
        `${path}|${file.asset.url}`,
      );
    }
  }
  return targets;
}

/** One place a file is offered: the target and what its built page says about itself. */
export interface MaterialOffer {
  target: MaterialTarget;
  page: PageSearchAttributes;
}

const offerUrl = ({ target }: MaterialOffer) => `${target.pagePath}#${target.anchor}`;
const offerContext = ({ target, page }: MaterialOffer) =>
  target.context ?? (page.title ? `Vedlegg til «${page.title}»` : 'Vedlegg');
const offerFilters = ({ target, page }: MaterialOffer) =>
  target.places?.length ? { ...page.filters, [placeFilter]: target.places } : page.filters;
const offerShownPlaces = ({ target, page }: MaterialOffer) => target.shownPlaces ?? page.filters[placeFilter] ?? [];

/** The separator of the facts in a result's meta line, used for a record's places, written as they are shown. */
const placesSeparator = ' · ';

/**
 * Groups the offers by file (its download path), keeping their order: each group becomes one record. A research
 * report goes first in its group, since its page is the file's own.
 */
export function offersByFile<Offer extends { target: MaterialTarget }>(offers: Offer[]): Offer[][] {
  const groups = new Map<string, Offer[]>();
  for (const offer of offers) {
    const group = groups.get(offer.target.downloadPath) ?? [];
    group.push(offer);
    groups.set(offer.target.downloadPath, group);
  }
  return [...groups.values()].map((group) => [
    ...group.filter((offer) => offer.target.isReport),
    ...group.filter((offer) => !offer.target.isReport),
  ]);
}

/**
 * The Pagefind record for one file, offered in one or more places (`offersByFile`): its text; a link to the first
 * place, naming the others; the filters of every place (a session's material under its speakers' places too) and the
 * PDF format; the first place's date (a session's own day for its material); a download under a readable name, with
 * its size; the «Eksempel» tag when the first place is invented.
 * Named by the editor's title (the first place's, else another's), else the PDF's own title, else a generic name
 * (export file names are content hashes).
 */
export function materialRecord(offers: MaterialOffer[], pdf: PdfContent): CustomRecord {
  const [first, ...others] = offers;
  if (!first) throw new Error('A material record needs at least one place the file is offered');
  const { target, page } = first;
  const title =
    offers.map((offer) => offer.target.title).find(Boolean) ??
    (pdf.title ? `${pdf.title} (PDF)` : target.fallbackTitle);
  const date = target.date ?? page.date;
  const meta: ResultMeta = {
    title,
    context: offerContext(first),
    file: target.downloadPath,
    download: downloadName(title, target.file),
  };
  const size = fileSizeText(target.file.size);
  if (size) meta.size = size;
  if (date) meta.date = date;
  const shownPlaces = presentNames(offers.flatMap(offerShownPlaces));
  if (shownPlaces.length > 0) meta.places = shownPlaces.join(placesSeparator);
  // The page the result leads to and names is invented, and so is what it offers: tagged as its own result is.
  if (page.sample) meta[sampleMeta] = 'eksempel';
  if (others.length > 0) {
    const also: AlsoOffered[] = others.map((offer) => ({ context: offerContext(offer), url: offerUrl(offer) }));
    meta[alsoOfferedMeta] = serialiseAlsoOffered(also);
  }
  // Only these records are documents: /sok's «Dokumenter (PDF)» narrows to them.
  const filters: Record<string, string[]> = { [formatFilter]: [pdfFormat] };
  for (const offer of offers) {
    for (const [name, values] of Object.entries(offerFilters(offer))) {
      filters[name] = presentNames([...(filters[name] ?? []), ...values]);
    }
  }
  return {
    url: offerUrl(first),
    content: normaliseText(pdf.text),
    language: 'nb',
    meta,
    filters,
    ...(date ? { sort: { date } } : {}),
  };
}
