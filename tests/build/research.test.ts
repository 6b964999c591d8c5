// The research pillar as a visitor meets it: who evaluates and how, each update once (the newest first), the reports,
// dated lists,
// update pages that lead on to the others and to the conference session where an update was presented, links that
// say when they leave the site, and notices on what is invented. Expected content is read from the bundled dataset.
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportAnchor } from '../../src/lib/content/attachments';
import { sessionAnchor } from '../../src/lib/content/conferences';
import {
  allUpdatesHref,
  newestUpdateCount,
  questionTags,
  reportLinkText,
  updatesHeadingId,
} from '../../src/lib/content/research';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { page, text } from '../support/dist';
import { norwegianDate } from '../support/norwegian-date';

interface Update {
  _id: string;
  slug: string;
  title: string;
  date: string;
  numbers: number[];
  partner: string | null;
  reportUrl: string | null;
  reportKind: 'report' | 'summary';
  hasFile: boolean;
  isSample: boolean | null;
}

let data: ContentSource;
let updates: Update[];
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
  updates = await data.fetch<Update[]>(
    `*[_type == "researchUpdate"] | order(date desc){
      _id, "slug": slug.current, title, date, "numbers": questions[]->number, "partner": partner->name, "reportUrl": report.url,
      "reportKind": coalesce(report.kind, "report"), "hasFile": defined(report.file.asset), isSample
    }`,
  );
});

/** The first paragraph of the research pillar's own text. */
const pillarBodyStart = () =>
  data.fetch<string>('pt::text(*[_id == "pillar-forskning"][0].body[_type == "block" && style == "normal"][0])');

const headings = ($: CheerioAPI) =>
  $('main :is(h2, h3)')
    .map((_, heading) => $(heading).text().replace(/\s+/g, ' ').trim())
    .get();
const cardLinks = ($: CheerioAPI, section: string) =>
  $(`section[aria-labelledby="${section}"] .card h3 a`)
    .map((_, link) => $(link).attr('href'))
    .get();

