// The contact address in the text of an MDX page (personvern, tilgjengelighetserklæring): the one the page gives,
// as a link kept out of the search index, or a pointer to the footer when the settings have none.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ContactEmail from '../../src/components/ContactEmail.astro';

async function render(email: string | null) {
  const container = await AstroContainer.create();
  return (await container.renderToString(ContactEmail, { props: { email } })).trim();
}

describe('ContactEmail', () => {
  it('links the address it is given, out of the search index', async () => {
    const link = load(await render('personvern@example.no'))('a');
    expect(link.attr('href')).toBe('mailto:personvern@example.no');
    expect(link.text()).toBe('personvern@example.no');
    expect(link.is('[data-pagefind-ignore]')).toBe(true);
  });

  it('points to the footer when there is no address', async () => {
    expect(await render(null)).toBe('adressen nederst på siden');
  });
});
