// Contact people as a visitor finds them on the pages that list them (a pillar's and «Kontakt»), read from the
// bundled dataset: how to reach them, and which of them are invented examples.
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { registrationContactOf } from '../../src/lib/content/registration-contact';
import { pillarSlugs } from '@for-alle/shared/document-path';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { page } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

/** Every pillar and page that lists contact people, with its path. */
const listing = () =>
  data.fetch<{ path: string; contacts: { email: string; phone: string | null; isSample: boolean | null }[] }[]>(
    `*[_type in ["pillar", "page"] && count(contacts) > 0]{
      "path": "/" + slug.current, "contacts": contacts[]->{ email, phone, isSample }
    }`,
  );

describe('contact people', () => {
  it('can be reached from the pages that list them, by e-mail and, where given, phone', async () => {
    const pages = await listing();
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.some((listed) => listed.contacts.some((contact) => contact.phone))).toBe(true);
    for (const { path, contacts } of pages) {
      const $ = page(path);
      for (const contact of contacts) {
        expect($(`.contacts a[href="mailto:${contact.email}"]`).text(), path).toBe(contact.email);
        if (contact.phone)
          expect($(`.contacts a[href="tel:${contact.phone.replace(/\s+/g, '')}"]`).length, path).toBe(1);
      }
    }
  });

  // The bundled people are invented: a visitor must not call a made-up number.
  it('marks every invented contact person «Eksempel» where it is listed, and no real one', async () => {
    const pages = await listing();
    expect(pages.some((listed) => listed.contacts.some((contact) => contact.isSample))).toBe(true);
    for (const { path, contacts } of pages) {
      const $ = page(path);
      for (const contact of contacts) {
        const person = $(`.contacts a[href="mailto:${contact.email}"]`).closest('.contacts__person');
        expect(person.length, `${path}: ${contact.email}`).toBe(1);
        expect(person.find('.contacts__name .tag').text(), contact.email).toBe(contact.isSample ? 'Eksempel' : '');
      }
    }
  });

  // Two answers to one question undermine both: the week before the conference, the waitlist writes to whoever the
  // page names, and /kontakt keeps the press contact for journalists.
  it('gives one address for questions about the conference, on /kontakt, /konferanse and every edition', async () => {
    const { contacts, contactEmail, years } = await data.fetch<{
      contacts: { name: string; email: string | null; phone: string | null }[] | null;
      contactEmail: string | null;
      years: number[];
    }>(
      `{
        "contacts": *[_type == "pillar" && slug.current == $slug][0].contacts[]->{ name, email, phone },
        "contactEmail": *[_id == "siteSettings"][0].contactEmail,
        "years": *[_type == "conference" && defined(year)].year
      }`,
      { slug: pillarSlugs.conference },
    );
    // Whom «Spørsmål om plass eller venteliste?» names once registration has closed (loadRegistrationContact).
    const email = registrationContactOf(contacts, contactEmail)?.email;
    expect(email).toBeTruthy();
    for (const path of ['/kontakt', '/konferanse', ...years.map((year) => `/konferanse/${year}`)]) {
      expect(page(path)(`.contacts a[href="mailto:${email}"]`).length, path).toBe(1);
    }
    const $ = page('/kontakt');
    const heading = $('main h2').filter((_, element) => $(element).text().trim() === 'Konferansen');
    expect(heading.length).toBe(1);
    const addresses = heading
      .nextUntil('h2')
      .find('a[href^="mailto:"]')
      .map((_, link) => link.attribs.href)
      .get();
    expect(addresses.filter((address) => address !== `mailto:${email}`)).toEqual([]);
  });
});
