// One search result as HTML elements. Pagefind's excerpts are safe HTML (entities encoded, matches in <mark>);
// every other value (meta, filters) is raw and goes in as text.
import {
  alsoOfferedMeta,
  cancelledMeta,
  parseAlsoOffered,
  parseSessionMaterial,
  placeFilter,
  sampleMeta,
  sessionMaterialMeta,
  typeFilter,
  type SearchContentType,
} from '../../lib/search/contract';
import type { PagefindResultData } from './pagefind-api';
import { subjectWords } from './function-words';
import { saysInOrder } from './heading-first';
import { continuesQueryWord } from './query-words';
import { resultDate } from './result-date';
import { contentTypeName } from './search-state';
import { isUpcoming, osloToday } from './upcoming-first';

/** Conference archive pages give each session a heading `#sesjon-<key>` (ConferenceSession.astro). */
const sessionAnchorPrefix = 'sesjon-';

export interface SessionLink {
  title: string;
  url: string;
  /** What the session offers, «PDF og videoopptak», from the page's `session_material` meta; null for nothing. */
  material: string | null;
  /** Safe HTML; empty when browsing without words. */
  excerpt: string;
  /** How many of the query's words the session has a hit for, small words left out; 0 when browsing without words. */
  matchedWords: number;
  /** The session's title says the query's words in the order typed. */
  titleSaysQuery?: boolean;
}

/**
 * Sessions listed under a page with words; the rest are counted. A year's programme is one page, so a query with
 * a common word («Senter for inkluderingsforskning») otherwise lists every session for its «for».
 */
export const maxSessionLinks = 3;

/** Each page's text split into words once: its sections and sessions each look theirs up in it. */
const pageWords = new WeakMap<object, string[]>();

/** The page's words at the given locations, split the way Pagefind counts them. */
export function wordsAt(data: Pick<PagefindResultData, 'raw_content'>, locations: number[]): string[] {
  let words = pageWords.get(data);
  if (!words) {
    words = data.raw_content.split(/[^\S\uFEFF]+/);
    pageWords.set(data, words);
  }
  return locations.map((location) => words[location] ?? '');
}

/**
 * A small variant for the thumbnail. Pagefind takes a page's first image when SearchMeta gives none, often a wide
 * variant; every image wider than 480px also exists at 480 (src/lib/images.ts), so that one is used instead.
 */
export function thumbnailPath(src: string): string {
  const match = /^\/media\/([0-9a-f]+)-(\d+)\.webp$/.exec(src);
  return match && Number(match[2]) > thumbnailWidth ? `/media/${match[1]}-${thumbnailWidth}.webp` : src;
}
const thumbnailWidth = 480;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The sessions of an archive page to link to: with words, the sessions holding a hit (Pagefind's sub-results,
 * split at each session heading), each with how many of `queryWords` it matches and whether its title says them;
 * without words, every session of the page (its anchors), so browsing a year's conference lists its programme.
 */
export function sessionLinks(data: PagefindResultData, withWords: boolean, queryWords: string[] = []): SessionLink[] {
  const pageUrl = data.url.split('#')[0];
  const material = parseSessionMaterial(data.meta[sessionMaterialMeta]);
  const materialOf = (id: string | undefined) => (id && Object.hasOwn(material, id) ? material[id]! : null);
  if (withWords) {
    const subject = subjectWords(queryWords);
    return data.sub_results
      .filter((sub) => sub.anchor?.id.startsWith(sessionAnchorPrefix))
      .map((sub) => {
        const hits = [...new Set(wordsAt(data, sub.locations))];
        return {
          title: sub.title,
          url: sub.url,
          material: materialOf(sub.anchor?.id),
          excerpt: sub.excerpt,
          matchedWords: subject.filter((word) => hits.some((hit) => continuesQueryWord(hit, word))).length,
          titleSaysQuery: queryWords.length > 1 && saysInOrder(sub.title, queryWords),
        };
      });
  }
  return data.anchors
    .filter(
      (anchor) => anchor.id.startsWith(sessionAnchorPrefix) && /^h\d$/i.test(anchor.element) && anchor.text?.trim(),
    )
    .map((anchor) => ({
      title: anchor.text!.trim(),
      url: `${pageUrl}#${anchor.id}`,
      material: materialOf(anchor.id),
      excerpt: '',
      matchedWords: 0,
    }));
}

/**
 * The sessions to link with words: the `limit` that match most of the query's words (the session about «Senter for
 * inkluderingsforskning» before those that only say «for»), in programme order, after a session whose title is what
 * was typed; the rest are counted.
 */
export function sessionsToShow(
  sessions: SessionLink[],
  limit = maxSessionLinks,
): { shown: SessionLink[]; more: number } {
  const titled = (session: SessionLink) => (session.titleSaysQuery ? 1 : 0);
  const chosen = new Set(
    sessions
      .map((session, index) => ({ session, index }))
      .sort(
        (a, b) =>
          titled(b.session) - titled(a.session) || b.session.matchedWords - a.session.matchedWords || a.index - b.index,
      )
      .slice(0, limit)
      .map(({ session }) => session),
  );
  const shown = sessions.filter((session) => chosen.has(session));
  return {
    shown: [
      ...shown.filter((session) => session.titleSaysQuery),
      ...shown.filter((session) => !session.titleSaysQuery),
    ],
    more: Math.max(0, sessions.length - limit),
  };
}

