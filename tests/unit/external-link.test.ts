// A link that leaves the site is marked «(ekstern lenke)»; in a material list its <li> gets the «↗» class, decided
// in the one place that decides the mark.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ExternalLink from '../../src/components/ExternalLink.astro';

const site = 'https://foralle.example.no';

async function render(href: string, listItemClass?: string) {
  const container = await AstroContainer.create({ astroConfig: { site } });
  const $ = load(
    await container.renderToString(ExternalLink, { props: { href, listItemClass }, slots: { default: 'Rapporten' } }),
  );
  return {
    item: $('li').attr('class') ?? null,
    link: $('a').attr('class') ?? null,
    text: $('a').text().replace(/\s+/g, ' ').trim(),
  };
}

describe('ExternalLink', () => {
  it('marks a link to another site, and its list item', async () => {
    expect(await render('https://video.example.no/opptak', 'material')).toEqual({
      item: 'material material--external',
      link: 'external-link',
      text: 'Rapporten (ekstern lenke)',
    });
  });

  it('leaves a link to the site itself unmarked, and its list item plain', async () => {
    expect(await render(`${site}/forskning`, 'material')).toEqual({ item: 'material', link: null, text: 'Rapporten' });
    expect(await render('/forskning', 'material')).toEqual({ item: 'material', link: null, text: 'Rapporten' });
  });

  it('comes without a list item when given no class for one', async () => {
    expect(await render('https://video.example.no/opptak')).toEqual({
      item: null,
      link: 'external-link',
      text: 'Rapporten (ekstern lenke)',
    });
  });
});
