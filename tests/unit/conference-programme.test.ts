// A conference's programme, rendered through the real component: what it says when there is no programme, that a day
// without sessions of its own is left to «Dagene», how a break is shown, and where a speaker's «Kort om personen» is
// printed.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ConferenceProgramme from '../../src/components/ConferenceProgramme.astro';
import type { Conference } from '../../src/lib/content/conferences';
import { person } from '../support/person';

const kari = person('Kari Nordmann', 'Har forsket på fritid i tjue år.');
const ola = person('Ola Nordmann', 'Leder laget på Bryne.');

const day = (key: string, kind: string, date: string, description: string | null = null) => ({
  _key: key,
  kind,
  title: kind === 'network' ? 'Nettverksdag' : 'Konferansedag',
  description,
  start: `${date}T08:00:00Z`,
  end: `${date}T15:00:00Z`,
  capacity: 100,
  status: 'available',
});
const session = (key: string, start: string, speakers: unknown[]) => ({
  _key: key,
  start,
  end: null,
  title: `Sesjon ${key}`,
  summary: null,
  videoUrl: null,
  speakers,
  material: [],
});

const conference = (overrides: Record<string, unknown>) =>
  ({
    year: 2025,
    days: [day('d1', 'network', '2025-01-22'), day('d2', 'conference', '2025-01-23')],
    sessions: [],
    ...overrides,
  }) as unknown as Conference;

async function render(value: Conference, past = false, level?: 2 | 3) {
  const container = await AstroContainer.create();
  return load(await container.renderToString(ConferenceProgramme, { props: { conference: value, past, level } }));
}

describe("a conference's programme", () => {
  it('says under a heading that the programme is not ready while the conference is to come', async () => {
    const $ = await render(conference({}));
    expect($('h2').text()).toBe('Program');
    expect($('section p').text()).toBe('Programmet er ikke klart ennå. Det publiseres her så snart det er klart.');
  });

  it('never says «ikke klart ennå» once the conference is over, only that it was not published', async () => {
    const $ = await render(conference({}), true);
    expect($('h2').text()).toBe('Program');
    expect($.text()).not.toContain('ikke klart');
    expect($('section p').text()).toBe('Programmet fra 2025 er ikke publisert på nettstedet.');
  });

  it("says it without a heading of its own inside a section that has one (the edition's «Program og innledere»)", async () => {
    const $ = await render(conference({}), false, 3);
    expect($('h2, h3, h4').length).toBe(0);
    expect($.text().trim()).toBe('Programmet er ikke klart ennå. Det publiseres her så snart det er klart.');
  });

  it('names no day as a region inside a section that is one, so landmarks do not nest', async () => {
    const $ = await render(
      conference({ sessions: [session('s1', '2025-01-23T08:00:00Z', [kari])] as never }),
      false,
      3,
    );
    expect($('h3').text()).toBe('Konferansedag, torsdag 23. januar 2025');
    expect($('section[aria-labelledby], section[aria-label]').length).toBe(0);
  });

  it('leaves out a day without sessions, even one the editor described: «Dagene» shows that already', async () => {
    const sessions = [session('s1', '2025-01-23T08:00:00Z', [])] as never;
    const $ = await render(
      conference({
        sessions,
        days: [day('d1', 'network', '2025-01-22', 'Prosjektlederne møtes.'), day('d2', 'conference', '2025-01-23')],
      }),
    );
    expect(
      $('h2')
        .map((_, heading) => $(heading).text())
        .get(),
    ).toEqual(['Konferansedag, torsdag 23. januar 2025']);
    expect($.text()).not.toContain('Prosjektlederne møtes.');
  });

  it('shows a break as one line with its time, without a heading or an anchor, among the sessions', async () => {
    const talk = { ...session('talk', '2025-01-23T08:00:00Z', [kari]), end: '2025-01-23T09:00:00Z' };
    const lunch = { ...session('lunch', '2025-01-23T11:00:00Z', []), end: '2025-01-23T12:00:00Z', title: 'Lunsj' };
    const $ = await render(conference({ sessions: [lunch, talk] as never }));
    const line = $('.session--break');
    expect(line.length).toBe(1);
    expect(line.text().replace(/\s+/g, ' ').trim()).toBe('kl. 12.00–13.00 Lunsj');
    expect(line.find('h2, h3, h4, [id]').length).toBe(0);
    expect(line.attr('data-pagefind-ignore')).toBeDefined();
    // In time order after the talk, which keeps its heading and anchor.
    expect($('.programme-day > *').last().is(line)).toBe(true);
    expect($('#sesjon-talk').is('h3')).toBe(true);
    expect($('#sesjon-lunch').length).toBe(0);
  });

  it("prints a speaker's «Kort om personen» where they first speak, in programme order, and not again", async () => {
    const $ = await render(
      conference({
        // Stored out of order: the programme sorts by time, and so does the first appearance.
        sessions: [
          session('late', '2025-01-23T12:00:00Z', [kari, ola]),
          session('early', '2025-01-23T08:00:00Z', [kari]),
        ] as never,
      }),
    );
    const bios = (key: string) =>
      $(`#sesjon-${key}`)
        .closest('.session')
        .find('.session__speakers > li')
        .map((_, item) => [[$(item).find('strong').text(), $(item).find('.session__bio').text()]])
        .get();
    expect(bios('early')).toEqual([['Kari Nordmann', 'Har forsket på fritid i tjue år.']]);
    expect(bios('late')).toEqual([
      ['Kari Nordmann', ''],
      ['Ola Nordmann', 'Leder laget på Bryne.'],
    ]);
  });

  it('tells search what each session offers, by its anchor, and nothing for a session without material', async () => {
    const pdf = {
      _key: 'm1',
      _type: 'materialFile',
      title: 'Lysark',
      url: null,
      file: { _id: `file-${'a'.repeat(40)}-pdf`, extension: 'pdf', size: 3000 },
    };
    const $ = await render(
      conference({
        sessions: [
          { ...session('slides', '2025-01-23T08:00:00Z', []), material: [pdf] },
          { ...session('video', '2025-01-23T09:00:00Z', []), videoUrl: 'https://video.example.no/x' },
          session('none', '2025-01-23T10:00:00Z', []),
        ] as never,
      }),
      true,
    );
    const meta = $('[data-pagefind-meta="session_material"]');
    expect(meta.attr('hidden')).toBeDefined();
    expect(JSON.parse(meta.text())).toEqual({ 'sesjon-slides': 'PDF', 'sesjon-video': 'videoopptak' });
    // A programme without material says nothing.
    const bare = await render(conference({ sessions: [session('none', '2025-01-23T10:00:00Z', [])] as never }), true);
    expect(bare('[data-pagefind-meta="session_material"]').length).toBe(0);
  });
});
