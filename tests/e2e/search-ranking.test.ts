// Visitors' own questions on /sok: the page that answers each is among the first results (headless Chromium on the
// built site). Which page answers is read from the bundled dataset: the document whose built page says it (checked), and
// its path from `documentPath`, as the site links it. See docs/search.md, «Rangering».
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { documentPath, type PathableDocument } from '@for-alle/shared/document-path';
import { useBrowserAndSite } from '../support/browser-and-site';
import { fixedNow, page as builtPage } from '../support/dist';
import { searched } from '../support/search-done';

const setup = useBrowserAndSite();
// One page for every question, each typed into the search field as a visitor asks the next: a search's state lives in
// the page's URL, never in storage, and opening /sok again for each question started Pagefind again (about 1 s each).
let context: BrowserContext | undefined;
let page: Page;
afterAll(async () => context?.close());

interface Question {
  query: string;
  /** GROQ for the documents whose pages answer the question; any of them counts. */
  answeredBy: string;
  /** What those documents' pages say that makes them the answer (words a visitor reads there, case-insensitive). */
  says: string;
  /** Other pages that answer as well: /konferanse presents the next conference with its registration. */
  alsoOn?: string[];
  /** The answer must be among the first `within` results. */
  within: 1 | 3;
  /** The page itself must be the result, not a PDF or a session it offers (whose results link into the page). */
  itself?: boolean;
  /** The result links to the section its document's path names (the application guide: `#soknad`). */
  section?: boolean;
  /** The result links to the section under this heading (its id), where the page answers: not a mention elsewhere. */
  sectionHeading?: string;
  /** Pages that mention the words in passing and must come after the answer, if they are found at all. */
  aheadOf?: string[];
}

const nextConference = `*[_type == "conference" && count(days[start > "${fixedNow}"]) > 0] | order(year asc)[0...1]`;
const guide = '*[_id == "applicationGuide"]';
const support = '*[_id == "activitySupport"]';
const pillar = (slug: string) => `*[_type == "pillar" && slug.current == "${slug}"]`;
/** Found by their names; their text says «påmelding», «søknader» and «søke» only about how the site handles them. */
const aboutTheSite = ['/personvern/', '/tilgjengelighetserklaering/'];

