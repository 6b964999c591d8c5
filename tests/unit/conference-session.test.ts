// One session of a conference programme, rendered through the real component: what the speakers' lines and the
// material list say when the editor left something out.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ConferenceSession from '../../src/components/ConferenceSession.astro';
import type { ConferenceSession as Session } from '../../src/lib/content/conferences';
import { person } from '../support/person';

const sha1 = 'c'.repeat(40);
const speaker = (name: string, bio: string | null) => person(name, bio, 'Prosjektleder');

const session = (overrides: Partial<Session>): Session =>
  ({
    _key: 'k1',
    start: '2025-01-23T08:00:00Z',
    end: '2025-01-23T08:40:00Z',
    title: 'Samskaping i Haugesund',
    summary: null,
    videoUrl: null,
    speakers: [],
    material: [],
    ...overrides,
  }) as Session;

async function render(value: Session) {
  const container = await AstroContainer.create();
  return load(await container.renderToString(ConferenceSession, { props: { session: value } }));
}

describe('a conference session', () => {
  it("shows each speaker's «Kort om personen» under the name, and nothing for a speaker without one", async () => {
    const $ = await render(
      session({
        speakers: [speaker('Kari Nordmann', 'Har trent håndball på Jæren i tjue år.'), speaker('Ola Nordmann', '  ')],
      }),
    );
    const items = $('.session__speakers > li');
    expect(items.eq(0).find('strong').text()).toBe('Kari Nordmann');
    expect(items.eq(0).find('.session__bio').text()).toBe('Har trent håndball på Jæren i tjue år.');
    expect(items.eq(1).find('.session__bio').length).toBe(0);
  });

  it('puts role and organisation on lines of their own under the name, and keeps «SR-Bank» together', async () => {
    const $ = await render(
      session({
        speakers: [
          {
            ...(speaker('Sindre Nærland', null) as object),
            role: 'Rådgiver, aktivitetsstøtte',
            organisation: 'Sparebankstiftelsen SR-Bank',
          } as never,
        ],
      }),
    );
    const lines = $('.session__speakers > li > p')
      .map((_, line) => $(line).text())
      .get();
    expect(lines).toEqual(['Sindre Nærland', 'Rådgiver, aktivitetsstøtte', 'Sparebankstiftelsen SR-Bank']);
    expect($('.session__speakers .nowrap').text()).toBe('SR-Bank');
  });

  it("prints only the bios it is asked to, when the programme has printed the others'", async () => {
    const kari = speaker('Kari Nordmann', 'Har trent håndball på Jæren i tjue år.');
    const ola = speaker('Ola Nordmann', 'Leder laget på Bryne.');
    const container = await AstroContainer.create();
    const $ = load(
      await container.renderToString(ConferenceSession, {
        props: { session: session({ speakers: [kari, ola] }), showBioOf: new Set(['person-Ola Nordmann']) },
      }),
    );
    expect(
      $('.session__bio')
        .map((_, bio) => $(bio).text())
        .get(),
    ).toEqual(['Leder laget på Bryne.']);
  });

  it('names a file without a title of its own after the session', async () => {
    const file = { _id: `file-${sha1}-pdf`, extension: 'pdf', size: 3 * 1024, originalFilename: `${sha1}.pdf` };
    const $ = await render(
      session({ material: [{ _key: 'm1', _type: 'materialFile', title: null, url: null, file }] }),
    );
    const link = $('.session__material a');
    expect(
      link
        .text()
        .replace(/[ \n]+/g, ' ')
        .trim(),
    ).toBe('Presentasjon: Samskaping i Haugesund (PDF, 3\u00a0kB)');
    expect(link.attr('download')).toBe('presentasjon-samskaping-i-haugesund.pdf');
  });
});
