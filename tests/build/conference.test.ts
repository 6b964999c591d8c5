// The conference as a visitor meets it: /konferanse with the next edition and the archive, each edition's page with
// its programme, speakers, days, presentations and recordings, and the links between the years. Signing up for the
// days is in registration.test.ts, their calendar files in calendar-files.test.ts. Expected editions, sessions and
// files are read from the bundled dataset, with the tests' pinned build time.
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { numberInWords } from '../../src/lib/number-words';
import { fixedNow, page, text } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

/** A session's anchor on its edition's page, as search results and the material overview link to it. */
const sessionAnchor = (session: { _key: string }) => `sesjon-${session._key}`;
/** A file's anchor within its session: the first 12 characters of the asset's hash (`file-<sha1>-<ext>`). */
const fileAnchor = (asset: { _id: string }, session: { _key: string }) =>
  `${sessionAnchor(session)}-fil-${asset._id.split('-')[1]!.slice(0, 12)}`;

describe('the conference', () => {
  it('archives each past edition with every session on its own anchor', async () => {
    const conferences = await data.fetch<{ year: number; sessions: { _key: string; title: string }[] }[]>(
      // A break («Pause», «Lunsj») is no session to link to: it has neither speakers nor a summary.
      '*[_type == "conference"]{ year, "sessions": sessions[count(speakers) > 0 || defined(summary)]{ _key, title } }',
    );
    expect(conferences.filter((conference) => (conference.sessions?.length ?? 0) > 0).length).toBeGreaterThan(1);
    for (const conference of conferences) {
      const $ = page(`/konferanse/${conference.year}`);
      for (const session of conference.sessions ?? []) {
        expect(text($, `#sesjon-${session._key}`), `${conference.year} ${session._key}`).toBe(session.title);
      }
    }
  });

  it('describes each day once, under «Dagene», and not again in the programme', async () => {
    const conferences = await data.fetch<{ year: number; descriptions: string[] | null }[]>(
      '*[_type == "conference" && defined(year)]{ year, "descriptions": days[defined(description)].description }',
    );
    const described = conferences.filter((conference) => (conference.descriptions?.length ?? 0) > 0);
    expect(described.length).toBeGreaterThan(1);
    for (const { year, descriptions } of described) {
      const main = text(page(`/konferanse/${year}`), 'main');
      for (const description of descriptions!) {
        expect(main.split(description.trim()).length - 1, `${year}: ${description}`).toBe(1);
      }
    }
  });

  it('says on the network day whom it is open to, not only project leaders, and that a programme it lacks is not out yet', async () => {
    const conferences = await data.fetch<{ year: number; day: string; end: string }[]>(
      `*[_type == "conference" && count(days[kind == "network"]) > 0]{ year,
        "day": days[kind == "network"][0].start, "end": days[kind == "network"][0].end }`,
    );
    const held = (end: string) => Date.parse(end) < Date.parse(fixedNow);
    expect(conferences.filter(({ end }) => held(end)).length).toBeGreaterThan(0);
    expect(conferences.filter(({ end }) => !held(end)).length).toBeGreaterThan(0);
    for (const { year, day, end } of conferences) {
      const sessionsThatDay = await data.fetch<number>(
        `count(*[_type == "conference" && year == $year][0].sessions[string::startsWith(start, $date)])`,
        { year, date: day.slice(0, 10) },
      );
      const $ = page(`/konferanse/${year}`);
      const card = $('.conference-day').filter((_, item) => $(item).find('h3').first().text().includes('Nettverksdag'));
      const words = card.find('.conference-day__description').text();
      // «Alle som melder seg på, kan være med» promised a place on the card that says «Fulltegnet – venteliste».
      expect(words, String(year)).not.toMatch(/melder seg på/);
      // Read as «a day for project leaders» while they alone were named; a held day says so in the past tense.
      if (held(end))
        expect(words, String(year)).toContain(
          'Dagen var åpen for alle som arbeider med inkludering, og prosjektlederne deltok også.',
        );
      else
        expect(words, String(year)).toContain(
          'Dagen er åpen for alle som arbeider med inkludering, ikke bare for prosjektlederne.',
        );
      // «Programmet for dagen står ikke her.» read as a note left in a draft.
      if (sessionsThatDay === 0) expect(words, String(year)).not.toMatch(/[Pp]rogram/);
      // Under «Program og innledere», before the conference, a day without sessions is said to have no programme
      // published yet, rather than left out for a visitor to wonder about.
      const notYet = text($, 'section[aria-labelledby="programme-heading"] .programme-day__not-yet');
      if (sessionsThatDay === 0 && !held(end))
        expect(notYet, String(year)).toMatch(
          /^Programmet for nettverksdagen \(\S+dag \d+\. \S+ \d{4}\) er ikke publisert ennå\.$/,
        );
      else expect(notYet, String(year)).toBe('');
    }
  });

  // The day with 300 places had only its date, and a white gap beside the network day's full card.
  it("describes the conference day on its card as the network day is, in the programme's words", async () => {
    const years = await data.fetch<number[]>('*[_type == "conference" && count(days[kind == "conference"]) > 0].year');
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) {
      const $ = page(`/konferanse/${year}`);
      const card = $('.conference-day').filter((_, item) =>
        $(item).find('h3').first().text().includes('Konferansedag'),
      );
      expect(card.find('.conference-day__description').text(), String(year)).toMatch(
        /fra scenen om forskning, prosjekter og erfaringer/,
      );
    }
  });

  it('shows the breaks and the close as one quiet line each, without a heading, and runs to the end of the day', async () => {
    const conferences = await data.fetch<
      {
        year: number;
        days: { start: string; end: string }[];
        breaks: { start: string; title: string }[] | null;
        ends: string[] | null;
      }[]
    >(
      `*[_type == "conference" && defined(year)]{ year, "days": days[]{ start, end },
        "breaks": sessions[!defined(speakers) && !defined(summary)]{ start, title },
        "ends": sessions[].end }`,
    );
    const withBreaks = conferences.filter((conference) => (conference.breaks?.length ?? 0) > 0);
    expect(withBreaks.length).toBeGreaterThan(1);
    for (const { year, breaks } of withBreaks) {
      const $ = page(`/konferanse/${year}`);
      const lines = $('.programme-day .session--break');
      expect(lines.map((_, line) => $(line).children().last().text()).get(), String(year)).toEqual(
        [...breaks!].sort((a, b) => a.start.localeCompare(b.start)).map((item) => item.title),
      );
      expect(lines.find('h2, h3, h4, [id]').length, String(year)).toBe(0);
    }
    // The programme of a day ends when the day does: no «what happens after 14.45?» on a day that ends at 16.30.
    for (const { year, days, ends } of conferences.filter((conference) => (conference.ends?.length ?? 0) > 0)) {
      const last = [...ends!].sort().at(-1)!;
      const day = days.find((candidate) => candidate.start.slice(0, 10) === last.slice(0, 10));
      expect(last, String(year)).toBe(day?.end);
    }
  });
});