/**
 * The excerpt to show. With words: Pagefind's, except on archive pages where the sessions carry their own, so the
 * page's excerpt is taken from a hit outside the sessions if there is one. Without words: none (the ingress shows).
 */
function pageExcerpt(data: PagefindResultData, withWords: boolean, sessions: SessionLink[]): string {
  if (!withWords) return '';
  if (sessions.length === 0) return data.excerpt;
  const outside = data.sub_results.find((sub) => !sub.anchor?.id.startsWith(sessionAnchorPrefix));
  return outside?.excerpt ?? '';
}

/**
 * A long page gets a link to its section with the most hits: the application guide is the last of twelve screens
 * on /samarbeidsprosjekter, so a result for «søknad samarbeidsprosjekt» links to it. A shorter page is read from the
 * top, where the result already leads.
 */
export const sectionLinkMinWords = 300;

/**
 * The section of the page to link for the query's words (folded, as searched): of Pagefind's sub-results at a heading
 * with an id, the one holding the most of the words, then the most weight of hits (a list the page weights, as
 * /aktivitetsstotte's expenses, is where the page's excerpt comes from too), then the first. «hvor mye kan vi få»
 * leads to «Hvor mye kan dere få?», not to «Hvem kan søke?», whose «familie» and «vil» only start like «få» and
 * «vi»; «utstyr» to «Hva kan dere søke støtte til?», not to a mention of it under «Hvem kan søke?».
 * Null for a short page, or when no section holds a hit.
 */
export function bestSection(data: PagefindResultData, queryWords: string[]): SessionLink | null {
  if (queryWords.length === 0 || data.word_count < sectionLinkMinWords) return null;
  const sections = data.sub_results
    .filter((sub) => sub.anchor?.id && /^h\d$/i.test(sub.anchor.element) && sub.locations.length > 0)
    .map((sub, index) => {
      // A section's hits are mostly the same few words again: each is judged once.
      const hits = [...new Set(wordsAt(data, sub.locations))];
      const matchedWords = queryWords.filter((word) => hits.some((hit) => continuesQueryWord(hit, word))).length;
      // Without weights (older index data), each hit counts as 1.
      const weight = sub.weighted_locations?.reduce((total, hit) => total + hit.weight, 0) ?? sub.locations.length;
      return { sub, index, matchedWords, weight };
    })
    .sort((a, b) => b.matchedWords - a.matchedWords || b.weight - a.weight || a.index - b.index);
  const best = sections[0];
  if (!best || best.matchedWords === 0) return null;
  const { title, url, excerpt } = best.sub;
  return { title, url, material: null, excerpt, matchedWords: best.matchedWords };
}

/**
 * The year an event's title leaves out: events recur under one title («Workshop i Bergen»), so its results would share
 * one heading and link name. Said to screen readers as EventCard.astro says it; null for any other result.
 */
function hiddenYear(data: PagefindResultData): string | null {
  if (data.meta.file || data.filters[typeFilter]?.[0] !== ('arrangement' satisfies SearchContentType)) return null;
  const year = data.meta.date?.slice(0, 4);
  return year && /^\d{4}$/.test(year) && !data.meta.title?.includes(year) ? year : null;
}

function visuallyHidden(text: string): HTMLSpanElement {
  return element('span', 'visually-hidden', text);
}

/**
 * «Eksempel» as the cards write it (SampleNotice.astro, inline): a pill for the eye, in parentheses for a screen
 * reader. The page's own notice is not in the index, so the result must say it.
 */
function sampleTag(): Node[] {
  return [visuallyHidden('('), element('span', 'tag tag--accent', 'Eksempel'), visuallyHidden(')')];
}

/**
 * `<li>` for one result: thumbnail, title link, type («Kommende arrangement» from `today` on, «Avlyst arrangement»),
 * date, place and «Eksempel», context, excerpt or ingress, session links.
 */
