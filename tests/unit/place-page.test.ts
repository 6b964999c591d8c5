// What a place's page lists (src/lib/content/events.ts and places.ts): what happened there, whom to contact, and
// which organisations it names besides those of its projects.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import PlaceNextStep from '../../src/components/PlaceNextStep.astro';
import { pastEventsAndConferences, pastLinks } from '../../src/lib/content/events';
import { hasProjectContact, openProjects, otherOrganisations } from '../../src/lib/content/places';

const now = new Date('2027-03-01T12:00:00Z');
const workshop = {
  slug: 'workshop-bergen',
  title: 'Workshop i Bergen',
  start: '2026-09-10T08:00:00Z',
  end: '2026-09-10T14:00:00Z',
  isSample: true,
};
const cancelled = { slug: 'debatt', title: 'Debatt', start: '2026-05-01T16:00:00Z', cancelled: true };
const upcoming = { slug: 'nettverk', title: 'Nettverksmøte', start: '2027-04-01T08:00:00Z' };
const conference = {
  _type: 'conference' as const,
  year: 2027,
  title: 'For Alle-konferansen 2027',
  start: '2027-01-20T09:00:00Z',
  end: '2027-01-21T15:30:00Z',
};
const nextConference = {
  ...conference,
  year: 2028,
  title: 'For Alle-konferansen 2028',
  start: '2028-01-19T09:00:00Z',
  end: '2028-01-20T15:30:00Z',
};

describe('the past events and conferences of a place', () => {
  it('lists past events and past conferences together, newest first, and nothing still to come', () => {
    expect(pastEventsAndConferences([workshop, cancelled, upcoming], [nextConference, conference], now)).toEqual([
      conference,
      workshop,
      cancelled,
    ]);
  });

  it('links each to its own page, says «Avlyst» only of a cancelled event, and keeps the sample mark', () => {
    expect(pastLinks([cancelled, workshop, upcoming], [conference, nextConference], now)).toEqual([
      {
        href: '/konferanse/2027/',
        title: 'For Alle-konferansen 2027',
        start: conference.start,
        end: conference.end,
        cancelled: false,
        isSample: false,
      },
      {
        href: '/arrangementer/workshop-bergen/',
        title: 'Workshop i Bergen',
        start: workshop.start,
        end: workshop.end,
        cancelled: false,
        isSample: true,
      },
      {
        href: '/arrangementer/debatt/',
        title: 'Debatt',
        start: cancelled.start,
        end: null,
        cancelled: true,
        isSample: false,
      },
    ]);
  });
});

describe('whom a place gives to contact', () => {
  it('gives the programme’s contacts only when no project names one', () => {
    expect(hasProjectContact([])).toBe(false);
    expect(hasProjectContact([{ contacts: null }, { contacts: [null] }])).toBe(false);
    expect(hasProjectContact([{ contacts: [] }, { contacts: [{ _id: 'person-kari' }] }])).toBe(true);
  });
});

describe('the other organisations of a place', () => {
  it('leaves out those a project names as lead or partner, in the order given', () => {
    const organisations = [{ _id: 'bymisjon' }, { _id: 'idrettsrad' }, { _id: 'kommune' }, { _id: 'rode-kors' }];
    const projects = [{ leadOrganisation: { _id: 'kommune' }, partners: [{ _id: 'rode-kors' }, null] }];
    expect(otherOrganisations(organisations, projects)).toEqual([{ _id: 'bymisjon' }, { _id: 'idrettsrad' }]);
    expect(otherOrganisations(organisations, [])).toEqual(organisations);
  });
});

describe('a place whose collaboration project has ended', () => {
  const render = async (props: Record<string, unknown>) => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(PlaceNextStep, {
      props: { at: 'i Arendal', projectContact: false, programmeContacts: [], ...props },
    });
    return load(html)('p.prose').text().replace(/\s+/g, ' ').trim();
  };

  it('counts only projects that have not ended as ones to join', () => {
    expect(openProjects([{ status: 'ended' }, { status: 'active' }, {}])).toEqual([{ status: 'active' }, {}]);
    expect(openProjects([{ status: 'ended', contacts: ['person-a'] }])).toEqual([]);
  });

  it('says the project has ended and how a new one starts, not «ta kontakt med prosjektet»', async () => {
    expect(await render({ hasProject: false, ended: true })).toBe(
      'Samarbeidsprosjektet i Arendal er avsluttet. Et nytt samarbeidsprosjekt blir til i tett dialog mellom kommunen, organisasjonene og For Alle. Les hvordan dere forbereder en søknad, eller ta kontakt med oss.',
    );
    expect(await render({ hasProject: false })).toMatch(/^Et samarbeidsprosjekt blir til i tett dialog/);
  });
});
