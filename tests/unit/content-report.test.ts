// The content report's warnings (things worth fixing that do not stop publishing), from documents made here.
import { describe, expect, it } from 'vitest';
import { ruleMessages } from '@for-alle/shared/content-rules';
import { findContentWarnings } from '../../src/lib/content-guard/report';
import { stillUpcomingWording } from '../../src/lib/content/upcoming-wording';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { readNdjsonFile, type StoredDocument } from '../../src/lib/sanity/ndjson';

const doc = (document: Partial<StoredDocument> & { _id: string; _type: string }) =>
  ({ _updatedAt: '2026-11-01T00:00:00Z', ...document }) as StoredDocument;
const now = new Date('2026-11-26T12:00:00Z');

describe('findContentWarnings', () => {
  it('warns about a pillar without a contact person, whose pages ask visitors to get in touch', () => {
    const pillar = (contacts?: unknown[]) =>
      findContentWarnings([doc({ _id: 'pillar-samarbeidsprosjekter', _type: 'pillar', contacts })], now).filter(
        (warning) => warning.path === 'contacts',
      );
    expect(pillar().map((warning) => warning.message)).toEqual([ruleMessages.pillarWithoutContact]);
    expect(pillar([])).toHaveLength(1);
    expect(pillar([{ _type: 'reference', _ref: 'person-programleder' }])).toEqual([]);
  });

  it("reminds the editors of the form's link while a round is open, and in the two weeks before it opens", () => {
    const support = (rounds: object[], applyUrl?: string) =>
      findContentWarnings([doc({ _id: 'activitySupport', _type: 'activitySupport', rounds, applyUrl })], now).filter(
        (warning) => warning.path === 'applyUrl',
      );
    const open = { title: 'Vinterens runde', opensAt: '2026-11-01', deadline: '2026-12-15' };
    const soon = { title: 'Vårens runde', opensAt: '2026-12-05', deadline: '2027-03-01' };
    const later = { ...soon, opensAt: '2027-01-15' };
    expect(support([open]).map((warning) => warning.message)).toEqual([
      '«Vinterens runde» er åpen, men lenken til søknadsskjemaet mangler – til den er lagt inn, står det «Lenken til søknadsskjemaet kommer her snart.» på /aktivitetsstotte, uten knapp for å søke',
    ]);
    expect(support([soon]).map((warning) => warning.message)).toEqual([
      '«Vårens runde» åpner 5. desember 2026, men lenken til søknadsskjemaet mangler – legg den inn før da, ellers står det bare «Lenken til søknadsskjemaet kommer her snart.» på /aktivitetsstotte, uten knapp for å søke',
    ]);
    expect(support([later])).toEqual([]);
    expect(support([open], 'https://soknad.example.no/aktivitetsstotte')).toEqual([]);
  });

  it('warns when the number of areas in the settings is below the places «Under etablering»', () => {
    const place = (id: string, status: string) => doc({ _id: id, _type: 'place', status });
    const areas = (areasInProcess: number | undefined, statuses: string[]) =>
      findContentWarnings(
        [
          doc({ _id: 'siteSettings', _type: 'siteSettings', areasInProcess }),
          ...statuses.map((s, i) => place(`p${i}`, s)),
        ],
        now,
      ).filter((warning) => warning.path === 'areasInProcess');
    expect(areas(1, ['establishing', 'establishing', 'active']).map((warning) => warning.message)).toEqual([
      '«Områder der et samarbeidsprosjekt kan komme» er 1, men 2 steder har status «Under etablering» – nettstedet sier derfor 2 områder; rett tallet, og tell med områdene som ikke er lagt inn som steder',
    ]);
    expect(areas(undefined, ['establishing']).map((warning) => warning.message)).toEqual([
      '«Områder der et samarbeidsprosjekt kan komme» er tomt, men 1 sted har status «Under etablering» – nettstedet sier derfor ett område; rett tallet, og tell med områdene som ikke er lagt inn som steder',
    ]);
    expect(areas(5, ['establishing', 'establishing'])).toEqual([]);
    expect(areas(undefined, ['active'])).toEqual([]);
  });

  it('warns about an event still open after it ended', () => {
    const [warning] = findContentWarnings(
      [doc({ _id: 'e1', _type: 'event', start: '2026-01-01T10:00:00Z', registration: { status: 'open' } })],
      now,
    );
    expect(warning).toMatchObject({ id: 'e1', path: 'registration.status' });
    expect(warning.message).toContain('fortsatt som «Åpen»');
  });

  it('does not call a conference over while it is on, and does once its last day has ended', () => {
    // Stored with the second day first: a conference has no end of its own, only its days.
    const conference = doc({
      _id: 'conference-2027',
      _type: 'conference',
      days: [
        { start: '2027-01-21T08:00:00Z', end: '2027-01-21T15:30:00Z' },
        { start: '2027-01-20T09:00:00Z', end: '2027-01-20T15:00:00Z' },
      ],
      sessions: [{ _key: 's1' }],
      registration: { status: 'open', url: 'https://skjema.example/paamelding' },
    });
    const over = (at: string) =>
      findContentWarnings([conference], new Date(at)).filter((warning) => warning.path === 'registration.status');
    expect(over('2027-01-20T10:00:00Z')).toEqual([]);
    expect(over('2027-01-21T09:00:00Z')).toEqual([]);
    expect(over('2027-01-21T16:00:00Z').map((warning) => warning.message)).toEqual([
      'arrangementet er over, men påmeldingen står fortsatt som «Åpen» – sett den til «Stengt»',
    ]);
  });

  it('warns about an upcoming event that says nothing about signing up, and not about one that does', () => {
    const warnings = findContentWarnings(
      [
        doc({ _id: 'silent', _type: 'event', start: '2027-01-01T10:00:00Z' }),
        doc({ _id: 'open-to-all', _type: 'event', start: '2027-01-01T10:00:00Z', registration: { status: 'none' } }),
        doc({ _id: 'long-ago', _type: 'event', start: '2023-06-14T08:00:00Z' }),
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([['silent', 'registration']]);
    expect(warnings[0].message).toContain('«Ingen påmelding – åpent for alle»');
  });

  it('warns about registration opening within two weeks without its link, and not about one further ahead or with a link', () => {
    const event = (id: string, opensAt: string, url?: string) =>
      doc({
        _id: id,
        _type: 'event',
        start: '2027-03-01T10:00:00Z',
        registration: { status: 'notOpen', opensAt, url },
      });
    const warnings = findContentWarnings(
      [
        event('in-a-week', '2026-12-03T08:00:00Z'),
        event('in-a-week-with-link', '2026-12-03T08:00:00Z', 'https://pamelding.example.no/workshop'),
        event('in-a-month', '2026-12-28T08:00:00Z'),
        doc({
          _id: 'conference-soon',
          _type: 'conference',
          days: [{ start: '2027-01-20T09:00:00Z', end: '2027-01-20T15:00:00Z' }],
          registration: { status: 'notOpen', opensAt: '2026-12-01T08:00:00Z' },
        }),
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([
      ['in-a-week', 'registration.url'],
      ['conference-soon', 'registration.url'],
    ]);
    expect(warnings[0].message).toBe(
      'påmeldingen åpner 3. desember 2026 kl.\u00a009.00, men påmeldingslenken mangler – legg den inn før da, ellers står det bare «Påmeldingen åpner snart» på siden, uten knapp for å melde seg på',
    );
  });

  it('warns about a registration whose opening time has passed without its link, and not about one set open by hand (that stops the build)', () => {
    const event = (id: string, registration: object) =>
      doc({ _id: id, _type: 'event', start: '2027-03-01T10:00:00Z', registration });
    const warnings = findContentWarnings(
      [
        event('opened', { status: 'notOpen', opensAt: '2026-11-01T08:00:00Z' }),
        event('opened-with-link', {
          status: 'notOpen',
          opensAt: '2026-11-01T08:00:00Z',
          url: 'https://pamelding.example.no/a',
        }),
        event('open-by-hand', { status: 'open', opensAt: '2026-11-01T08:00:00Z' }),
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([['opened', 'registration.url']]);
    expect(warnings[0].message).toBe(
      'påmeldingen skulle ha åpnet 1. november 2026 kl.\u00a009.00, men påmeldingslenken mangler – til den er lagt inn, står det «Påmeldingen åpner snart» på siden, uten knapp for å melde seg på',
    );
  });

  it('says nothing about the registration of a cancelled event: its page offers none', () => {
    const cancelled = (id: string, start: string, registration?: object) =>
      doc({ _id: id, _type: 'event', start, cancelled: true, ...(registration ? { registration } : {}) });
    const warnings = findContentWarnings(
      [
        cancelled('over-and-open', '2026-01-01T10:00:00Z', { status: 'open' }),
        cancelled('over-with-waitlist', '2026-01-01T10:00:00Z', { status: 'waitlist' }),
        cancelled('coming-without', '2027-01-01T10:00:00Z'),
      ],
      now,
    );
    expect(warnings).toEqual([]);
  });

  it('warns about a conference that is over without a programme, and not about one with a programme or still to come', () => {
    const conference = (id: string, date: string, sessions: unknown[]) =>
      doc({
        _id: id,
        _type: 'conference',
        registration: { status: 'closed' },
        days: [
          { start: `${date}T09:00:00Z`, end: `${date}T15:00:00Z` },
          { start: `${date}T08:00:00Z`, end: `${date}T15:30:00Z` },
        ],
        sessions,
      });
    const warnings = findContentWarnings(
      [
        conference('no-programme', '2024-01-24', []),
        conference('with-programme', '2025-01-22', [{ _key: 's1', title: 'Velkommen' }]),
        conference('to-come', '2027-01-20', []),
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([['no-programme', 'sessions']]);
    expect(warnings[0].message).toContain('legg inn programmet');
  });

  it('warns about a conference that is over while its ingress still speaks of it as to come', () => {
    const conference = (id: string, date: string, ingress: string) =>
      doc({
        _id: id,
        _type: 'conference',
        ingress,
        registration: { status: 'closed' },
        days: [{ start: `${date}T09:00:00Z`, end: `${date}T15:00:00Z` }],
        sessions: [{ _key: 's1', title: 'Velkommen' }],
      });
    const warnings = findContentWarnings(
      [
        conference('stale', '2026-01-21', 'Neste konferansedager er 21. og 22. januar 2026, så vær tidlig ute.'),
        conference('sign-up', '2026-01-21', 'Meld deg på konferansen om varige endringer.'),
        conference('rewritten', '2025-01-22', 'Konferansedagene samlet organisasjoner og kommuner i Stavanger.'),
        conference('to-come', '2027-01-20', 'Neste konferansedager er 20. og 21. januar 2027.'),
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([
      ['stale', 'ingress'],
      ['sign-up', 'ingress'],
    ]);
    expect(warnings[0].message).toContain('«Neste»');
    expect(warnings[0].message).toContain('skriv om ingressen');
    expect(warnings[1].message).toContain('«Meld deg på»');
  });

  it('warns already while the conference is on, when the page replaces the ingress', () => {
    const conference = doc({
      _id: 'on-now',
      _type: 'conference',
      ingress: 'Neste konferansedager er 26. og 27. november 2026.',
      registration: { status: 'closed' },
      days: [
        { start: '2026-11-26T08:00:00Z', end: '2026-11-26T15:00:00Z' },
        { start: '2026-11-27T08:00:00Z', end: '2026-11-27T15:00:00Z' },
      ],
      sessions: [],
    });
    const warnings = findContentWarnings([conference], now);
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([['on-now', 'ingress']]);
    expect(warnings[0].message).toContain('konferansen har begynt');
  });

  it("warns when a conference has begun while its body or a day's description still speaks of signing up", () => {
    const block = (text: string) => ({ _type: 'block', _key: 'b', children: [{ _type: 'span', text }] });
    const conference = (id: string, date: string, body: string, description = 'Nettverk og erfaringer.') =>
      doc({
        _id: id,
        _type: 'conference',
        ingress: 'Konferansen samlet organisasjoner og kommuner.',
        body: [block(body)],
        registration: { status: 'closed' },
        days: [{ start: `${date}T09:00:00Z`, end: `${date}T15:00:00Z`, description }],
        sessions: [{ _key: 's1', title: 'Velkommen' }],
      });
    const warnings = findContentWarnings(
      [
        conference('form', '2026-01-21', 'I påmeldingsskjemaet krysser du av for dagene du vil være med på.'),
        conference('day', '2026-01-21', 'To dager om samarbeid.', 'Begrenset plass, så vær tidlig ute.'),
        // «neste» has other senses in a longer text; only the ingress is read for it.
        conference('next-step', '2026-01-21', 'Vi snakket om neste steg for samarbeidet.'),
        conference('to-come', '2027-01-20', 'I påmeldingsskjemaet krysser du av for dagene.'),
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([
      ['form', 'body'],
      ['day', 'days[0].description'],
    ]);
    expect(warnings[0].message).toContain('«påmeldingsskjemaet»');
    expect(warnings[1].message).toContain('«vær tidlig ute»');
  });

  it('finds the upcoming wording as whole words only, «å» included', () => {
    expect(stillUpcomingWording('Begge dagene blir fulltegnet, så vær tidlig ute.')).toBe('vær tidlig ute');
    expect(stillUpcomingWording('Meld deg på.')).toBe('Meld deg på');
    expect(stillUpcomingWording('Påmeldingen åpner i oktober.')).toBe('Påmeldingen åpner');
    expect(stillUpcomingWording('Programmet nestes inn i årshjulet; meld deg påske-ferien.')).toBeNull();
    expect(stillUpcomingWording(undefined)).toBeNull();
  });

  it('asks, after the dataset’s next conference is over, for its ingress to be rewritten', async () => {
    const documents = await readNdjsonFile(bundledDatasetPath);
    const conferences = documents.filter((document) => document._type === 'conference');
    const lastEnd = (document: StoredDocument) =>
      Math.max(...((document.days as { end: string }[] | undefined) ?? []).map((day) => Date.parse(day.end)));
    const newest = conferences.reduce((a, b) => (lastEnd(a) > lastEnd(b) ? a : b));
    const weekAfter = new Date(lastEnd(newest) + 7 * 24 * 3600 * 1000);
    const stale = findContentWarnings(documents, weekAfter).filter((warning) => warning.path === 'ingress');
    // The newest edition is announced as «Neste …» in the dataset; the editions before it are written in the past.
    expect(stillUpcomingWording(newest.ingress)).not.toBeNull();
    expect(stale.map((warning) => warning.id)).toEqual([newest._id]);
  });

  it('warns about a story without «Kort fortalt» and an image without credit', () => {
    const warnings = findContentWarnings(
      [doc({ _id: 's1', _type: 'projectStory', mainImage: { _type: 'figure', alt: 'Barn' } })],
      now,
    );
    expect(warnings.map((warning) => warning.path).sort()).toEqual(['mainImage.credit', 'summary']);
  });

  it('warns about a story or research update dated more than a day ahead, and not about one dated today or tomorrow', () => {
    const story = (id: string, publishedAt: string) =>
      doc({ _id: id, _type: 'projectStory', summary: 'Kort.', publishedAt });
    const update = (id: string, date: string) => doc({ _id: id, _type: 'researchUpdate', date });
    const warnings = findContentWarnings(
      [
        story('story-typo', '2027-06-01T08:00:00Z'),
        story('story-today', '2026-11-26T08:00:00Z'),
        story('story-tonight', '2026-11-26T22:00:00Z'),
        update('ru-typo', '2027-11-20'),
        update('ru-tomorrow', '2026-11-27'),
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([
      ['story-typo', 'publishedAt'],
      ['ru-typo', 'date'],
    ]);
    expect(warnings[0].message).toBe(
      '«Publisert» er 1. juni 2027, mer enn en dag fram i tid – historien står med den datoen og først i listene og nyhetsstrømmen til da; er datoen feil, rett den',
    );
    expect(warnings[1].message).toContain('oppdateringen står med den datoen');
  });

  it('warns about a picture without credit in the body text too, and not about a decorative one', () => {
    const figure = (key: string, extra: object = {}) => ({ _type: 'figure', _key: key, alt: 'Barn', ...extra });
    const warnings = findContentWarnings(
      [
        doc({
          _id: 'p1',
          _type: 'page',
          body: [
            { _type: 'block', _key: 'b1', children: [] },
            figure('f1'),
            figure('f2', { decorative: true }),
            figure('f3', { credit: 'Foto: Kari' }),
          ],
        }),
      ],
      now,
    );
    expect(warnings.map((warning) => warning.path)).toEqual(['body[1].credit']);
  });

  it('remarks on a picture without the confirmation about children, decorative or not, and not on one confirmed', () => {
    const picture = (key: string, extra: object = {}) => ({
      _type: 'figure',
      _key: key,
      asset: { _type: 'reference', _ref: 'image-a-10x10-png' },
      alt: 'Barn',
      credit: 'Foto: Kari',
      ...extra,
    });
    const warnings = findContentWarnings(
      [
        doc({
          _id: 'p1',
          _type: 'page',
          mainImage: picture('m', { childConsentConfirmed: false }),
          body: [picture('f1', { decorative: true }), picture('f2', { childConsentConfirmed: true })],
        }),
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.path, warning.message])).toEqual([
      ['mainImage.childConsentConfirmed', ruleMessages.childConsentRequired],
      ['body[0].childConsentConfirmed', ruleMessages.childConsentRequired],
    ]);
  });

  it('warns about a page not updated for a year, and not about a fresh one', () => {
    const warnings = findContentWarnings(
      [doc({ _id: 'old', _type: 'page', _updatedAt: '2025-06-01T00:00:00Z' }), doc({ _id: 'new', _type: 'page' })],
      now,
    );
    expect(warnings.map((warning) => warning.id)).toEqual(['old']);
  });

  it('warns about a page whose typed count of cities no longer matches the active places', () => {
    const text = (words: string) => [{ _type: 'block', _key: 'b1', children: [{ _type: 'span', text: words }] }];
    const place = (id: string, status: string) => doc({ _id: id, _type: 'place', status });
    const project = (placeId: string) =>
      doc({ _id: `project-${placeId}`, _type: 'collaborationProject', status: 'active', place: { _ref: placeId } });
    const about = doc({
      _id: 'about',
      _type: 'page',
      body: text('Samarbeidsprosjekter i to byer. I tre områder til.'),
    });
    const settings = doc({ _id: 'siteSettings', _type: 'siteSettings', areasInProcess: 3 });
    const matching = [
      ...[place('a', 'active'), project('a'), place('b', 'active'), project('b')],
      ...[place('c', 'establishing'), settings, about],
    ];
    expect(findContentWarnings(matching, now)).toEqual([]);
    const warnings = findContentWarnings([...matching, place('d', 'active'), project('d')], now);
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([['about', 'body']]);
    expect(warnings[0].message).toContain(
      'teksten sier «to byer», men 3 steder har status «Aktivt samarbeidsprosjekt»',
    );
  });

  it("warns about a place whose status disagrees with its collaboration projects'", () => {
    const place = (id: string, name: string, status: string) => doc({ _id: id, _type: 'place', name, status });
    const project = (id: string, placeId: string, status: string) =>
      doc({ _id: id, _type: 'collaborationProject', status, place: { _ref: placeId } });
    const warnings = findContentWarnings(
      [
        ...[place('bergen', 'Bergen', 'active'), project('p1', 'bergen', 'ended'), project('p2', 'bergen', 'active')],
        ...[place('sandnes', 'Sandnes', 'establishing'), project('p3', 'sandnes', 'active')],
        ...[place('egersund', 'Egersund', 'establishing'), place('oslo', 'Oslo', 'active')],
        ...[place('arendal', ' ', 'active'), project('p4', 'arendal', 'ended')],
      ],
      now,
    );
    expect(warnings.map((warning) => [warning.id, warning.path])).toEqual([
      ['sandnes', 'status'],
      ['oslo', 'status'],
      ['arendal', 'status'],
    ]);
    // Oslo has no project at all, Arendal only an ended one; a place without a name is «Stedet».
    expect(warnings[1].message).toContain(
      'Oslo står som «Aktivt samarbeidsprosjekt», men har ikke noe samarbeidsprosjekt ennå',
    );
    expect(warnings[2].message).toMatch(
      /^Stedet står som «Aktivt samarbeidsprosjekt», men samarbeidsprosjektet der er avsluttet\. .* Sett stedet til «Tidligere samarbeidsprosjekt»/,
    );
    expect(warnings[0].message).toContain(
      'Sandnes står som «Under etablering», men samarbeidsprosjektet der har status «Pågår»',
    );
  });
});
