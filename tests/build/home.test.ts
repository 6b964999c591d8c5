// The home page built from the bundled dataset: how a club and a municipality apply. What the home page shows of
// the research, the conference and the places is tested with those (research, events, places).
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { fixedNow, page } from '../support/dist';
import { norwegianDate } from '../support/norwegian-date';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

describe('the home page', () => {
  it('tells a club and a municipality how to apply, with the grant, what it covers and the next date from the dataset', async () => {
    const grant = await data.fetch<{
      maxAmount: number;
      eligibleExpenses: string[];
      open: number;
      next: string | null;
    }>(
      `*[_id == "activitySupport"][0]{
        maxAmount, eligibleExpenses,
        "open": count(rounds[opensAt <= $today && deadline >= $today]),
        "next": rounds[opensAt > $today] | order(opensAt asc)[0].opensAt
      }`,
      { today: fixedNow.slice(0, 10) },
    );
    const $ = page('/');
    const paths = $('#apply-heading').parent().find('.apply-paths li');
    expect(
      paths
        .find('h3 a')
        .map((_, link) => link.attribs.href)
        .get(),
    ).toEqual(['/aktivitetsstotte/', '/samarbeidsprosjekter/#soknad']);
    // The third way, a project of one's own, as a line under the two: the block does not read as «not for us».
    const more = $('#apply-heading').parent().find('.apply-more');
    expect(more.text().replace(/\s+/g, ' ')).toContain('Har dere et eget prosjekt for barn og unge');
    expect(more.find('a').attr('href')).toBe('/inkluderingsprosjekter/');
    // As read: white space collapsed, no-break spaces as spaces.
    const support = paths.first().text().replace(/\s+/g, ' ');
    // Who can apply, in the programme's words: «lag og foreninger» alone left out other organisations.
    expect(support).toContain('Lag, foreninger og andre organisasjoner kan søke om inntil kr');
    const amount = /inntil kr ([\d ]+)\./.exec(support)?.[1];
    expect(amount?.replace(/ /g, '')).toBe(String(grant.maxAmount));
    for (const expense of grant.eligibleExpenses) expect(support.toLowerCase()).toContain(expense.toLowerCase());
    // At the pinned time no round is open, and the card names the next opening day.
    expect(grant.open).toBe(0);
    expect(grant.next).toBeTruthy();
    expect(support).toContain(`Neste søknadsrunde åpner ${norwegianDate(grant.next!)}.`);
  });
});
