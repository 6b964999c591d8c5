// The grant's rounds on /aktivitetsstotte, rendered with the Container API at a chosen "now": the grant of
// tests/build/activity-support.test.ts (one round, open on the tests' pinned day), seen after its deadline with no
// next round entered, and before it opens. The open or next round with the form is the block at the top (ApplyNow);
// «Når er fristen?» further down is the table (ApplicationRounds). The build test keeps the page at the pinned day.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ApplicationRounds from '../../src/components/ApplicationRounds.astro';
import ApplyNow from '../../src/components/ApplyNow.astro';

const round = { _key: 'r1', title: 'Vinterens runde', opensAt: '2026-11-01', deadline: '2026-12-15' };
const applyUrl = 'https://soknad.example.no/aktivitetsstotte';
const beforeApplying = ['Antall medlemmer', 'En plan for hva pengene skal brukes til'];

async function render(now: string, props: Record<string, unknown> = {}) {
  const container = await AstroContainer.create();
  const html = async (component: Parameters<typeof container.renderToString>[0]) =>
    container.renderToString(component, {
      props: { rounds: [round], now: new Date(now), applyUrl, beforeApplying, isSample: false, ...props },
    });
  const $ = load(`<main>${await html(ApplyNow)}${await html(ApplicationRounds)}</main>`);
  const text = (selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();
  const form = $('a.button').filter((_, link) => $(link).text().trim() === 'Søk om aktivitetsstøtte');
  return { $, text, form };
}

describe('the application rounds', () => {
  it('while a round is open: its deadline, what to have ready and then the form, at the top', async () => {
    const { $, text, form } = await render('2026-11-26T12:00:00Z');
    expect(text('.apply-now h2')).toBe(`${round.title} er åpen`);
    expect(text('.apply-now > p').startsWith('Søknadsfristen er 15. desember 2026.')).toBe(true);
    expect(form.attr('href')).toBe(applyUrl);
    expect(form.closest('.apply-now').length).toBe(1);
    // What to have ready comes before the button, so a club that clicks at once has read it.
    const order = $('.apply-now h3, .apply-now li, .apply-now a.button')
      .map((_, element) => $(element).text().trim())
      .get();
    expect(order).toEqual(['Før dere søker', ...beforeApplying, 'Søk om aktivitetsstøtte']);
    // The table below only marks the round; the form is offered once.
    expect(text('.rounds tbody tr')).toContain('(åpen nå)');
    expect($('.rounds__status').length).toBe(0);
    expect(form.length).toBe(1);
  });

  // The form may not be ready on the opening day: the page says so, and the site is still built (the content report
  // reminds the editors). It used to stop every build from the opening day.
  it("while a round is open without the form's link: says the link is coming, with no button", async () => {
    const { $, form } = await render('2026-11-26T12:00:00Z', { applyUrl: null });
    expect($('.apply-now > p').last().text().trim()).toBe('Lenken til søknadsskjemaet kommer her snart.');
    expect(form.length).toBe(0);
    expect($('.apply-now a').length).toBe(0);
  });

  it('marks the round «Eksempel» when the rounds are examples', async () => {
    const { $ } = await render('2026-11-26T12:00:00Z', { isSample: true });
    expect($('.apply-now .tag').text()).toBe('Eksempel');
  });

  it('says what to have ready is an example too, under «Før dere søker» and before its points, open or announced', async () => {
    for (const now of ['2026-11-26T12:00:00Z', '2026-10-15T12:00:00Z']) {
      const { $ } = await render(now, { isSample: true });
      const notice = $('.apply-now .before-applying > .sample-notice');
      expect(notice.text().trim(), now).toBe(
        'Dette er eksempelinnhold som viser hvordan nettstedet fungerer. Det beskriver ikke stiftelsens virkelige krav til søknaden.',
      );
      expect(notice.prev().text(), now).toBe('Før dere søker');
      expect(notice.nextAll('ul').length, now).toBe(1);
      // Real rounds: no notice.
      expect((await render(now)).$('.sample-notice').length, now).toBe(0);
    }
  });

  it('after the last round, say the next is not announced yet, and offer no form', async () => {
    const { $, text, form } = await render('2027-01-10T12:00:00Z');
    expect($('.apply-now').length).toBe(0);
    expect(text('.rounds tbody tr')).toContain('(fristen er ute)');
    expect(text('.rounds__status')).toBe('Neste søknadsrunde er ikke kunngjort ennå.');
    expect(form.length).toBe(0);
  });

  it('before a round opens, say at the top when it opens and what to have ready, and offer no form yet', async () => {
    const { $, text, form } = await render('2026-10-15T12:00:00Z');
    expect(text('.apply-now h2')).toBe('Neste søknadsrunde åpner 1. november 2026');
    expect(text('.apply-now > p')).toBe(
      'Vinterens runde har søknadsfrist 15. desember 2026. Når runden åpner, kommer lenken til søknadsskjemaet her.',
    );
    expect($('.apply-now li').length).toBe(beforeApplying.length);
    expect($('.rounds__status').length).toBe(0);
    expect(form.length).toBe(0);
  });

  it('say that no round is announced when none is entered, with nothing at the top', async () => {
    const { $, text } = await render('2026-11-26T12:00:00Z', { rounds: [] });
    expect($('.apply-now').length).toBe(0);
    expect(text('.section > p')).toBe('Neste søknadsrunde er ikke kunngjort ennå.');
    expect(text('.rounds__status')).toBe('');
  });
});
