// The texts an editor fixes in «Innstillinger» show where the fields' descriptions and the guide's «Rette en
// skrivefeil» say: the name is the front page's heading, top left, the footer's heading and the end of every tab's
// title; the description is the front page's opening text. Expected text is read from the bundled dataset.
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { page, text } from '../support/dist';

let settings: { title: string; description: string; contactPhone?: string; address?: string };
beforeAll(async () => {
  const data: ContentSource = await createBundledSource(bundledDatasetPath, 'published');
  settings = await data.fetch('*[_id == "siteSettings"][0]{ title, description, contactPhone, address }');
});

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('«Innstillinger» on the site', () => {
  it('«Nettstedets navn» is the front page heading, and «Beskrivelse» the text right under it', () => {
    const $ = page('/');
    expect(text($, 'main h1')).toBe(settings.title);
    // Right under it: the line for parents comes after the description.
    expect(collapse($('main h1').first().next().text())).toBe(collapse(settings.description));
    expect($('meta[name="description"]').attr('content')).toBe(settings.description);
  });

  it('«Nettstedets navn» is top left, the footer heading and the end of the tab title on every page', () => {
    const $ = page('/historier');
    expect(text($, '.site-header__name')).toBe(settings.title);
    expect(text($, '#footer-about')).toBe(settings.title);
    expect($('title').text()).toMatch(new RegExp(` – ${settings.title}$`));
  });

  it('the phone number and the visiting address are in the footer under «Kontakt»', () => {
    const footer = collapse(page('/historier')('footer').text());
    expect(settings.address).toBeTruthy();
    expect(footer).toContain(settings.address);
    expect(footer).toContain('Kontakt');
  });
});
