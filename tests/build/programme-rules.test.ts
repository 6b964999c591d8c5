// The programme's rules where visitors look for them (the fidelity review of the site against for-alle.txt): each
// rule said for the area the programme gives it to, up front where people start, and a door for each visitor.
// Expected content is read from the bundled dataset.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { page, text } from '../support/dist';
import { norwegianDate } from '../support/norwegian-date';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const paragraphs = ($: CheerioAPI) =>
  $('main p')
    .map((_, element) => squash($(element).text()))
    .get();
/** The text of the nearest h2 before an element in the page. */
const sectionHeading = ($: CheerioAPI, element: Cheerio<AnyNode>) => {
  // Both in document order: the last h2 met before the element is its section's.
  const inOrder = $('main h2, main p').get();
  const before = inOrder.slice(0, inOrder.indexOf(element.get(0) as (typeof inOrder)[number]));
  return squash($(before.filter((node) => node.tagName === 'h2').at(-1)).text());
};
/** The element a same-page link («#id») leads to. */
const target = ($: CheerioAPI, href: string | undefined) => {
  expect(href, 'a same-page link').toMatch(/^#./);
  return $(`[id="${decodeURIComponent(href!.slice(1))}"]`);
};

// The hard rule: «Det tildeles ikke prosjekter hvor det ikke har vært dialog i scopingprosessen», in the programme's
// passive or in the site's own «vi»: «Vi gir ikke støtte til et samarbeidsprosjekt uten at …». The dialogue it asks
// for is close: «Det er en forutsetning med tett dialog … forut for innsending av søknad».
const noGrantWithoutDialogue = /tildeles ikke|gir ikke støtte til/i;
const talkBeforeApplying = /før dere (skriver|sender) (en )?søknad/i;

describe('the «no project without dialogue» rule', () => {
  it('names the collaboration projects wherever it is stated, on every page that states it', () => {
    const stated: string[] = [];
    for (const path of ['/', '/samarbeidsprosjekter', '/inkluderingsprosjekter', '/kontakt']) {
      for (const paragraph of paragraphs(page(path)).filter((line) => noGrantWithoutDialogue.test(line))) {
        stated.push(path);
        expect(paragraph, path).toMatch(/samarbeidsprosjekt/i);
        // Not «snakket sammen», which one phone call would satisfy.
        expect(paragraph, path).toMatch(/tett dialog/);
        expect(paragraph, path).not.toMatch(/snakket sammen først/);
      }
    }
    expect(stated).toEqual(expect.arrayContaining(['/', '/samarbeidsprosjekter', '/kontakt']));
  });

  it('is not applied to the stand-alone inclusion projects, of which the programme says no such thing', () => {
    const inclusion = page('/inkluderingsprosjekter');
    for (const paragraph of paragraphs(inclusion)) {
      expect(paragraph).not.toMatch(noGrantWithoutDialogue);
      expect(paragraph).not.toMatch(talkBeforeApplying);
    }
    const contact = page('/kontakt');
    const rule = contact('main p').filter((_, element) => noGrantWithoutDialogue.test(contact(element).text()));
    expect(rule.length).toBe(1);
    expect(sectionHeading(contact, rule)).toBe('Samarbeidsprosjekter');
    const inclusionSection = contact('main h2').filter((_, heading) =>
      /inkluderingsprosjekt/i.test(contact(heading).text()),
    );
    expect(inclusionSection.length).toBe(1);
    expect(squash(inclusionSection.text())).not.toMatch(/samarbeidsprosjekt/i);
    expect(squash(inclusionSection.nextUntil('h2').text())).not.toMatch(talkBeforeApplying);
  });

  it('is stated as a condition where a municipality starts, with the way to the guide, as the guide itself states it', async () => {
    const dialogue = await data.fetch<string>('pt::text(*[_id == "applicationGuide"][0].dialogue)');
    expect(dialogue).toMatch(noGrantWithoutDialogue);

    const home = page('/');
    const card = home('#apply-heading')
      .parent()
      .find('.apply-paths li')
      .filter((_, item) => home(item).find('h3 a').attr('href')!.startsWith('/samarbeidsprosjekter'));
    const condition = card.find('p').filter((_, element) => noGrantWithoutDialogue.test(home(element).text()));
    expect(condition.length).toBe(1);
    // Said by the foundation, in the active voice: what to do first, then who decides.
    expect(squash(condition.find('strong').text())).toBe('Snakk med oss før dere skriver søknaden.');
    expect(squash(condition.text())).not.toMatch(/tildeles/);
    expect(condition.find('a').attr('href')).toBe('/samarbeidsprosjekter/#soknad');

    const $ = page('/samarbeidsprosjekter');
    const lead = $('aside[aria-labelledby="apply-heading"]');
    expect(text($, 'aside[aria-labelledby="apply-heading"] p')).toMatch(noGrantWithoutDialogue);
    expect(target($, lead.find('a').attr('href')).attr('id')).toBe('soknad');
    // Up front: before the map, the stories and the pillar's own text.
    const html = $.html();
    expect(html.indexOf('aria-labelledby="apply-heading"')).toBeLessThan(html.indexOf('id="pillar-body-heading"'));
  });
});

describe('the activity grant', () => {
  it('covers its expenses for the children who cannot afford to take part, on the home page and above the list', async () => {
    const grant = await data.fetch<{ expensesFor: string; eligibleExpenses: string[] }>(
      '*[_id == "activitySupport"][0]{ expensesFor, eligibleExpenses }',
    );
    expect(grant.expensesFor).toBeTruthy();
    const home = page('/');
    const card = squash(home('#apply-heading').parent().find('.apply-paths li').first().find('p').first().text());
    expect(card).toMatch(new RegExp(`til .+ for ${grant.expensesFor}\\.`));

    const $ = page('/aktivitetsstotte');
    const list = $('#expenses-heading').parent().find('ul');
    expect(
      list
        .find('li')
        .map((_, item) => $(item).text())
        .get(),
    ).toEqual(grant.eligibleExpenses);
    expect(squash(list.prev('p').text())).toContain(`for ${grant.expensesFor}:`);
  });

  it('asks the visitors’ own questions in its headings, on the anchors links use', () => {
    const $ = page('/aktivitetsstotte');
    expect(text($, '#amount-heading')).toBe('Hvor mye kan dere få?');
    expect(text($, '#rounds-heading')).toBe('Når er fristen?');
  });

  it('has a door for parents and young people: a line on the home page, and on the page a link to the people who answer', async () => {
    const home = page('/');
    // Under the introduction, not in the clubs' box «Aktivitetsstøtte til lag og foreninger», which a parent skips.
    const parents = home('.hero')
      .find('a')
      .filter((_, link) => home(link).attr('href') === '/aktivitetsstotte/#forelder');
    expect(parents.length).toBe(1);
    expect(squash(parents.parent().text())).toMatch(
      /^Er du forelder eller ungdom\? Familier kan ikke søke selv\. Spør i laget der du eller barnet/,
    );
    expect(home('#apply-heading').parent().find('a[href="/aktivitetsstotte/#forelder"]').length).toBe(0);

    const emails = await data.fetch<string[]>('*[_id == "pillar-aktivitetsstotte"][0].contacts[]->email');
    expect(emails.length).toBeGreaterThan(0);
    const $ = page('/aktivitetsstotte');
    const paragraph = $('#forelder');
    expect(squash(paragraph.text())).toMatch(/^Er du forelder eller ungdom/);
    const contact = paragraph.find('a');
    expect(contact.text()).toBe('ta kontakt med oss');
    const heading = target($, contact.attr('href'));
    expect(heading.is('h2')).toBe(true);
    for (const email of emails) expect(heading.parent().find(`a[href="mailto:${email}"]`).length, email).toBe(1);
  });
});

describe('«På denne siden»', () => {
  it('leads a researcher from the top of /forskning to the updates, the reports, the findings and the contacts, in page order and named as their headings', () => {
    const $ = page('/forskning');
    const links = $('.pillar__header nav.on-this-page a');
    expect(links.map((_, link) => $(link).text()).get()).toEqual([
      'Oppdateringer',
      'Rapporter og sammendrag',
      'Problemstillingene og funn så langt',
      // Whom to ask about the findings, last on the page.
      'Kontaktpersoner',
    ]);
    const targets = links.map((_, link) => target($, $(link).attr('href')).get(0)).get();
    // Each link leads to a heading that begins with the link's words, and the headings come in the links' order.
    links.each((index, link) => {
      expect(squash($(targets[index]).text()).startsWith($(link).text()), $(link).text()).toBe(true);
    });
    const all = $('main h2').get();
    const positions = targets.map((heading) => all.indexOf(heading as (typeof all)[number]));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual(positions.toSorted((a, b) => a - b));
    expect(target($, links.eq(2).attr('href')).parent().find('.research-question__findings').length).toBeGreaterThan(0);
  });

  it("leads a conference-goer to every part of an edition's page, in page order, named as its headings", async () => {
    const years = await data.fetch<number[]>('*[_type == "conference" && defined(year)].year');
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) {
      const $ = page(`/konferanse/${year}`);
      const links = $('article nav.on-this-page a');
      const targets = links.map((_, link) => target($, $(link).attr('href')).get(0)).get();
      const headings = $('main h2').get();
      // Every part of the page with a heading of its own is offered, in the order the page has them.
      expect(targets).toEqual(headings);
      links.each((index, link) => {
        expect(squash($(targets[index]).text()), `${year}: ${$(link).text()}`).toBe($(link).text());
      });
      expect(links.length, String(year)).toBeGreaterThanOrEqual(4);
      expect($('article nav.on-this-page a[href="#programme-heading"]').length, String(year)).toBe(1);
    }
  });

  it("is the same line on /konferanse, /forskning and an edition's page, each link leading to a part of the page", () => {
    for (const path of ['/konferanse', '/forskning', '/konferanse/2027']) {
      const $ = page(path);
      const nav = $('nav.on-this-page');
      expect(nav.length, path).toBe(1);
      expect(nav.attr('aria-labelledby'), path).toBe('on-this-page-heading');
      // The landmark's name, said on its own in a list of landmarks: without the colon that introduces the links.
      expect(text($, '#on-this-page-heading'), path).toBe('På denne siden');
      expect(text($, 'nav.on-this-page p > span:first-child'), path).toBe('På denne siden:');
      nav.find('a').each((_, link) => {
        expect(target($, $(link).attr('href')).length, `${path} ${$(link).attr('href')}`).toBe(1);
      });
    }
  });
});