/** The visitors' questions: from the review of the programme's text and the programme's pillars. */
const questions: Question[] = [
  { query: 'søknad samarbeidsprosjekt', answeredBy: guide, says: 'søknad', within: 1, section: true },
  { query: 'sjekkliste', answeredBy: guide, says: 'kartlegg', within: 1, section: true },
  { query: 'styringsgruppe', answeredBy: guide, says: 'styringsgruppe', within: 1, section: true },
  { query: 'scoping', answeredBy: guide, says: 'scoping', within: 1 },
  { query: 'hvor mye kan vi få', answeredBy: support, says: 'inntil kr 50 000', within: 1 },
  { query: 'hvor mye støtte', answeredBy: support, says: 'inntil kr 50 000', within: 1 },
  { query: 'når er fristen', answeredBy: support, says: 'søknadsfrist', within: 1 },
  { query: 'søknadsfrist', answeredBy: support, says: 'søknadsfrist', within: 1 },
  { query: 'kan laget søke', answeredBy: support, says: 'hvem kan søke', within: 1 },
  { query: 'hvem kan søke', answeredBy: support, says: 'hvem kan søke', within: 1 },
  // Visitors ask in the first person; the pages say «dere» and «vi».
  { query: 'kan jeg søke', answeredBy: support, says: 'hvem kan søke', within: 1, aheadOf: aboutTheSite },
  {
    query: 'hvordan søker vi',
    answeredBy: '*[_id in ["applicationGuide", "activitySupport"]]',
    says: 'søk',
    within: 3,
    aheadOf: aboutTheSite,
  },
  { query: 'søknad aktivitetsstøtte', answeredBy: support, says: 'søknadsskjema', within: 3, aheadOf: aboutTheSite },
  // The words parents and clubs use for what the grant pays; stories about them may come first.
  { query: 'kontingent', answeredBy: support, says: 'kontingent', within: 3 },
  { query: 'medlemskontingent', answeredBy: support, says: 'kontingent', within: 3 },
  { query: 'treningsavgift', answeredBy: support, says: 'kontingent', within: 3 },
  { query: 'utstyr', answeredBy: support, says: 'utstyr', within: 3, sectionHeading: 'expenses-heading' },
  // A parent's words for their situation, answered by the line for parents under «Hvem kan søke?» (weighed as the
  // text above it): short place pages and stories hold them too.
  { query: 'lav inntekt', answeredBy: support, says: 'lav inntekt', within: 3 },
  { query: 'lite penger', answeredBy: support, says: 'lite penger', within: 3 },
  { query: 'betale kontingent', answeredBy: support, says: 'kontingent', within: 3 },
  // The plural drops the singular's «e», and its stem missed every «Er du forelder eller ungdom?» (8th and below before).
  { query: 'foreldre', answeredBy: '*[_id == "page-kontakt"]', says: 'forelder', within: 3 },
  // A club's words for the amount and the trips, in the programme's own («Beløp … avhenger av antall medlemmer»).
  { query: 'beløp', answeredBy: support, says: 'beløpet', within: 1 },
  { query: 'antall medlemmer', answeredBy: support, says: 'antall medlemmer', within: 1 },
  { query: 'kriterier', answeredBy: support, says: 'kriterier', within: 1 },
  { query: 'cup', answeredBy: support, says: 'cuper', within: 3 },
  // Typed without «ø»: the grant page says «sender søknaden», not only compounds such as «søknadsfrist».
  { query: 'soknad', answeredBy: support, says: 'sender søknaden', within: 3 },
  {
    query: 'hvordan søker jeg',
    answeredBy: '*[_id in ["applicationGuide", "activitySupport"]]',
    says: 'søk',
    within: 3,
  },
  {
    query: 'kan jeg få støtte',
    answeredBy: '*[_id == "activitySupport" || (_type == "pillar" && slug.current == "inkluderingsprosjekter")]',
    says: 'støtte',
    within: 1,
  },
  // Everyday words, each on the site but never on one page: fewer of them are searched rather than none.
  // A club searches in its own words, which stories and place pages use too («korps» is still 4th).
  { query: 'idrettslag', answeredBy: support, says: 'idrettslag', within: 3 },
  { query: 'fotballklubb', answeredBy: support, says: 'fotballklubb', within: 3 },
  { query: 'økonomisk støtte', answeredBy: support, says: 'støtte', within: 3 },
  { query: 'støtte til fotball', answeredBy: support, says: 'støtte', within: 3 },
  { query: 'aktivitetsstøtte busskort', answeredBy: support, says: 'busskort', within: 1 },
  // An amount no page has: its «30» is in every time of day («16.30»), so the amounts in thousands are searched.
  { query: 'kr 30 000', answeredBy: support, says: 'inntil kr 50 000', within: 1 },
  { query: 'søke 30 000 utstyr', answeredBy: support, says: 'utstyr', within: 1 },
  // Visitors' words that no page has, searched as the site's own (synonyms.ts): session 18 tried 383 questions.
  { query: 'tilskudd', answeredBy: support, says: 'støtte', within: 3 },
  { query: 'deadline', answeredBy: support, says: 'søknadsfrist', within: 1 },
  // Spelt as in the page's address: a PDF's file name holds it, which must not keep it from being respelled.
  { query: 'aktivitetsstotte', answeredBy: support, says: 'aktivitetsstøtte', within: 1, itself: true },
  { query: 'fattigdom', answeredBy: pillar('forskning'), says: 'forsk', within: 3 },
  { query: 'budsjett', answeredBy: guide, says: 'prosjektbudsjett', within: 1 },
  // A speaker's first name: the conferences where she spoke, not the pages saying «Norge» and «Norden».
  {
    query: 'nora',
    answeredBy: '*[_type == "conference" && count(sessions[count(speakers[@->name match "Nora*"]) > 0]) > 0]',
    says: 'nora',
    within: 1,
  },
  // Compounds and the small word «få» do not count against a page that answers (whole-word-first.ts).
  { query: 'utstyr fotball', answeredBy: support, says: 'fotballklubber', within: 3 },
  { query: 'forskning barn', answeredBy: pillar('forskning'), says: 'forsk', within: 1 },
  {
    query: 'kan barn få gratis utstyr',
    answeredBy: '*[_type == "projectStory" && slug.current == "utstyrsbanken-i-bergen"]',
    says: 'gratis',
    within: 1,
  },
  // The end of a compound, on no page alone: Pagefind finds only beginnings («Presentasjon: Fritidskassen»).
  { query: 'kassen', answeredBy: '*[_type == "conference" && year == 2025]', says: 'fritidskassen', within: 1 },
  { query: 'kontaktinformasjon', answeredBy: '*[_id == "page-kontakt"]', says: 'kontakt', within: 1 },
  { query: 'media', answeredBy: '*[_id == "page-kontakt"]', says: 'presse', within: 1 },
  { query: 'kva kan vi søkje om', answeredBy: support, says: 'søke', within: 1 },
  {
    query: 'foredrag 2025',
    answeredBy: '*[_type == "conference" && year == 2025]',
    says: 'innlegg',
    within: 1,
  },
  {
    query: 'registrering',
    answeredBy: nextConference,
    says: 'påmeldingen er åpen',
    alsoOn: ['/konferanse/'],
    within: 1,
  },
  // Municipal and NGO staff: the guide and the pillar's introduction, ahead of the short workshop and place pages that
  // use the same words («Workshop i Bergen: samarbeid om inkludering», «… har arbeidsgiveransvaret»).
  { query: 'samarbeid kommune', answeredBy: pillar('samarbeidsprosjekter'), says: 'kommunen', within: 3 },
  {
    query: 'ideelle organisasjoner',
    answeredBy: pillar('samarbeidsprosjekter'),
    says: 'ideelle organisasjoner',
    within: 3,
  },
  { query: 'arbeidsgiveransvar', answeredBy: guide, says: 'arbeidsgiveransvar', within: 1 },
  { query: 'inkluderingsprosjekt', answeredBy: pillar('inkluderingsprosjekter'), says: 'inkludering', within: 1 },
  { query: 'hva har forskerne funnet', answeredBy: pillar('forskning'), says: 'forsk', within: 1 },
  { query: 'rapporter fra forskningen', answeredBy: pillar('forskning'), says: 'forsk', within: 1 },
  // «Where is For Alle?»: the workshops («Sammen finner vi ut …») came before /steder, which now says «For Alle finnes
  // på disse stedene». A place's own page answers too.
  {
    query: 'hvor finnes for alle',
    answeredBy: '*[_type == "place" && status == "active"]',
    says: 'for alle',
    alsoOn: ['/steder/'],
    within: 1,
  },
  // Support or activities where one lives: the place's page, whose grant section and line for parents and young people
  // are indexed at a fifth of the weight (so «støtte» alone still finds the grant's own page first). Out of the index,
  // «støtte bryne» found only the three pages that list every place, and «ungdom stavanger» the conferences.
  { query: 'støtte bryne', answeredBy: '*[_type == "place" && slug.current == "bryne"]', says: 'bryne', within: 1 },
  {
    query: 'ungdom stavanger',
    answeredBy: '*[_type == "place" && slug.current == "stavanger"]',
    says: 'stavanger',
    within: 3,
  },
  // /kontakt labels its numbers «Telefon:»; its introduction says to call the switchboard where a person has none.
  { query: 'telefonnummer', answeredBy: '*[_id == "page-kontakt"]', says: 'telefonnummer', within: 3 },
  {
    query: 'venteliste konferanse',
    answeredBy: nextConference,
    says: 'venteliste',
    alsoOn: ['/konferanse/'],
    within: 1,
  },
  {
    // The word of the season, alone: registration for the next conference, not the privacy page's «Påmelding og søknader».
    query: 'påmelding',
    answeredBy: nextConference,
    says: 'påmeldingen er åpen',
    alsoOn: ['/konferanse/'],
    within: 1,
    aheadOf: aboutTheSite,
  },
  {
    query: 'påmelding konferanse',
    answeredBy: nextConference,
    says: 'påmeldingen er åpen',
    alsoOn: ['/konferanse/'],
    within: 1,
  },
  // The editions' programme is under «Program og innledere»; the workshops' own «Program» came first without it.
  {
    query: 'program',
    answeredBy: '*[_type == "conference" && defined(year)]',
    says: 'program og innledere',
    within: 3,
  },
  {
    query: 'programmet',
    answeredBy: '*[_type == "conference" && defined(year)]',
    says: 'program og innledere',
    within: 3,
  },
  {
    query: 'innledere 2025',
    answeredBy: '*[_type == "conference" && year == 2025]',
    says: 'program og innledere',
    within: 1,
  },
  // Every page says «for alle» and most say «er»: the page whose heading is the question comes first (heading-first.ts).
  {
    query: 'hva er for alle',
    answeredBy: '*[_type == "page" && slug.current == "om"]',
    says: 'hva er for alle',
    within: 1,
    itself: true,
  },
  {
    query: 'arendalsuka',
    answeredBy: '*[_type == "event" && venue.name match "Arendalsuka"]',
    says: 'arendalsuka',
    within: 1,
  },
  {
    // The coming one: a visitor looking for a workshop wants one they can still go to.
    query: 'workshop bergen',
    answeredBy: `*[_type == "event" && kind == "workshop" && place->name == "Bergen" && start > "${fixedNow}"] | order(start asc)[0...1]`,
    says: 'workshop',
    within: 1,
  },
  {
    query: 'prosjektledersamling',
    answeredBy: '*[_type == "event" && title match "Prosjektledersamling*"]',
    says: 'prosjektledersamling',
    within: 1,
  },
];

