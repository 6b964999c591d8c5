// A conference day's card says what the day is about when the editor wrote it, and keeps its hours on one line.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ConferenceDays from '../../src/components/ConferenceDays.astro';

const day = (description: string | null) => ({
  _key: 'd1',
  kind: 'network',
  title: 'Nettverksdag',
  description,
  start: '2027-01-20T09:00:00Z',
  end: '2027-01-20T15:00:00Z',
  capacity: 100,
  status: 'available',
});

async function render(description: string | null) {
  const container = await AstroContainer.create();
  return load(await container.renderToString(ConferenceDays, { props: { days: [day(description)], past: true } }));
}

describe("a conference day's card", () => {
  it('shows the description under the date, and nothing for a day without one', async () => {
    const $ = await render('  Prosjektlederne møtes og lærer av hverandre.  ');
    expect($('.conference-day__description').text()).toBe('Prosjektlederne møtes og lærer av hverandre.');
    expect($('.conference-day time').parent().next().is('.conference-day__description')).toBe(true);
    expect((await render(null))('.conference-day__description').length).toBe(0);
    expect((await render(' '))('.conference-day__description').length).toBe(0);
  });

  it('keeps the time range on one line', async () => {
    const $ = await render(null);
    expect($('.conference-day time .nowrap').text().replace(/\s/g, ' ')).toBe('kl. 10.00–16.00');
  });
});
