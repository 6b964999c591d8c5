// The texts an editor fixes in «Innstillinger» show where the fields' descriptions and the guide's «Rette en
// skrivefeil» say: the name is the front page's heading, top left, the footer's heading and the end of every tab's
// title; the description is the front page's opening text; the contact details are under the footer's «Kontakt».
// Expected text is read from the bundled dataset.
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { page, pagePaths, text } from '../support/dist';

let settings: { title: string; description: string; contactEmail: string; contactPhone?: string; address?: string };
beforeAll(async () => {
  const data: ContentSource = await createBundledSource(bundledDatasetPath, 'published');
  settings = await data.fetch('*[_id == "siteSettings"][0]{ title, description, contactEmail, contactPhone, address }');
});

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const digits = (value: string | undefined) => value?.replace(/\D/g, '');

describe('«Innstillinger» on the site', () => {
  it('«Nettstedets navn» is the front page heading, and «Beskrivelse» the text right under it', () => {
    const $ = page('/');
    expect(text($, 'main h1')).toBe(settings.title);
    // Right under it: the line for parents comes after the description.
    expect(collapse($('main h1').first().next().text())).toBe(collapse(settings.description));
    expect($('meta[name="description"]').attr('content')).toBe(settings.description);
  });

  it('«Nettstedets navn» is top left, the footer heading and in the tab title on every page', () => {
    const paths = pagePaths();
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const $ = page(path);
      expect(text($, '.site-header__name'), path).toBe(settings.title);
      expect(text($, '#footer-about'), path).toBe(settings.title);
      // At the end (« – For Alle»), unless the page's own title has it already («For Alle-konferansen 2024, …»).
      expect($('title').text(), path).toContain(settings.title);
    }
  });

  it('the e-mail address, the phone number (a tel: link) and the address are under the footer heading «Kontakt»', () => {
    const contact = page('/historier')('#footer-contact').closest('section');
    expect(settings.contactPhone).toBeTruthy();
    expect(settings.address).toBeTruthy();
    const phone = contact.find('a[href^="tel:"]');
    expect(digits(phone.attr('href'))).toBe(digits(settings.contactPhone));
    expect(digits(phone.text())).toBe(digits(settings.contactPhone));
    expect(contact.find(`a[href="mailto:${settings.contactEmail}"]`).length).toBe(1);
    expect(collapse(contact.text())).toContain(settings.address);
  });
});
