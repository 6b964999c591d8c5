// The content report's warnings (things worth fixing that do not stop publishing), from documents made here.
import { describe, expect, it } from 'vitest';
import { findContentWarnings } from '../../src/lib/content-guard/report';
import type { StoredDocument } from '../../src/lib/sanity/ndjson';

const doc = (document: Partial<StoredDocument> & { _id: string; _type: string }) =>
  ({ _updatedAt: '2026-11-01T00:00:00Z', ...document }) as StoredDocument;
const now = new Date('2026-11-26T12:00:00Z');

describe('findContentWarnings', () => {
  it('warns about an event still open after it ended', () => {
    const [warning] = findContentWarnings(
      [doc({ _id: 'e1', _type: 'event', start: '2026-01-01T10:00:00Z', registration: { status: 'open' } })],
      now,
    );
    expect(warning).toMatchObject({ id: 'e1', path: 'registration.status' });
    expect(warning.message).toContain('fortsatt som «Åpen»');
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

  it('warns about a story without «Kort fortalt» and an image without credit', () => {
    const warnings = findContentWarnings(
      [doc({ _id: 's1', _type: 'projectStory', mainImage: { _type: 'figure', alt: 'Barn' } })],
      now,
    );
    expect(warnings.map((warning) => warning.path).sort()).toEqual(['mainImage.credit', 'summary']);
  });

  it('warns about a page not updated for a year, and not about a fresh one', () => {
    const warnings = findContentWarnings(
      [doc({ _id: 'old', _type: 'page', _updatedAt: '2025-06-01T00:00:00Z' }), doc({ _id: 'new', _type: 'page' })],
      now,
    );
    expect(warnings.map((warning) => warning.id)).toEqual(['old']);
  });
});
