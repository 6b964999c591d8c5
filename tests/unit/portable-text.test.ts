import { describe, expect, it } from 'vitest';
import { bodyParts, type BodyPart } from '../../src/lib/portable-text';

let key = 0;
const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: `s${key++}`, text, marks });
const block = (children: object[], extra: object = {}) => ({
  _type: 'block',
  _key: `b${key++}`,
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
});
const html = (parts: BodyPart[]) =>
  parts.map((part) => (part.kind === 'html' ? part.html : `[${part.node._type}]`)).join('');

describe('bodyParts', () => {
  it('keeps text blocks together, so list items stay in one list, and gives pictures and attachments their own part', () => {
    const parts = bodyParts([
      block([span('Innledning')]),
      block([span('Ett')], { listItem: 'bullet', level: 1 }),
      block([span('To')], { listItem: 'bullet', level: 1 }),
      { _type: 'figure', _key: 'f', alt: 'Et bilde' },
      block([span('Etter bildet')]),
      { _type: 'attachment', _key: 'a' },
    ]);
    expect(parts.map((part) => part.kind)).toEqual(['html', 'object', 'html', 'object']);
    expect(html(parts)).toBe(
      '<p>Innledning</p><ul><li>Ett</li><li>To</li></ul>[figure]<p>Etter bildet</p>[attachment]',
    );
  });

  it('moves headings down under a deeper heading, and leaves them alone under the page title', () => {
    const value = [block([span('Om prosjektet')], { style: 'h2' }), block([span('Detaljer')], { style: 'h4' })];
    expect(html(bodyParts(value))).toBe('<h2 id="om-prosjektet">Om prosjektet</h2><h4 id="detaljer">Detaljer</h4>');
    expect(html(bodyParts(value, 2))).toBe('<h3 id="om-prosjektet">Om prosjektet</h3><h5 id="detaljer">Detaljer</h5>');
  });

  it('gives each heading an id from its words, once on a page: a second «Om prosjektet» is «om-prosjektet-2»', () => {
    const page = new Set<string>();
    const first = [block([span('Hva gjør vi?')], { style: 'h2' }), block([span('Om prosjektet')], { style: 'h2' })];
    const second = [block([span('Om prosjektet')], { style: 'h2' }), block([span('«…»')], { style: 'h3' })];
    expect(html(bodyParts(first, 1, page))).toBe(
      '<h2 id="hva-gjør-vi">Hva gjør vi?</h2><h2 id="om-prosjektet">Om prosjektet</h2>',
    );
    expect(html(bodyParts(second, 1, page))).toBe(
      '<h2 id="om-prosjektet-2">Om prosjektet</h2><h3 id="avsnitt">«…»</h3>',
    );
    expect([...page]).toEqual(['hva-gjør-vi', 'om-prosjektet', 'om-prosjektet-2', 'avsnitt']);
  });

  it('escapes what editors type, in text and in link addresses', () => {
    const value = [
      block([span('<script>alert(1)</script> & «sitat»'), span('her', ['l'])], {
        markDefs: [{ _type: 'link', _key: 'l', href: 'https://example.no/?a=1&b="2"' }],
      }),
    ];
    expect(html(bodyParts(value))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; «sitat»<a href="https://example.no/?a=1&amp;b=&quot;2&quot;" class="external-link">her <span class="file-meta" data-pagefind-ignore>(ekstern lenke)</span></a></p>',
    );
  });

  // As ExternalLink marks a link elsewhere on the site: an audit found 25 unmarked beside 13 marked (WCAG 3.2.4).
  it('marks a link that leaves the site «(ekstern lenke)», and not one to the site itself, by path or by address', () => {
    const value = [
      block(
        [span('Kulturnettverket', ['out']), span(' og '), span('forskningen', ['home']), span('kontakt', ['abs'])],
        {
          markDefs: [
            { _type: 'link', _key: 'out', href: 'https://kulturnettverket.example.no/' },
            { _type: 'link', _key: 'home', href: '/forskning' },
            { _type: 'link', _key: 'abs', href: 'https://foralle.example.no/kontakt/' },
          ],
        },
      ),
    ];
    expect(html(bodyParts(value))).toBe(
      '<p><a href="https://kulturnettverket.example.no/" class="external-link">Kulturnettverket <span class="file-meta" data-pagefind-ignore>(ekstern lenke)</span></a> og <a href="/forskning/">forskningen</a><a href="https://foralle.example.no/kontakt/">kontakt</a></p>',
    );
  });

  it('keeps amounts and phone numbers on one line', () => {
    const value = [
      block([span('Inntil kr 50 000 og '), span('51 50 70 00', ['tel'])], {
        markDefs: [{ _type: 'link', _key: 'tel', href: 'tel:+4751507000' }],
      }),
    ];
    expect(html(bodyParts(value))).toBe(
      '<p>Inntil kr\u00a050\u00a0000 og <a href="tel:+4751507000">51\u00a050\u00a070\u00a000</a></p>',
    );
  });

  it('links to other documents by their current address, and writes the text alone when the target is gone', () => {
    const value = [
      block([span('forskningen', ['i']), span(' og '), span('en slettet side', ['gone'])], {
        markDefs: [
          { _type: 'internalLink', _key: 'i', reference: { _type: 'pillar', slug: 'forskning' } },
          { _type: 'internalLink', _key: 'gone', reference: null },
        ],
      }),
    ];
    expect(html(bodyParts(value))).toBe('<p><a href="/forskning/">forskningen</a> og en slettet side</p>');
  });

  it('links to a section of another document when the link names one, and to its top when the name is malformed', () => {
    const kontakt = { _type: 'page', slug: 'kontakt' };
    const value = [
      block([span('pressekontakten', ['p']), span(' og '), span('kontakt', ['bad'])], {
        markDefs: [
          { _type: 'internalLink', _key: 'p', reference: kontakt, anchor: 'presse' },
          { _type: 'internalLink', _key: 'bad', reference: kontakt, anchor: '"><script>' },
        ],
      }),
    ];
    expect(html(bodyParts(value))).toBe(
      '<p><a href="/kontakt/#presse">pressekontakten</a> og <a href="/kontakt/">kontakt</a></p>',
    );
  });

  it('gives an address on this site that an editor typed the trailing slash its page has', () => {
    const value = [
      block([span('kontakt', ['k']), span(' og '), span('feeden', ['f'])], {
        markDefs: [
          { _type: 'link', _key: 'k', href: '/kontakt#presse' },
          { _type: 'link', _key: 'f', href: '/rss.xml' },
        ],
      }),
    ];
    expect(html(bodyParts(value))).toBe(
      '<p><a href="/kontakt/#presse">kontakt</a> og <a href="/rss.xml">feeden</a></p>',
    );
  });

  it('marks a passage in another language with its lang, and ignores a malformed language tag', () => {
    const value = [
      block([span('Nothing about us', ['en']), span(' – '), span('hei', ['bad'])], {
        markDefs: [
          { _type: 'language', _key: 'en', lang: 'en' },
          { _type: 'language', _key: 'bad', lang: 'en" onmouseover="x' },
        ],
      }),
    ];
    expect(html(bodyParts(value))).toBe('<p><span lang="en">Nothing about us</span> – hei</p>');
  });

  it('writes line breaks as <br>, and drops marks and types the schema does not know, without inline styles', () => {
    const value = [
      block([span('Linje én\nlinje to'), span(' understreket', ['underline'])]),
      { _type: 'video', _key: 'v', url: 'https://example.no/film' },
    ];
    expect(html(bodyParts(value))).toBe('<p>Linje én<br>linje to understreket</p>');
  });

  it('sets the line after a quote that names its speaker («– Mor til to i Arendal») as the quote’s source', () => {
    const quote = block([span('Jeg ringte én gang. Så ordnet det seg.')], { style: 'blockquote' });
    expect(html(bodyParts([quote, block([span('– Mor til to i Arendal')]), block([span('Ring oss.')])]))).toBe(
      '<blockquote>Jeg ringte én gang. Så ordnet det seg.</blockquote>' +
        '<p class="quote-source">– Mor til to i Arendal</p><p>Ring oss.</p>',
    );
    // Only a paragraph that starts with a dash, right after the quote: not the text after it.
    expect(html(bodyParts([quote, block([span('Ring oss.')])]))).toContain('<p>Ring oss.</p>');
    expect(html(bodyParts([block([span('– Ikke etter et sitat')])]))).toBe('<p>– Ikke etter et sitat</p>');
  });

  it('sets a one-item bullet right after a quote as its source: the Studio makes one of a line typed «- Navn»', () => {
    const quote = block([span('Jeg ringte én gang.')], { style: 'blockquote' });
    const bullet = (text: string, listItem = 'bullet') => block([span(text)], { listItem, level: 1 });
    expect(html(bodyParts([quote, bullet('Mor til to i Arendal'), block([span('Ring oss.')])]))).toBe(
      '<blockquote>Jeg ringte én gang.</blockquote><p class="quote-source">– Mor til to i Arendal</p><p>Ring oss.</p>',
    );
    // A real list after a quote stays a list: two items, or a numbered one.
    expect(html(bodyParts([quote, bullet('Ett'), bullet('To')]))).toContain('<ul><li>Ett</li><li>To</li></ul>');
    expect(html(bodyParts([quote, bullet('Først', 'number')]))).toContain('<ol><li>Først</li></ol>');
  });

  it('gives nothing for an empty or missing body', () => {
    expect(bodyParts(undefined)).toEqual([]);
    expect(bodyParts([])).toEqual([]);
  });
});