describe('/forskning', () => {
  it("shows the updates and the reports right after «Om evalueringen», then the questions, then the pillar's own text", async () => {
    const $ = page('/forskning');
    const order = headings($);
    const at = (heading: string) => order.indexOf(heading);
    expect(at('Om evalueringen')).toBeGreaterThanOrEqual(0);
    expect(at('Om evalueringen')).toBeLessThan(at('Oppdateringer fra forskningen'));
    expect(at('Oppdateringer fra forskningen')).toBeLessThan(at('Rapporter og sammendrag'));
    expect(at('Rapporter og sammendrag')).toBeLessThan(at('Problemstillingene og funn så langt'));
    expect(at('Problemstillingene og funn så langt')).toBeLessThan(at('Om forskningsprosjektet'));
    // The pillar's own text sits under a heading of its own, not under the last question.
    expect(at('Om forskningsprosjektet')).toBeLessThan(at('Spørsmål forskningen også vil belyse'));
    expect($('#pillar-body-heading').next().find('p').first().text().replace(/\s+/g, ' ').trim()).toBe(
      (await pillarBodyStart()).replace(/\s+/g, ' ').trim(),
    );
  });

  it('shows each update once: the newest as cards, the older ones as a dated list with their questions', () => {
    const $ = page('/forskning');
    expect(updates.length).toBeGreaterThan(newestUpdateCount);
    expect(cardLinks($, updatesHeadingId)).toEqual(
      updates.slice(0, newestUpdateCount).map((update) => `/forskning/${update.slug}/`),
    );
    const older = $(`section[aria-labelledby="${updatesHeadingId}"] #eldre-oppdateringer + ul > li`);
    const expected = updates.slice(newestUpdateCount);
    expect(older.length).toBe(expected.length);
    older.each((index, item) => {
      const update = expected[index];
      expect($(item).find('a').attr('href')).toBe(`/forskning/${update.slug}/`);
      expect($(item).find('time').attr('datetime')).toBe(update.date);
      expect($(item).text().replace(/\s+/g, ' '), update.slug).toContain(
        questionTags(update.numbers.toSorted().map((number) => ({ number }))),
      );
      // Marked as the cards are, so an invented update is not taken for a real one in the short list either.
      expect($(item).find('.tag').text().trim(), update.slug).toBe(update.isSample ? 'Eksempel' : '');
    });
    expect(expected.some((update) => update.isSample)).toBe(true);
    // In full once, and listed once more only where its report is: not again under each question or in a second grid.
    for (const update of updates) {
      const links = $(`main a[href="/forskning/${update.slug}/"]`);
      expect(links.length, update.slug).toBe(update.reportUrl || update.hasFile ? 2 : 1);
    }
    expect($('.research-card').length).toBe(newestUpdateCount);
  });

  it('separates a question heading’s number from the question', async () => {
    const questions = await data.fetch<{ number: number; question: string }[]>(
      '*[_type == "researchQuestion"] | order(number asc){ number, question }',
    );
    const $ = page('/forskning');
    for (const question of questions) {
      expect(text($, `#question-${question.number}`)).toBe(
        `Problemstilling ${question.number}: ${question.question.replace(/\s+/g, ' ').trim()}`,
      );
    }
  });

  it('asks question 1 so it reads at once: a comma after «… fra For Alle-satsingen», «Treffer», not «Når» (read as «when»)', () => {
    const $ = page('/forskning');
    const first = text($, '#problemstilling-1');
    expect(first).toContain('som mottar gaver fra For Alle-satsingen, barn og unge som lever med');
    expect(first).toContain('Treffer prosjektene de barna og familiene som satsingen er ment for?');
    expect(first).not.toMatch(/Når prosjektene/);
    // «følge» as a noun was unclear: who follows whom where.
    expect(first).toContain('Det betyr mye at noen følger barnet dit, og at informasjonen finnes på flere språk');
    for (const update of updates.filter((update) => update.numbers.includes(1)))
      expect(text(page(`/forskning/${update.slug}`), 'main'), update.slug).not.toContain(
        'For Alle-satsingen barn og unge',
      );
  });

  it('marks a report link that leaves the site, in the same words as the update page', () => {
    const external = updates.filter((update) => update.reportUrl?.startsWith('https://'));
    expect(external.length).toBeGreaterThan(0);
    for (const update of external) {
      const wording = `${reportLinkText(update.title, update.partner, update.reportKind)} (ekstern lenke)`;
      const onPillar = page('/forskning')(`.reports a[href="${update.reportUrl}"]`);
      const onUpdate = page(`/forskning/${update.slug}`)(`#rapport ~ p a[href="${update.reportUrl}"]`);
      expect(onPillar.text().replace(/\s+/g, ' ').trim(), update.slug).toBe(wording);
      expect(onUpdate.text().replace(/\s+/g, ' ').trim(), update.slug).toBe(wording);
      expect(onPillar.hasClass('external-link')).toBe(true);
    }
  });
  it('calls a summary a summary, not a report, where its file is offered on /forskning and on its own page', () => {
    const summaries = updates.filter((update) => update.hasFile && /sammendrag/i.test(update.title));
    expect(summaries.length).toBeGreaterThan(0);
    for (const update of summaries) {
      const wording = `Last ned sammendraget «${update.title}»`;
      const item = page('/forskning')('.reports > li').filter(
        (_, li) => load(li)(`a[href="/forskning/${update.slug}/"]`).length > 0,
      );
      const onPillar = item.find('a[download]');
      const $ = page(`/forskning/${update.slug}`);
      const onUpdate = $('#rapport ~ p a[download]');
      expect(onPillar.text().replace(/\s+/g, ' ').trim(), update.slug).toMatch(
        new RegExp(`^${RegExp.escape(wording)} \\(`),
      );
      expect(onUpdate.text().replace(/\s+/g, ' ').trim(), update.slug).toMatch(
        new RegExp(`^${RegExp.escape(wording)} \\(`),
      );
      expect(item.text(), update.slug).not.toMatch(/rapport/i);
      // The heading over it on the update's page says the same, and so does the page's own text.
      expect(text($, '#rapport'), update.slug).toBe('Sammendrag');
      expect(text($, 'main'), update.slug).not.toMatch(/«Rapport»/);
    }
    // A report is still called one.
    const reports = updates.filter((update) => update.reportUrl && !/sammendrag/i.test(update.title));
    expect(reports.length).toBeGreaterThan(0);
    for (const update of reports) {
      expect(text(page(`/forskning/${update.slug}`), '#rapport ~ p a'), update.slug).toMatch(/^Les rapporten «/);
      expect(text(page(`/forskning/${update.slug}`), '#rapport'), update.slug).toBe('Rapport');
    }
  });
});

