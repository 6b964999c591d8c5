// Contact people as a visitor finds them on the pages that list them (a pillar's and «Kontakt»), read from the
// bundled dataset: how to reach them, which of them are invented examples, and on «Kontakt» who answers what.
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { registrationContactOf } from '../../src/lib/content/registration-contact';
import { pillarSlugs } from '@for-alle/shared/document-path';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { contactTopicId } from '../../src/lib/content/contacts';
import { page, pagePaths } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

/** Every pillar and page that lists contact people, with its path. */
const listing = () =>
  data.fetch<{ path: string; contacts: { email: string; phone: string | null; isSample: boolean | null }[] }[]>(
    `*[_type in ["pillar", "page"] && (count(contacts) > 0 || count(contactTopics) > 0)]{
      "path": "/" + slug.current,
      "contacts": *[_type == "person" && (_id in ^.contacts[]._ref || _id in ^.contactTopics[].contact._ref)]{
        email, phone, isSample
      }
    }`,
  );

describe('contact people', () => {
  // «Kontaktpersoner» over Ingrid Sæbø alone read as if the others were missing.
  it('are headed «Kontaktperson» over one person and «Kontaktpersoner» over more', () => {
    const headings = new Set<string>();
    for (const path of pagePaths()) {
      const $ = page(path);
      $('section.contacts').each((_, section) => {
        const heading = $(section).children('h2, h3').first().text().trim();
        if (!/^Kontaktperson(er)?$/.test(heading)) return;
        const people = $(section).find('.contacts__list > li').length;
        expect(heading, path).toBe(people === 1 ? 'Kontaktperson' : 'Kontaktpersoner');
        headings.add(heading);
      });
    }
    expect(headings).toContain('Kontaktperson');
  });

  it('can be reached from the pages that list them, by e-mail and, where given, phone', async () => {
    const pages = await listing();
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.some((listed) => listed.contacts.some((contact) => contact.phone))).toBe(true);
    for (const { path, contacts } of pages) {
      const $ = page(path);
      for (const contact of contacts) {
        // Once in a list, or under each question on «Kontakt» the person answers.
        const emails = $(`.contacts a[href="mailto:${contact.email}"]`);
        expect(emails.length, `${path}: ${contact.email}`).toBeGreaterThan(0);
        emails.each((_, link) => expect($(link).text(), path).toBe(contact.email));
        if (contact.phone)
          expect($(`.contacts a[href="tel:${contact.phone.replace(/\s+/g, '')}"]`).length, path).toBe(emails.length);
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
        const people = $(`.contacts a[href="mailto:${contact.email}"]`).closest('.contacts__person');
        expect(people.length, `${path}: ${contact.email}`).toBeGreaterThan(0);
        people.each((_, person) => {
          expect($(person).find('.contacts__name .tag').text(), contact.email).toBe(contact.isSample ? 'Eksempel' : '');
        });
      }
    }
  });

  it('keep a short hyphenated name in an organisation whole («SR-Bank»): a narrow card breaks before it', async () => {
    const people = await data.fetch<{ email: string; organisation: string }[]>(
      '*[_type == "person" && defined(email) && defined(organisation)]{ email, "organisation": organisation->name }',
    );
    const hyphenated = people.filter((person) => /\p{L}-\p{L}/u.test(person.organisation));
    expect(hyphenated.length).toBeGreaterThan(0);
    const $ = page('/kontakt');
    const listed = hyphenated.filter((person) => $(`.contacts a[href="mailto:${person.email}"]`).length > 0);
    expect(listed.length).toBeGreaterThan(0);
    for (const person of listed) {
      $(`.contacts a[href="mailto:${person.email}"]`)
        .closest('.contacts__person')
        .each((_, card) => {
          const whole = $(card).find('p.muted .nowrap').text();
          expect(whole, person.email).toMatch(/\p{L}-\p{L}/u);
          expect(person.organisation, person.email).toContain(whole);
        });
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

  it('lines up every person in a list the same way: a picture, or a placeholder of the same size', () => {
    const kinds = { picture: 0, person: 0, address: 0 };
    for (const path of ['/kontakt', ...Object.values(pillarSlugs).map((slug) => `/${slug}`), '/steder/bergen']) {
      const $ = page(path);
      $('.contacts__person').each((_, person) => {
        const first = $(person).children().first();
        expect(first.is('.contacts__photo') || first.find('.contacts__photo').length === 1, path).toBe(true);
        if (first.is('.contacts__photo--address')) kinds.address += 1;
        else if (first.is('.contacts__photo--person')) kinds.person += 1;
        else kinds.picture += 1;
      });
    }
    // The bundled people include some with a portrait, project leaders without, and the conference's shared inbox.
    expect(kinds.picture).toBeGreaterThan(0);
    expect(kinds.person).toBeGreaterThan(0);
    expect(kinds.address).toBeGreaterThan(0);
  });

  // The conference's inbox is no one: a person's silhouette over it read as a missing portrait.
  it('shows a shared address with an envelope, and a person never with one', async () => {
    const people = await data.fetch<{ name: string; isSharedAddress: boolean | null }[]>(
      '*[_type == "person"]{ name, isSharedAddress }',
    );
    const sharedAddresses = new Set(people.filter((person) => person.isSharedAddress).map((person) => person.name));
    expect(sharedAddresses).toEqual(new Set(['For Alle-konferansen']));
    let seen = 0;
    for (const path of pagePaths()) {
      const $ = page(path);
      $('.contacts__person').each((_, person) => {
        const name = $(person).find('.contacts__name').contents().first().text().trim();
        const envelope = $(person).find('.contacts__photo--address').length === 1;
        expect(envelope, `${path}: ${name}`).toBe(sharedAddresses.has(name));
        if (envelope) {
          seen += 1;
          expect($(person).find('img.contacts__photo, .contacts__photo--person').length, path).toBe(0);
        }
      });
    }
    expect(seen).toBeGreaterThan(0);
  });

  // The name is printed right beside the picture: a screen reader should not read it twice («… portrett av Ingrid
  // Sæbø», then «Ingrid Sæbø»). A placeholder picture is decorative (alt=""); a real portrait may say what it shows.
  it('does not repeat the name printed beside a portrait in its alt text', () => {
    let portraits = 0;
    for (const path of ['/kontakt', ...Object.values(pillarSlugs).map((slug) => `/${slug}`)]) {
      const $ = page(path);
      $('.contacts__person').each((_, person) => {
        const image = $(person).find('img.contacts__photo');
        if (image.length === 0) return;
        portraits += 1;
        const name = $(person).find('.contacts__name').contents().first().text().trim();
        expect(name, path).not.toBe('');
        expect(image.attr('alt') ?? '', `${path}: ${name}`).not.toContain(name);
      });
    }
    expect(portraits).toBeGreaterThan(0);
  });
});

describe('«Kontakt»', () => {
  let topics: {
    heading: string;
    text: string | null;
    contact: { _id: string; name: string; role: string | null; email: string | null; phone: string | null };
  }[];
  let others: { email: string | null }[];
  beforeAll(async () => {
    const kontakt = await data.fetch<{ topics: typeof topics; others: typeof others }>(
      `*[_id == "page-kontakt"][0]{
        "topics": contactTopics[]{ heading, text, "contact": contact->{ _id, name, role, email, phone } },
        "others": contacts[!(_ref in ^.contactTopics[].contact._ref)]->{ email }
      }`,
    );
    topics = kontakt.topics;
    others = kontakt.others ?? [];
  });

  it('shows under each question the person who answers it: name, role, e-mail and phone', () => {
    expect(topics.length).toBeGreaterThan(3);
    const $ = page('/kontakt');
    for (const topic of topics) {
      const heading = $(`h2#${contactTopicId(topic.heading)}`);
      expect(heading.text().trim(), topic.heading).toBe(topic.heading);
      const person = heading.nextUntil('h2').filter('.contacts__person');
      expect(person.length, topic.heading).toBe(1);
      expect(person.find('.contacts__name').text(), topic.heading).toContain(topic.contact.name);
      if (topic.contact.role) expect(person.text(), topic.heading).toContain(topic.contact.role);
      if (topic.contact.email)
        expect(person.find(`a[href="mailto:${topic.contact.email}"]`).length, topic.heading).toBe(1);
      if (topic.contact.phone)
        expect(person.find(`a[href="tel:${topic.contact.phone.replace(/\s+/g, '')}"]`).length, topic.heading).toBe(1);
    }
    // The text names no one: the person under it does, and no line sends the visitor to a list further down.
    expect($('main').text()).not.toMatch(/nedenfor/);
  });

  it('lists at the end only the people no question names', () => {
    const $ = page('/kontakt');
    const listed = $('.contacts__list a[href^="mailto:"]')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(listed).toEqual(others.map((person) => `mailto:${person.email}`));
  });

  it('starts with the first question right under the ingress, with no picture before it', () => {
    const $ = page('/kontakt');
    const first = $(`h2#${contactTopicId(topics[0].heading)}`).closest('section');
    expect(first.prev().is('.ingress, p'), 'the ingress comes right before the first question').toBe(true);
    expect(first.prevAll('figure, picture, img, .generic-page__image').length).toBe(0);
  });
});

describe("the foundation's switchboard, address and e-mail (Innstillinger)", () => {
  let settings: {
    organisationName: string;
    contactEmail: string;
    contactPhone: string;
    address: string;
    isSample: boolean | null;
  };
  beforeAll(async () => {
    settings = await data.fetch(
      '*[_id == "siteSettings"][0]{ organisationName, contactEmail, contactPhone, address, isSample }',
    );
  });
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

  // The bundled details are invented: nobody should take them for the foundation's, as nobody takes a person for real.
  it('are tagged «Eksempel» where they stand, in the footer of every page and at the end of /kontakt', () => {
    expect(settings.isSample).toBe(true);
    for (const path of ['/', '/kontakt', '/personvern']) {
      const footer = page(path)('#footer-contact');
      expect(footer.find('.tag').text(), path).toBe('Eksempel');
      expect(squash(footer.parent().text()), path).toContain(settings.address);
    }
    const $ = page('/kontakt');
    const heading = $('#switchboard-heading');
    expect(squash(heading.text())).toBe('Sentralbord og besøksadresse (Eksempel)');
    const section = squash(heading.parent().text());
    expect(section).toContain(`${settings.organisationName}, ${settings.address}`);
    expect(section).toContain(`Sentralbord: ${settings.contactPhone}`);
    expect(heading.parent().find(`a[href="mailto:${settings.contactEmail}"]`).length).toBe(1);
    // Typed once, in the settings: the page's own text does not repeat them.
    expect($('main').text().split(settings.address).length - 1).toBe(1);
    // Where a visitor is told to write (their privacy rights, an accessibility barrier), the address carries the tag.
    for (const path of ['/personvern', '/tilgjengelighetserklaering']) {
      const links = page(path)('main').find(`a[href="mailto:${settings.contactEmail}"]`);
      expect(links.length, path).toBeGreaterThan(0);
      links.each((_, link) => {
        expect(page(path)(link).nextAll('.tag').first().text(), path).toBe('Eksempel');
      });
    }
    // Search engines show no tag: they are not given the invented address as the organisation's.
    const jsonLd = JSON.parse(page('/')('script[type="application/ld+json"]').first().text()) as { email?: string }[];
    expect(jsonLd.find((item) => 'email' in item)).toBeUndefined();
  });

  // A 51 number is a Stavanger line that may be someone's, and a phone dials a tapped link. No Norwegian number
  // starts with 0 after +47 (00 is the prefix for calling abroad).
  it('and the invented people give numbers that reach no one', () => {
    const numbers = new Set<string>();
    for (const path of ['/', '/kontakt', ...Object.values(pillarSlugs).map((slug) => `/${slug}`)]) {
      const $ = page(path);
      $('a[href^="tel:"]').each((_, link) => {
        numbers.add($(link).attr('href')!);
      });
    }
    expect(numbers.size).toBeGreaterThan(3);
    for (const number of numbers) expect(number).toMatch(/^tel:\+470/);
  });

  it('leave the real foundation without an invented website, wherever its name is a link', async () => {
    const real = await data.fetch<string[]>('*[_type == "organisation" && isSample != true].name');
    expect(real.length).toBeGreaterThan(0);
    expect(
      await data.fetch<number>('count(*[_type == "organisation" && isSample != true && website match "*example*"])'),
    ).toBe(0);
    // It has no place (it runs For Alle everywhere), so no place lists it: tests/build/places.test.ts.
    for (const path of pagePaths()) {
      const $ = page(path);
      for (const name of real)
        expect($('a[href*="example."]').filter((_, link) => $(link).text().includes(name)).length, path).toBe(0);
    }
  });
});