describe('the application guide', () => {
  it('says at its end, printed with it, when it was last changed', async () => {
    const updated = await data.fetch<string>('*[_id == "applicationGuide"][0]._updatedAt');
    const $ = page('/samarbeidsprosjekter');
    const line = $('#soknad > p.muted').last();
    expect(squash(line.text())).toBe(`Veiledningen ble sist oppdatert ${norwegianDate(updated)}.`);
    expect(line.find('time').attr('datetime')).toBe(updated);
  });
});

describe('the collaboration project checklist', () => {
  it("sets the site's own help lines apart as tips from the programme's questions", async () => {
    const checklist = await data.fetch<
      { question: string; help: string | null; subItems: { help: string | null }[] | null }[]
    >('*[_id == "applicationGuide"][0].checklist[]{ question, help, subItems[]{ help } }');
    const helps = checklist
      .flatMap((item) => [item.help, ...(item.subItems ?? []).map((sub) => sub.help)])
      .filter(Boolean);
    expect(helps.length).toBeGreaterThan(0);
    const $ = page('/samarbeidsprosjekter');
    const shown = $('#sjekkliste .checklist__help')
      .map((_, help) => squash($(help).text()))
      .get();
    expect(shown).toEqual(helps.map((help) => `Tips: ${squash(help!)}`));
    // A question never carries a tip inside its own line.
    $('#sjekkliste .checklist__question').each((_, question) => {
      expect($(question).text()).not.toMatch(/^Tips:/);
    });
  });
});