describe('/forskning: the evaluation and the reports', () => {
  it('says who does the evaluation, over which years and how', async () => {
    const evaluation = await data.fetch<{
      startYear: number;
      resultsYear: number;
      methods: string[];
      partner: { name: string; website: string };
    }>(
      '*[_id == "pillar-forskning"][0].evaluation{ startYear, resultsYear, methods, "partner": researchPartner->{ name, website } }',
    );
    const $ = page('/forskning');
    const facts = $('.evaluation dl');
    // Marked as leaving the site, as every link elsewhere is.
    expect(facts.find(`a[href="${evaluation.partner.website}"]`).text()).toBe(
      `${evaluation.partner.name} (ekstern lenke)`,
    );
    // Under the name each update gives it («Forskningspartner: …»): one organisation, one label.
    const partnerTerm = facts.find(`a[href="${evaluation.partner.website}"]`).closest('div').find('dt');
    expect(partnerTerm.text().replace(/\u00ad/g, '')).toBe('Forskningspartner');
    expect(text($, '.evaluation dl')).toContain(`Fra ${evaluation.startYear}`);
    expect(text($, '.evaluation dl')).toContain(`ventes i ${evaluation.resultsYear}`);
    expect(
      facts
        .find('li')
        .map((_, item) => $(item).text())
        .get(),
    ).toEqual(evaluation.methods);
  });

  it('marks all of «Om evalueringen» «Eksempel» while the evaluation says it is an example, and no key figure repeats its years', async () => {
    const evaluation = await data.fetch<{ isSample: boolean | null; startYear: number; resultsYear: number }>(
      '*[_id == "pillar-forskning"][0].evaluation{ isSample, startYear, resultsYear }',
    );
    // The programme's text names no researchers, years or methods: the bundled evaluation is an example.
    expect(evaluation.isSample).toBe(true);
    const $ = page('/forskning');
    expect($('.evaluation > .sample-notice').length).toBe(1);
    expect($('.evaluation > .sample-notice').index()).toBeLessThan($('.evaluation > dl').index());
    // One notice for the whole part, not a second «Eksempel» beside the researchers' name.
    expect($('.evaluation dl .tag').length).toBe(0);
    // The key figures above the part would state the example's years without its notice.
    const figures = $('.key-facts__value')
      .map((_, value) => $(value).text().trim())
      .get();
    expect(figures).not.toContain(String(evaluation.startYear));
    expect(figures).not.toContain(String(evaluation.resultsYear));
    // No strip of one figure («3 overordnede problemstillinger»): the three questions are listed on the page itself.
    expect($('.key-facts > li').length).not.toBe(1);
  });

  it('lists every research report in one place, each with its download or link, invented ones marked', async () => {
    const reports = await data.fetch<{ slug: string; file: boolean; isSample: boolean | null }[]>(
      '*[_type == "researchUpdate" && (defined(report.file.asset) || defined(report.url))]{ "slug": slug.current, "file": defined(report.file.asset), isSample }',
    );
    expect(reports.some((report) => report.isSample)).toBe(true);
    expect(reports.length).toBeGreaterThanOrEqual(2);
    const $ = page('/forskning');
    const items = $('.reports > li');
    expect(items.length).toBe(reports.length);
    for (const report of reports) {
      const item = items.filter((_, li) => $(li).find(`a[href="/forskning/${report.slug}/"]`).length > 0);
      expect(item.length, report.slug).toBe(1);
      expect(item.find(report.file ? 'a[download][href$=".pdf"]' : 'a[href^="https://"]').length, report.slug).toBe(1);
      expect(item.find('.tag').text().trim(), report.slug).toBe(report.isSample ? 'Eksempel' : '');
    }
  });

  it('dates the findings under each question, with the day the question was last changed', async () => {
    const questions = await data.fetch<{ number: number; _updatedAt: string }[]>(
      '*[_type == "researchQuestion" && count(findings) > 0]{ number, _updatedAt }',
    );
    expect(questions.length).toBeGreaterThan(0);
    const $ = page('/forskning');
    for (const question of questions) {
      const findings = `#problemstilling-${question.number} .research-question__findings`;
      // Right under «Funn så langt», before the findings themselves.
      expect(text($, `${findings} h4 + p`), `problemstilling ${question.number}`).toBe(
        `Sist oppdatert ${norwegianDate(question._updatedAt)}`,
      );
      expect($(`${findings} h4 + p time`).attr('datetime')).toBe(question._updatedAt);
    }
  });

  it('notices the invented findings under each research question that has them', async () => {
    const questions = await data.fetch<{ number: number; isSample: boolean | null }[]>(
      '*[_type == "researchQuestion" && count(findings) > 0]{ number, isSample }',
    );
    expect(questions.some((question) => question.isSample)).toBe(true);
    const $ = page('/forskning');
    for (const question of questions) {
      const notice = $(`#problemstilling-${question.number} .research-question__findings .sample-notice`);
      expect(notice.length, `problemstilling ${question.number}`).toBe(question.isSample ? 1 : 0);
    }
  });
});

describe('research update cards', () => {
  it('name the questions in one tag after the heading («Problemstilling 2 og 3»), so the tags take one row', () => {
    const $ = page('/forskning');
    const cards = $('.research-card');
    expect(cards.length).toBe(newestUpdateCount);
    expect(updates.slice(0, newestUpdateCount).some((update) => update.numbers.length > 1)).toBe(true);
    cards.each((_, card) => {
      const slug = $(card).find('h3 a').attr('href')!.split('/').at(-2);
      const update = updates.find((candidate) => candidate.slug === slug)!;
      const questions = questionTags(update.numbers.toSorted().map((number) => ({ number })));
      const tags = $(card).find('.tag:not(.tag--accent)');
      expect(tags.map((_, tag) => $(tag).text().trim()).get()).toEqual(questions ? [questions] : []);
      // After the heading in the page: someone moving by heading hears them with the card.
      expect($(card).children().first().is('h3')).toBe(true);
    });
  });
});

