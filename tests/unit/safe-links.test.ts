// Links an editor wrote reach the page only through safeHref (shared/safe-url.ts); the Portable Text link
// component, navigation, organisation sites, registration and material links all use it. The content guard stops
// such links earlier; this is the second line of defence, rendered through the real components.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PortableText from '../../src/components/PortableText.astro';
import { safeHref } from '@for-alle/shared/safe-url';

const hostile = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  '\tjava\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  // Browsers read «\» as «/» and drop tabs: each of these leads to evil.example.
  '/\\evil.example/x',
  '\\\\evil.example/x',
  '/\t/evil.example/x',
  '/\n/evil.example/x',
];

describe('safeHref', () => {
  it.each(hostile)('drops %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });

  it.each([
    'https://example.no/a?b=c',
    'http://example.no',
    'mailto:post@example.no',
    'tel:+4751000000',
    '/historier',
    '#sjekkliste',
  ])('keeps %j', (href) => {
    expect(safeHref(href)).toBe(href);
  });
});

describe('Portable Text links', () => {
  it('render unsafe links as plain text and safe ones as links', async () => {
    const container = await AstroContainer.create();
    const value = [...hostile, 'https://example.no/trygg'].map((href, index) => ({
      _type: 'block',
      _key: `b${index}`,
      style: 'normal',
      markDefs: [{ _type: 'link', _key: `l${index}`, href }],
      children: [{ _type: 'span', _key: `s${index}`, text: `lenke ${index}`, marks: [`l${index}`] }],
    }));
    const html = await container.renderToString(PortableText, { props: { value } });
    // A link elsewhere is marked as leaving the site («(ekstern lenke)», portable-text.ts).
    expect(html).toMatch(new RegExp(`<a [^>]*href="https://example\\.no/trygg"[^>]*>lenke ${hostile.length} <span`));
    expect(html.match(/<a /g)).toHaveLength(1);
    for (let index = 0; index < hostile.length; index++) expect(html).toContain(`lenke ${index}`);
    expect(html.toLowerCase()).not.toMatch(/javascript:|vbscript:|data:text/);
  });
});