describe('the application guide', () => {
  it('names whom to talk to before applying inside the guide, as the part of the page that prints', async () => {
    const leader = await data.fetch<{ name: string; role: string; email: string; phone: string }>(
      '*[_type == "pillar" && slug.current == "samarbeidsprosjekter"][0].contacts[0]->{ name, role, email, phone }',
    );
    const $ = page('/samarbeidsprosjekter');
    const contact = squash($('#soknad .application-guide__contact').text());
    // Name and role each on a line of their own, as on the contact cards: «Ingrid Sæbø, Programleder» has a capital
    // after a comma.
    const lines = $('#soknad .application-guide__contact p')
      .map((_, line) => squash($(line).text()))
      .get();
    expect(lines).toContain(leader.role);
    expect(lines.some((line) => line.startsWith(leader.name))).toBe(true);
    expect(contact).not.toContain(`${leader.name}, ${leader.role}`);
    expect(contact).toContain(leader.email);
    expect(contact).toContain(squash(leader.phone));
    // Right after the rule about dialogue, before the checklist; not a pointer to another page.
    expect($('#soknad .application-guide__contact').nextAll('#sjekkliste').length).toBe(1);
    expect(text($, '#soknad')).not.toMatch(/kontaktsiden/);
  });

  // An applicant saw the checklist and a contact, and nothing of what comes after: how the application goes in, who
  // gets the money. The steps come after the contact and before the checklist, in the editor's order.
  it('shows the way from the first talk to the start as numbered steps, before the checklist', async () => {
    const steps = await data.fetch<{ title: string; text: string }[]>(
      '*[_id == "applicationGuide"][0].steps[]{ title, text }',
    );
    expect(steps.length).toBeGreaterThan(2);
    const $ = page('/samarbeidsprosjekter');
    const heading = $('#soknad h3#slik-gar-det-til');
    expect(squash(heading.text())).toBe('Slik går det til');
    const items = heading.next('ol').children('li');
    expect(items.map((_, item) => squash($(item).find('.application-steps__title').text())).get()).toEqual(
      steps.map((step) => step.title),
    );
    expect(items.map((_, item) => squash($(item).find('p').last().text())).get()).toEqual(
      steps.map((step) => step.text),
    );
    expect(heading.prevAll('.application-guide__contact').length).toBe(1);
    expect(heading.nextAll('#sjekkliste').length).toBe(1);
  });

  it("says on paper where it comes from: the page's own address under its heading", () => {
    const $ = page('/samarbeidsprosjekter');
    const canonical = new URL($('link[rel="canonical"]').attr('href')!);
    const address = $('#soknad-heading').next('.print-only');
    expect(squash(address.text())).toBe(`Fra ${canonical.host}${canonical.pathname}`);
  });
});