/** The words of a built page that a visitor reads: not its search metadata (hidden), scripts or styles. */
function visibleText(path: string): string {
  const $ = builtPage(path);
  $('script, style, [hidden]').remove();
  return $('main').text().replace(/\s+/g, ' ').toLowerCase();
}

interface ShownResult {
  url: string;
  /** The link to a section of the page, under the result, if it has one. */
  section: string | null;
}

async function results(query: string): Promise<ShownResult[]> {
  if (!context) {
    context = await setup.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The visitor's today is the build's: what is coming is decided in the browser, by its clock.
    await context.clock.setFixedTime(new Date(fixedNow));
    page = await context.newPage();
    await page.goto(`${setup.site.origin}/sok`);
  }
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  await searched(page);
  const shown = await page.locator('[data-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      url: item.querySelector('.search-result__title a')?.getAttribute('href') ?? '',
      section: item.querySelector('.search-result__section a')?.getAttribute('href') ?? null,
    })),
  );
  return shown;
}

describe('visitors’ own questions find the page that answers them first', { timeout: 60_000 }, () => {
  it.each(questions)('«$query» → the answer within the first $within', async (question) => {
    const documents = await setup.data.fetch<(PathableDocument & Record<string, unknown>)[]>(
      `${question.answeredBy}{..., "placeSlug": place->slug.current}`,
    );
    expect(documents.length, `the dataset has a document for «${question.query}»`).toBeGreaterThan(0);
    const answers = documents.map((document) => documentPath(document)!);
    for (const answer of answers)
      expect(visibleText(answer.split('#')[0]!), `${answer} says «${question.says}»`).toContain(
        question.says.toLowerCase(),
      );
    const pages = new Set([...answers.map((path) => path.split('#')[0]!), ...(question.alsoOn ?? [])]);

    const shown = await results(question.query);
    const position = shown.findIndex((result) => pages.has(question.itself ? result.url : result.url.split('#')[0]!));
    expect(
      position,
      `«${question.query}»: ${[...pages].join(' or ')} within the first ${question.within} of ${shown.map((r) => r.url).join(', ')}`,
    ).toBeGreaterThanOrEqual(0);
    expect(position, `«${question.query}»: position of ${[...pages].join(' or ')}`).toBeLessThan(question.within);
    for (const other of question.aheadOf ?? []) {
      const otherPosition = shown.findIndex((result) => result.url.split('#')[0] === other);
      if (otherPosition >= 0)
        expect(otherPosition, `«${question.query}»: ${other} after the answer`).toBeGreaterThan(position);
    }

    if (question.sectionHeading) {
      const path = answers[0]!.split('#')[0]!;
      expect(shown[position]!.section, `«${question.query}»: the section link`).toBe(
        `${path}#${question.sectionHeading}`,
      );
    }
    if (question.section) {
      // The section the document's path names («/samarbeidsprosjekter/#soknad»); the link goes to its heading.
      const [path, sectionId] = answers[0]!.split('#') as [string, string];
      const link = shown[position]!.section;
      expect(link, `«${question.query}»: a link to #${sectionId} under the result`).toMatch(new RegExp(`^${path}#`));
      const target = decodeURIComponent(link!.split('#')[1]!);
      const $ = builtPage(path);
      expect(
        $(`[id="${sectionId}"]`).is(`[id="${target}"]`) || $(`[id="${sectionId}"] [id="${target}"]`).length > 0,
        `«${question.query}»: #${target} is in #${sectionId}`,
      ).toBe(true);
    }
  });
});
