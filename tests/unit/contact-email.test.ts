// The contact address in the text of an MDX page (personvern, tilgjengelighetserklæring): the one the page gives,
// as a link the search indexes (a search excerpt without it read «Skriv til oss på .»), or a pointer to the footer when
// the settings have none.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import ContactEmail from '../../src/components/ContactEmail.astro';

async function render(email: string | null) {
  const container = await AstroContainer.create();
  return (await container.renderToString(ContactEmail, { props: { email } })).trim();
}

describe('ContactEmail', () => {
  it('links the address it is given, in the search index as the rest of its sentence', async () => {
    const link = load(await render('personvern@example.no'))('a');
    expect(link.attr('href')).toBe('mailto:personvern@example.no');
    expect(link.text()).toBe('personvern@example.no');
    expect(link.closest('[data-pagefind-ignore]').length).toBe(0);
  });

  it('points to the footer when there is no address', async () => {
    expect(await render(null)).toBe('adressen nederst på siden');
  });
});