describe('«En metode, ikke en modell» on /om', () => {
  // «Vi kan ikke utvikle sentrale modeller og forvente at de kan implementeres med gode resultater i de ulike
  // lokalmiljøene.» Not «ikke overalt», which says a central model works in some places.
  it('says a central model cannot be expected to work locally, not that it fails in some places', () => {
    const $ = page('/om');
    const heading = $('main h2').filter((_, element) => squash($(element).text()) === 'En metode, ikke en modell');
    expect(heading.length).toBe(1);
    const section = squash(heading.nextUntil('h2').text());
    expect(section).toContain(
      'Vi kan ikke lage sentrale modeller og forvente at de gir gode resultater i de ulike lokalmiljøene.',
    );
    expect(section).not.toMatch(/overalt/);
  });
});

describe('the activity grant, where it is first described', () => {
  // «… utgifter i forbindelse med egenandel til turer/turneringer i Norge og Norden», for «lag, foreninger og
  // organisasjoner». «Turer» alone lets a club expect a whole trip, abroad too.
  it('covers a share of trips in Norway and the Nordic countries, not trips, for clubs and other organisations', () => {
    const lead = 'egenandeler til turer og turneringer i Norge og Norden';
    const home = page('/');
    const card = home('#pillars-heading')
      .parent()
      .find('li')
      .filter((_, item) => home(item).find('a[href="/aktivitetsstotte/"]').length > 0);
    expect(card.length).toBe(1);
    expect(squash(card.text())).toContain(lead);
    const $ = page('/aktivitetsstotte');
    expect(text($, 'main .ingress')).toMatch(new RegExp(`^Lag, foreninger og organisasjoner kan søke .*${lead}`));
    expect($('meta[name="description"]').attr('content')).toContain(lead);
    expect(text($, '.key-facts')).toContain('andre organisasjoner');
    // Wherever the grant's trips are named in running text, they are the share paid by the family.
    for (const path of ['/', '/aktivitetsstotte', '/inkluderingsprosjekter']) {
      for (const paragraph of paragraphs(page(path)).filter((line) => /\bturer\b/.test(line)))
        expect(paragraph, path).toMatch(/egenandel(er)? til turer/);
    }
  });
});