export function renderResult(
  data: PagefindResultData,
  withWords: boolean,
  queryWords: string[] = [],
  today = osloToday(),
): HTMLLIElement {
  const item = element('li', 'search-result');

  const heading = element('h3', 'search-result__title');
  const link = element('a', undefined, data.meta.title || data.url);
  const year = hiddenYear(data);
  if (year) link.append(visuallyHidden(` (${year})`));
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.image) {
    const image = element('img', 'search-result__image');
    image.src = thumbnailPath(data.meta.image);
    // Decorative: the title says what the result is. Floated beside the text under the title, not beside the title:
    // on a phone a long title («Inkluderingsprosjekter») beside it had too little room and broke mid-word.
    image.alt = '';
    image.loading = 'lazy';
    image.decoding = 'async';
    item.append(image);
  }

  const type = data.filters[typeFilter]?.[0];
  const isFile = Boolean(data.meta.file);
  const facts: (string | Node)[] = [];
  if (isFile) facts.push('PDF');
  else if (type) {
    const name = contentTypeName(type)?.singular ?? type;
    // Why a coming event is listed before past ones of about the same relevance; a cancelled one says so instead.
    const lower = name.toLocaleLowerCase('nb');
    facts.push(data.meta[cancelledMeta] ? `Avlyst ${lower}` : isUpcoming(data, today) ? `Kommende ${lower}` : name);
  }
  if (data.meta.date) {
    const time = element('time', undefined, resultDate(data.meta.date));
    time.dateTime = data.meta.date;
    facts.push(time);
  }
  // The places the result itself names (a presentation's speakers' towns; a conference's venue, not every town its
  // speakers came from), else the places it is filtered by.
  if (data.meta.places) facts.push(data.meta.places);
  else facts.push(...(data.filters[placeFilter] ?? []));
  const sample = Boolean(data.meta[sampleMeta]);
  if (facts.length > 0 || sample) {
    const meta = element('p', 'search-result__meta');
    facts.forEach((fact, index) => meta.append(...(index > 0 ? [' · ', fact] : [fact])));
    if (sample) meta.append(...(facts.length > 0 ? [' '] : []), ...sampleTag());
    item.append(meta);
  }

  if (data.meta.context) item.append(element('p', 'search-result__context', data.meta.context));
  const also = parseAlsoOffered(data.meta[alsoOfferedMeta]);
  if (also.length > 0) {
    const paragraph = element('p', 'search-result__context', 'Også: ');
    also.forEach((offer, index) => {
      const alsoLink = element('a', undefined, offer.context);
      alsoLink.href = offer.url;
      paragraph.append(...(index > 0 ? ['; ', alsoLink] : [alsoLink]));
    });
    item.append(paragraph);
  }

  const sessions = sessionLinks(data, withWords, queryWords);
  const excerpt = pageExcerpt(data, withWords, sessions);
  if (excerpt) {
    const paragraph = element('p', 'search-result__excerpt');
    paragraph.innerHTML = excerpt;
    item.append(paragraph);
  } else if (data.meta.ingress && (!withWords || sessions.length === 0)) {
    item.append(element('p', 'search-result__excerpt', data.meta.ingress));
  }

  const section = sessions.length === 0 && !isFile ? bestSection(data, queryWords) : null;
  if (section) {
    const paragraph = element('p', 'search-result__context search-result__section', 'Avsnitt med treff: ');
    const sectionLink = element('a', undefined, section.title);
    // «Om konferansen» is a section of every conference year: the link names its page, as the heading above does.
    if (data.meta.title) sectionLink.append(visuallyHidden(` – ${data.meta.title}${year ? ` (${year})` : ''}`));
    sectionLink.href = section.url;
    paragraph.append(sectionLink);
    item.append(paragraph);
  }

  if (sessions.length > 0) {
    const list = element('ul', 'search-result__sessions');
    list.setAttribute(
      'aria-label',
      withWords
        ? `Innlegg med treff i ${data.meta.title ?? 'programmet'}`
        : `Innlegg i ${data.meta.title ?? 'programmet'}`,
    );
    // Browsing without words lists the whole programme; with words, the sessions that match best.
    const { shown, more } = withWords ? sessionsToShow(sessions) : { shown: sessions, more: 0 };
    for (const session of shown) {
      const entry = element('li');
      const sessionLink = element('a', undefined, session.title);
      sessionLink.href = session.url;
      entry.append(sessionLink);
      // Right under the title: which sessions have slides or a recording, without opening each.
      if (session.material)
        entry.append(element('p', 'search-result__session-material muted', `Materiell: ${session.material}`));
      if (session.excerpt) {
        const sessionExcerpt = element('p', 'search-result__excerpt');
        sessionExcerpt.innerHTML = session.excerpt;
        entry.append(sessionExcerpt);
      }
      list.append(entry);
    }
    if (more > 0) {
      list.append(element('li', 'search-result__more-sessions', `og ${more} innlegg til med treff`));
    }
    item.append(list);
  }

  if (isFile && data.meta.file) {
    const download = element('p', 'search-result__file');
    // «Last ned PDF (3 kB)», heard as «Last ned PDF (3 kB) «Presentasjon: Fritidskassen»»: the title says «PDF» once.
    const fileLink = element('a', undefined, data.meta.size ? `Last ned PDF (${data.meta.size})` : 'Last ned PDF');
    const fileTitle = data.meta.title?.replace(/\s*\(PDF\)\s*$/i, '').trim();
    if (fileTitle) fileLink.append(visuallyHidden(` «${fileTitle}»`));
    fileLink.href = data.meta.file;
    // The file is stored under its content hash; the download gets the name its page gives it.
    if (data.meta.download) fileLink.download = data.meta.download;
    download.append(fileLink);
    item.append(download);
  }

  return item;
}