describe("the programme's facts about the conference", () => {
  // The places were in the lead, the key facts, the day's card and «Om konferansen»; «meld deg på tidlig» under the
  // date and again under its own heading; the dates as «20.–21. januar 2027» and «20. og 21. januar 2027» on one screen.
  it('says each fact once on /konferanse: the figures in the key facts, the dates in one form', () => {
    const $ = page('/konferanse');
    const facts = text($, '.key-facts');
    const figures = facts.match(/\d+/g) ?? [];
    expect(figures.length).toBeGreaterThan(1);
    const lead = text($, 'main header .ingress');
    const about = text($, 'section[aria-labelledby="pillar-body-heading"]');
    for (const figure of figures) {
      expect(lead, figure).not.toMatch(new RegExp(`(?<!\\d)${figure}(?!\\d)`));
      expect(about, figure).not.toMatch(new RegExp(`(?<!\\d)${figure}(?!\\d)`));
    }
    expect(text($, 'main').match(/meld deg på tidlig/gi)?.length ?? 0).toBe(1);
    const next = text($, '#neste-konferanse');
    const when = text($, '.conference-next__when');
    expect(when).toMatch(/\d+\.–\d+\. \p{L}+ \d{4}/u);
    expect(next).not.toMatch(/\d+\. og \d+\. \p{L}+ \d{4}/u);
  });

  // «nettverksdag med plass til 100 deltakere», «et tak på 300 deltakere»: read alone, as key facts are, «300
  // deltakere» says how many came.
  it('gives the places on each day as caps among the key facts, not as attendance', () => {
    const $ = page('/konferanse');
    const facts = $('.key-facts > li')
      .map((_, fact) => $(fact).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(facts).toEqual(
      expect.arrayContaining(['Plass til 300 på konferansedagen', 'Plass til 100 på nettverksdagen']),
    );
    for (const fact of facts) expect(fact).not.toMatch(/^\d+ deltakere/);
  });

  // The programme says «Begge arrangementer blir fulltegnet med ventelister» before the event; an edition's page says
  // its days filled up only where the days themselves have a waitlist.
  it('says an edition was full only where its days were', async () => {
    const conferences = await data.fetch<{ year: number; statuses: string[] }[]>(
      '*[_type == "conference" && defined(year)]{ year, "statuses": days[].status }',
    );
    expect(conferences.some((conference) => conference.year === 2025)).toBe(true);
    for (const conference of conferences) {
      const $ = page(`/konferanse/${conference.year}`);
      const lead = `${text($, 'main header')} ${$('meta[name="description"]').attr('content')}`;
      if (!conference.statuses.every((status) => status === 'waitlist'))
        expect(lead, String(conference.year)).not.toMatch(/ble fulltegnet|var fulltegnet/);
    }
    expect(text(page('/konferanse/2025'), 'main header')).toContain('22. og 23. januar');
  });

  // The 2024 edition's text named four cities for its two workshops.
  it('names in a past edition the cities of the workshops it lists, no more', async () => {
    const conferences = await data.fetch<{ year: number; end: string; cities: string[] }[]>(
      `*[_type == "conference" && defined(year) && count(workshops) > 0]{
        year, "end": days[] | order(end desc)[0].end, "cities": workshops[]->place->name }`,
    );
    const past = conferences.filter((conference) => Date.parse(conference.end) < Date.parse(fixedNow));
    expect(past.length).toBeGreaterThan(1);
    const allCities = ['Bergen', 'Haugesund', 'Stavanger', 'Kristiansand'];
    for (const conference of past) {
      const $ = page(`/konferanse/${conference.year}`);
      const invitations = $('main p')
        .map((_, paragraph) => $(paragraph).text().replace(/\s+/g, ' '))
        .get()
        .filter((paragraph) => /invitert til (de )?lokale workshop/.test(paragraph));
      expect(invitations.length, String(conference.year)).toBeGreaterThan(0);
      for (const invitation of invitations)
        expect(
          allCities.filter((city) => invitation.includes(city)),
          `${conference.year}: ${invitation}`,
        ).toEqual(allCities.filter((city) => conference.cities.includes(city)));
    }
  });
});

describe('conference speakers', () => {
  it("show «Kort om personen» under a speaker's name where they first speak on the page, and not again", async () => {
    const conferences = await data.fetch<
      {
        year: number;
        sessions: { _key: string; speakers: { _id: string; name: string; bio: string | null }[] | null }[] | null;
      }[]
    >(
      '*[_type == "conference"]{ year, "sessions": sessions | order(start asc){ _key, "speakers": speakers[]->{ _id, name, bio } } }',
    );
    let shown = 0;
    let repeated = 0;
    for (const conference of conferences) {
      const $ = page(`/konferanse/${conference.year}`);
      const seen = new Set<string>();
      for (const session of conference.sessions ?? []) {
        const items = $(`#${sessionAnchor(session)}`)
          .closest('.session')
          .find('.session__speakers > li');
        (session.speakers ?? []).forEach((speaker, index) => {
          const item = items.eq(index);
          const where = `${conference.year} ${session._key} ${speaker.name}`;
          expect(item.find('strong').text(), where).toBe(speaker.name);
          const bio = item.find('.session__bio');
          if (speaker.bio?.trim() && !seen.has(speaker._id)) {
            expect(bio.text().replace(/\s+/g, ' '), where).toBe(speaker.bio.trim().replace(/\s+/g, ' '));
            shown++;
          } else {
            if (speaker.bio?.trim()) repeated++;
            expect(bio.length, where).toBe(0);
          }
          seen.add(speaker._id);
        });
      }
    }
    expect(shown).toBeGreaterThan(0);
    // The bundled programmes have people who speak twice on one page.
    expect(repeated).toBeGreaterThan(0);
  });
});

describe('the conference archive', () => {
  /** Every edition with a page, newest first, with its last day's end and the first words of its general text. */
  const editions = () =>
    data.fetch<{ year: number; end: string; bodyStart: string | null }[]>(
      `*[_type == "conference" && defined(year)] | order(year desc){
        year, "end": days[] | order(end desc)[0].end, "bodyStart": body[_type == "block"][0].children[0].text
      }`,
    );
  const isPast = (edition: { end: string }) => new Date(edition.end).getTime() < new Date(fixedNow).getTime();
  /** Where in the page's main content a piece of HTML first occurs, to compare what comes first. */
  // No-break spaces (keepTogether: «For Alle») read as the editor's ordinary spaces.
  const positionOf = (path: string, needle: string) =>
    page(path)('main')
      .html()!
      .replace(/\u00a0|&nbsp;/g, ' ')
      .indexOf(needle);

  it('lists every past edition high on /konferanse, before the general text, without a copy of the programme', async () => {
    const all = await editions();
    const past = all.filter(isPast).map((edition) => `/konferanse/${edition.year}/`);
    const next = all.filter((edition) => !isPast(edition)).at(-1)!;
    expect(past.length).toBeGreaterThan(1);
    const $ = page('/konferanse');
    expect(
      $('#tidligere-konferanser a')
        .map((_, link) => link.attribs.href)
        .get(),
    ).toEqual(past);
    // Right after the next edition's summary: before the text about the conference and the workshops.
    expect(positionOf('/konferanse', 'id="tidligere-konferanser"')).toBeLessThan(
      positionOf('/konferanse', 'id="pillar-body-heading"'),
    );
    expect(positionOf('/konferanse', 'id="tidligere-konferanser"')).toBeGreaterThan(
      positionOf('/konferanse', 'id="next-heading"'),
    );
    // The programme itself is on the next edition's page, which this one links to.
    expect($('.session').length).toBe(0);
    expect($('.conference-next').find(`a[href="/konferanse/${next.year}/"]`).length).toBe(1);
  });

  it('puts the programme of a past edition before its general text, and no longer offers places', async () => {
    const past = (await editions()).filter(isPast);
    for (const { year, bodyStart } of past) {
      const path = `/konferanse/${year}`;
      expect(bodyStart, path).toBeTruthy();
      expect(positionOf(path, 'class="session"'), path).toBeGreaterThan(0);
      expect(positionOf(path, 'class="session"'), path).toBeLessThan(positionOf(path, bodyStart!));
      const $ = page(path);
      expect($('.conference-day').length, path).toBeGreaterThan(0);
      expect(text($, '.conference-days'), path).not.toMatch(/plass til/i);
    }
    // An edition still to come does say how many it has room for.
    const next = (await editions()).filter((edition) => !isPast(edition)).at(-1)!;
    expect(text(page(`/konferanse/${next.year}`), '.conference-days')).toContain('Plass til');
  });

  it('lists the presentations and recordings of each past edition in one place, each linked to its session', async () => {
    const conferences = await data.fetch<
      {
        year: number;
        end: string;
        sessions: { _key: string; title: string; videoUrl: string | null; material: unknown[] | null }[] | null;
      }[]
    >(
      `*[_type == "conference" && defined(year)]{ year, "end": days[] | order(end desc)[0].end,
        sessions[]{ _key, title, videoUrl, "material": material[defined(file.asset) || defined(url)] } }`,
    );
    let listed = 0;
    for (const conference of conferences) {
      const path = `/konferanse/${conference.year}`;
      const $ = page(path);
      const withMaterial = (conference.sessions ?? []).filter(
        (session) => (session.material?.length ?? 0) > 0 || session.videoUrl,
      );
      if (!isPast(conference) || withMaterial.length === 0) {
        expect($('#material-heading').length, path).toBe(0);
        continue;
      }
      const overview = $('#material-heading').closest('section');
      expect(text($, '#material-heading'), path).toBe('Presentasjoner og opptak');
      // Before the programme, which it is a short cut into.
      expect(positionOf(path, 'id="material-heading"'), path).toBeLessThan(positionOf(path, 'class="session"'));
      const sessions = overview.find('.material-overview__sessions > li');
      expect(sessions.length, path).toBe(withMaterial.length);
      withMaterial.forEach((session, index) => {
        const item = sessions.eq(index);
        expect(item.find('.material-overview__session a').attr('href'), path).toBe(`#${sessionAnchor(session)}`);
        expect(text(load(item.html()!), '.material-overview__session'), path).toBe(session.title);
        const links = item.find('.session__material > li > a');
        expect(links.length, `${path} ${session._key}`).toBe(
          (session.material?.length ?? 0) + (session.videoUrl ? 1 : 0),
        );
        // The same links as in the session itself, which keeps the anchors search results point at.
        const inSession = $(`#${sessionAnchor(session)}`)
          .closest('.session')
          .find('.session__material > li > a');
        expect(links.map((_, link) => link.attribs.href).get()).toEqual(
          inSession.map((_, link) => link.attribs.href).get(),
        );
        listed += links.length;
      });
      expect(overview.find('[id^="sesjon-"]').length, path).toBe(0);
    }
    expect(listed).toBeGreaterThan(2);
  });

  it('shows how to cite each talk with slides or a recording, by its speakers, day, title, edition and address', async () => {
    const conferences = await data.fetch<
      {
        year: number;
        sessions:
          { _key: string; title: string; start: string | null; speakers: string[] | null; offers: boolean }[] | null;
      }[]
    >(
      `*[_type == "conference" && defined(year)]{ year, sessions[]{ _key, title, start, "speakers": speakers[]->name,
        "offers": defined(videoUrl) || count(material[defined(file.asset) || defined(url)]) > 0 } }`,
    );
    let cited = 0;
    for (const conference of conferences) {
      const $ = page(`/konferanse/${conference.year}`);
      for (const session of conference.sessions ?? []) {
        const citation = text($, `.session:has(#${sessionAnchor(session)}) .session__citation`);
        const where = `${conference.year} ${session.title}`;
        if (!session.offers) {
          expect(citation, where).toBe('');
          continue;
        }
        cited++;
        expect(citation, where).toMatch(/^Slik viser du til innlegget: /);
        for (const name of session.speakers ?? []) expect(citation, where).toContain(name);
        expect(citation, where).toContain(`(${conference.year}, `);
        expect(citation, where).toContain(`${session.title.replace(/\.$/, '')} [Presentasjon]`);
        const address = `/konferanse/${conference.year}/#${sessionAnchor(session)}`;
        expect(citation.endsWith(address), where).toBe(true);
        expect(citation, where).toContain(`For Alle-konferansen ${conference.year}, `);
      }
    }
    expect(cited).toBeGreaterThan(2);
  });

  it('says of each past edition whether all, some or none of its talks have presentations or recordings', async () => {
    const conferences = await data.fetch<{ year: number; end: string; talks: { material: boolean }[] | null }[]>(
      // A talk is what is not a break: it has speakers, a summary, material or a research update.
      `*[_type == "conference" && defined(year)]{ year, "end": days[] | order(end desc)[0].end,
        "talks": sessions[count(speakers) > 0 || defined(summary) || defined(videoUrl) || count(material) > 0
          || defined(researchUpdate)]{
          "material": defined(videoUrl) || count(material[defined(file.asset) || defined(url)]) > 0 } }`,
    );
    const seen = new Set<string>();
    for (const conference of conferences.filter(isPast)) {
      const path = `/konferanse/${conference.year}`;
      const $ = page(path);
      const talks = conference.talks ?? [];
      const withMaterial = talks.filter((talk) => talk.material).length;
      const note = text($, '.conference__over');
      const others = $('#material-heading').closest('section').children('p');
      if (talks.length === 0) continue;
      if (withMaterial === 0) {
        seen.add('none');
        expect(note, path).toContain('Her finner du programmet. Presentasjoner og opptak er ikke lagt ut.');
      } else if (withMaterial === talks.length) {
        seen.add('all');
        expect(note, path).toContain('Her finner du programmet, presentasjoner og opptak.');
        expect(others.length, path).toBe(0);
      } else {
        seen.add('some');
        expect(note, path).toContain(
          `Her finner du programmet. Bare ${numberInWords(withMaterial, 'ett')} av ${numberInWords(talks.length, 'ett')} innlegg har presentasjon eller opptak.`,
        );
        expect(note, path).not.toContain('programmet, presentasjoner og opptak');
        // Under the list of those that have it, where a visitor looking for one talk's slides reads on.
        expect(text(load(others.last().toString()), 'p'), path).toBe(
          'Fra de andre innleggene er det ikke lagt ut presentasjoner eller opptak.',
        );
      }
    }
    expect(seen.has('some')).toBe(true);
  });

  it('shows the days once: before the programme while the conference is to come, after it once it is over', async () => {
    for (const edition of await editions()) {
      const path = `/konferanse/${edition.year}`;
      expect(page(path)('#days-heading').length, path).toBe(1);
      const daysFirst = positionOf(path, 'id="days-heading"') < positionOf(path, 'id="programme-heading"');
      expect(daysFirst, path).toBe(!isPast(edition));
    }
  });

  // A visitor searching «program» or «innledere 2025» found the workshops and /konferanse, never the edition.
  it('has the programme under a heading of its own, «Program og innledere», with its days one level down', async () => {
    for (const edition of await editions()) {
      const path = `/konferanse/${edition.year}`;
      const $ = page(path);
      expect(text($, 'h2#programme-heading'), path).toBe('Program og innledere');
      const section = $('section[aria-labelledby="programme-heading"]');
      expect(section.find('.programme-day > h3').length, path).toBeGreaterThan(0);
      expect(section.find('.programme-day > h3').length, path).toBe($('.programme-day').length);
      expect(section.find('h2').length, path).toBe(1);
    }
  });

  it('links each edition to the year before and after, to the archive, and to a search in its material', async () => {
    const years = (await editions()).map((edition) => edition.year);
    expect(years.length).toBeGreaterThan(2);
    expect(page('/konferanse')('#tidligere-konferanser').length).toBe(1);
    for (const [index, year] of years.entries()) {
      const $ = page(`/konferanse/${year}`);
      const nav = $('nav.year-nav');
      const newer = years[index - 1];
      const older = years[index + 1];
      expect(nav.find('a[rel="next"]').attr('href'), String(year)).toBe(newer ? `/konferanse/${newer}/` : undefined);
      expect(nav.find('a[rel="prev"]').attr('href'), String(year)).toBe(older ? `/konferanse/${older}/` : undefined);
      expect(nav.find('a[href="/konferanse/#tidligere-konferanser"]').length, String(year)).toBe(1);
    }
    for (const edition of (await editions()).filter(isPast)) {
      const $ = page(`/konferanse/${edition.year}`);
      const search = $('a[href^="/sok/?"]')
        .map((_, link) => new URL(link.attribs.href, 'https://example.org'))
        .get();
      expect(search.map((url) => [url.searchParams.getAll('type'), url.searchParams.getAll('år')])).toEqual([
        [['konferanse'], [String(edition.year)]],
      ]);
    }
  });
});

describe('conference material', () => {
  it('names each download once with its type and size, «(PDF, 3 kB)», and gives it a file name without «-pdf»', async () => {
    const conferences = await data.fetch<
      {
        year: number;
        sessions: { _key: string; material: { title: string; file: { _id: string; extension: string } }[] | null }[];
      }[]
    >(
      `*[_type == "conference"]{ year, sessions[]{ _key, "material": material[_type == "materialFile"]{ title, "file": file.asset->{ _id, extension } } } }`,
    );
    const files = conferences.flatMap(({ year, sessions }) =>
      (sessions ?? []).flatMap((session) =>
        (session.material ?? []).map((item) => ({
          year,
          anchor: fileAnchor(item.file, session),
          ...item,
        })),
      ),
    );
    expect(files.length).toBeGreaterThan(1);
    // The bundled editors wrote the type into the title, as editors do.
    expect(files.some((item) => /\(PDF\)$/.test(item.title))).toBe(true);
    for (const item of files) {
      const link = page(`/konferanse/${item.year}`)(`#${item.anchor} a`);
      const kind = item.file.extension.toUpperCase();
      const name = item.title.replace(/\s*\(PDF\)$/, '');
      expect(
        link
          .text()
          .replace(/[ \n]+/g, ' ')
          .trim(),
        item.anchor,
      ).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${kind}, \\d+\u00a0kB\\)$`));
      expect(link.attr('download'), item.anchor).toMatch(new RegExp(`^[a-z0-9-]+\\.${item.file.extension}$`));
      expect(link.attr('download'), item.anchor).not.toMatch(new RegExp(`-${item.file.extension}\\.`));
    }
  });

  it('marks every link to another site «(ekstern lenke)», once, whether or not the editor typed it', async () => {
    const years = await data.fetch<number[]>('*[_type == "conference"].year');
    let external = 0;
    for (const year of years) {
      const $ = page(`/konferanse/${year}`);
      const site = new URL($('link[rel="canonical"]').attr('href')!).host;
      $('.session__material > li').each((_, item) => {
        const link = $(item).children('a');
        const label = link.text().replace(/\s+/g, ' ').trim();
        const href = link.attr('href') ?? '';
        const leaves = /^https?:/.test(href) && new URL(href).host !== site;
        if (leaves) external++;
        expect(label.match(/ekstern lenke/g)?.length ?? 0, label).toBe(leaves ? 1 : 0);
        if (leaves) expect(label, label).toMatch(/ \(ekstern lenke\)$/);
      });
    }
    // The bundled programmes have a slide link typed with «(ekstern lenke)», one without, and videos.
    expect(external).toBeGreaterThan(2);
  });

  it('names every file and link by what it is about, not only its kind («Presentasjon»)', async () => {
    const conferences = await data.fetch<{ year: number; titles: (string | null)[] | null }[]>(
      '*[_type == "conference"]{ year, "titles": sessions[].material[].title }',
    );
    // The bundled 2024 programme has a link its editor titled only «Presentasjon (ekstern lenke)».
    const oneWord = (title: string) => !/\s/.test(title.replace(/\s*\([^)]*\)\s*$/, '').trim());
    expect(conferences.some(({ titles }) => titles?.some((title) => title && oneWord(title)))).toBe(true);
    for (const { year } of conferences) {
      const $ = page(`/konferanse/${year}`);
      $('.session__material > li > a').each((_, link) => {
        // Without the note the site adds: «(ekstern lenke)», or a file's type and size.
        const label = $(link).text().replace(/\s+/g, ' ').trim();
        expect(oneWord(label), `${year}: ${label}`).toBe(false);
      });
    }
  });
});

describe('a conference theme', () => {
  it('is quoted after «Tema:», on the edition, on /konferanse and on the home page: a theme has a colon of its own', async () => {
    const conferences = await data.fetch<{ year: number; theme: string }[]>(
      '*[_type == "conference" && defined(theme)]{ year, theme }',
    );
    expect(conferences.some((conference) => conference.theme.includes(':'))).toBe(true);
    const themeLines = (path: string) => {
      const $ = page(path);
      return $('main p')
        .filter((_, line) => /^\s*Tema:/.test($(line).text()))
        .map((_, line) => $(line).text().replace(/\s+/g, ' ').trim())
        .get();
    };
    for (const conference of conferences)
      expect(themeLines(`/konferanse/${conference.year}`), String(conference.year)).toEqual([
        `Tema: «${conference.theme}»`,
      ]);
    // The next edition's theme, where it is announced.
    for (const path of ['/', '/konferanse']) {
      const lines = themeLines(path);
      expect(lines.length, path).toBeGreaterThan(0);
      for (const line of lines) expect(line, path).toMatch(/^Tema: «[^«»]+»$/);
    }
  });
});

describe('a conference edition shared as a link', () => {
  // «For Alle-konferansen 2027» alone said neither when nor where: what a link preview, a search result and a tab show.
  it('says its dates and place in the title link previews and search results show', async () => {
    const next = await data.fetch<{ year: number; title: string; place: string }>(
      '*[_type == "conference" && year == 2027][0]{ year, title, "place": place->name }',
    );
    const $ = page(`/konferanse/${next.year}`);
    const expected = `${next.title}, 20.–21. januar i ${next.place}`;
    expect($('title').text()).toBe(expected);
    expect($('meta[property="og:title"]').attr('content')).toContain(expected);
    // The heading on the page keeps the edition's own title; the dates are right under it.
    expect(text($, 'h1')).toContain(next.title);
    expect(text($, 'h1')).not.toContain('januar');
  });
});
