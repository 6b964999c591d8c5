// «Når er fristen?» on /aktivitetsstotte, rendered with the Container API at a chosen "now": the grant of
// tests/build/activity-support.test.ts (one round, open on the tests' pinned day), seen after its deadline with no
// next round entered, and before it opens. The build test keeps the page at the pinned day.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ApplicationRounds from '../../src/components/ApplicationRounds.astro';
import { formatDate } from '../../src/lib/format';

const round = { _key: 'r1', title: 'Vinterens runde', opensAt: '2026-11-01', deadline: '2026-12-15' };
const applyUrl = 'https://soknad.example.no/aktivitetsstotte';

async function rounds(now: string, props: Record<string, unknown> = {}) {
  const container = await AstroContainer.create();
  const $ = load(
    await container.renderToString(ApplicationRounds, {
      props: { rounds: [round], now: new Date(now), applyUrl, isSample: false, ...props },
    }),
  );
  const text = (selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();
  const form = $('a.button').filter((_, link) => $(link).text() === 'Søk om aktivitetsstøtte');
  return { text, form };
}

describe('the application rounds', () => {
  it('offer the form while a round is open, with its deadline', async () => {
    const { text, form } = await rounds('2026-11-26T12:00:00Z');
    expect(text('.rounds tbody tr')).toContain('(åpen nå)');
    expect(text('.rounds__status')).toBe(`${round.title} er åpen. Søknadsfristen er ${formatDate(round.deadline)}.`);
    expect(form.attr('href')).toBe(applyUrl);
  });

  it('after the last round, say the next is not announced yet, and offer no form', async () => {
    const { text, form } = await rounds('2027-01-10T12:00:00Z');
    expect(text('.rounds tbody tr')).toContain('(fristen er ute)');
    expect(text('.rounds__status')).toBe('Neste søknadsrunde er ikke kunngjort ennå.');
    expect(form.length).toBe(0);
  });

  it('before a round opens, say when it opens, and offer no form yet', async () => {
    const { text, form } = await rounds('2026-10-15T12:00:00Z');
    expect(text('.rounds__status')).toBe(
      `Neste søknadsrunde åpner ${formatDate(round.opensAt)}. Da kommer lenken til søknadsskjemaet her.`,
    );
    expect(form.length).toBe(0);
  });

  it('say that no round is announced when none is entered', async () => {
    const { text } = await rounds('2026-11-26T12:00:00Z', { rounds: [] });
    expect(text('.section > p')).toBe('Neste søknadsrunde er ikke kunngjort ennå.');
    expect(text('.rounds__status')).toBe('');
  });
});