describe('a research update page', () => {
  it('ends with the newest other updates and a link to them all', () => {
    for (const update of updates) {
      const $ = page(`/forskning/${update.slug}`);
      const others = updates.filter((other) => other._id !== update._id).slice(0, 3);
      expect(text($, '#more-updates-heading'), update.slug).toBe('Flere oppdateringer fra forskningen');
      expect(cardLinks($, 'more-updates-heading'), update.slug).toEqual(
        others.map((other) => `/forskning/${other.slug}/`),
      );
      expect($(`section[aria-labelledby="more-updates-heading"] a[href="${allUpdatesHref}"]`).length).toBe(1);
    }
  });

  // A researcher wanted to cite a report: an uploaded file by the page, whose address lasts (the file's changes with
  // its contents); a report on the researchers' own site by its address there, as its publisher gives it.
  it('says how to cite its report: the research partner, the year, the title and where the report lives', async () => {
    const withReport = await data.fetch<
      { slug: string; title: string; date: string; partner: string | null; file: boolean; url: string | null }[]
    >(
      '*[_type == "researchUpdate" && (defined(report.file.asset) || defined(report.url))]{ "slug": slug.current, title, date, "partner": partner->name, "file": defined(report.file.asset), "url": report.url }',
    );
    // Both kinds, or one of the rules goes unchecked.
    expect(withReport.filter((update) => update.file).length).toBeGreaterThan(0);
    expect(withReport.filter((update) => !update.file).length).toBeGreaterThan(0);
    for (const update of withReport) {
      const address = update.file ? `https://foralle.example.no/forskning/${update.slug}/` : update.url!;
      const $ = page(`/forskning/${update.slug}`);
      const line = $(`section[aria-labelledby="${reportAnchor}"] p`)
        .filter((_, p) => $(p).text().includes('Slik viser du til'))
        .text()
        .replace(/\s+/g, ' ')
        .trim();
      const title = /[.?!]$/.test(update.title) ? update.title : `${update.title}.`;
      expect(line, update.slug).toMatch(
        new RegExp(
          `^Slik viser du til (rapporten|sammendraget): ${RegExp.escape(`${update.partner ?? 'For Alle'} (${update.date.slice(0, 4)}). ${title} ${address}`)}$`,
        ),
      );
    }
  });

  it('starts its text before the box of research questions', () => {
    for (const update of updates) {
      const $ = page(`/forskning/${update.slug}`);
      const box = $('article.research-update > aside.kort-fortalt');
      expect(box.length, update.slug).toBe(1);
      expect(box.prevAll('.prose').length, update.slug).toBe(1);
      expect($('article.research-update > header').next().is('aside'), update.slug).toBe(false);
    }
  });

  it('links to the conference session where it was presented, and the session links back', async () => {
    const conferences = await data.fetch<
      { year: number; title: string; sessions: { _key: string; title: string; slug: string }[] }[]
    >(
      `*[_type == "conference" && defined(year)]{
        year, title, "sessions": sessions[defined(researchUpdate)]{ _key, title, "slug": researchUpdate->slug.current }
      }`,
    );
    const presented = conferences.flatMap((conference) =>
      (conference.sessions ?? []).map((session) => ({
        ...session,
        year: conference.year,
        conference: conference.title,
      })),
    );
    expect(presented.length).toBeGreaterThan(0);
    for (const session of presented) {
      const anchor = sessionAnchor(session);
      const update = page(`/forskning/${session.slug}`)(`a[href="/konferanse/${session.year}/#${anchor}"]`);
      expect(update.text(), session.slug).toBe(`«${session.title}»`);
      expect(update.parent().text()).toContain(`Presentert på ${session.conference}:`);
      const $ = page(`/konferanse/${session.year}`);
      const back = $(`[aria-labelledby="${anchor}"] a[href="/forskning/${session.slug}/"]`);
      expect(back.text(), session._key).toMatch(/^Les forskningsoppdateringen «/);
    }
  });
});

describe('the front page', () => {
  it('shows a row of the three newest research updates and the way to the research pillar', () => {
    const $ = page('/');
    expect(text($, '#research-heading')).toBe('Siste fra forskningen');
    expect(updates.length).toBeGreaterThan(3);
    expect(cardLinks($, 'research-heading')).toEqual(updates.slice(0, 3).map((update) => `/forskning/${update.slug}/`));
    expect($('section[aria-labelledby="research-heading"] a[href="/forskning/"]').length).toBe(1);
  });
});
