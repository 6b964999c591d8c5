// «Ny konferanse» starts as every year does (the programme's text): next year, in Stavanger, a network day of 100
// places and a conference day of 300, registration not open yet. The days have no title: the site calls them by kind.
import { evaluate, parse } from 'groq-js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { conference } from '../../studio/schemaTypes/documents/conference';
import { type Doc, readDataset, validate } from './dataset';

const dataset = readDataset();

type InitialValue = (params: unknown, context: { getClient: () => unknown }) => Promise<Record<string, unknown>>;
type Day = { _key: string; kind: string; title?: string; capacity: number; status: string; start?: string };

/** The Studio's client in the initial-value context, answering GROQ over the given documents. */
const clientOver = (documents: Doc[]) => ({
  fetch: async (query: string) => (await evaluate(parse(query), { dataset: documents })).get(),
});

const initialValue = (documents: Doc[] = dataset) =>
  (conference.initialValue as unknown as InitialValue)(undefined, { getClient: () => clientOver(documents) });

afterEach(() => {
  vi.useRealTimers();
});

describe('a new conference', () => {
  test('is next year, in the published Stavanger, with registration not open yet', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T12:00:00Z') });
    const value = await initialValue();
    const stavanger = dataset.find(
      (doc) => doc._type === 'place' && (doc.slug as { current: string }).current === 'stavanger',
    )!;
    expect(value.year).toBe(2027);
    expect(value.place).toEqual({ _type: 'reference', _ref: stavanger._id });
    expect(value.registration).toEqual({ status: 'notOpen' });
    expect(value.isSample).toBe(false);
  });

  test('has the network day of 100 places first, then the conference day of 300, both without a title', async () => {
    const days = (await initialValue()).days as Day[];
    expect(days.map((day) => day.kind)).toEqual(['network', 'conference']);
    expect(days.map((day) => day.capacity)).toEqual([100, 300]);
    expect(days.every((day) => day.status === 'available' && day.title === undefined)).toBe(true);
    expect(new Set(days.map((day) => day._key)).size).toBe(days.length);
  });

  test('without a published Stavanger, the place is left for the editor to pick', async () => {
    const withoutStavanger = dataset.filter((doc) => doc._id !== 'place-stavanger');
    expect((await initialValue(withoutStavanger)).place).toBeUndefined();
  });

  // The Studio's client reads drafts and release versions too; the new conference must point at the published place.
  test('with Stavanger also in a release, still the published Stavanger; with Stavanger only in a release, no place', async () => {
    const stavanger = dataset.find((doc) => doc._id === 'place-stavanger')!;
    const inRelease = { ...stavanger, _id: 'versions.rSpring.place-stavanger', name: 'Stavanger (ny tekst)' } as Doc;
    const draft = { ...stavanger, _id: 'drafts.place-stavanger' } as Doc;
    const others = dataset.filter((doc) => doc._id !== 'place-stavanger');
    expect((await initialValue([inRelease, draft, ...dataset])).place).toEqual({
      _type: 'reference',
      _ref: 'place-stavanger',
    });
    expect((await initialValue([inRelease, draft, ...others])).place).toBeUndefined();
  });

  test('with its dates filled in, its days can be published as they are', async () => {
    const published = structuredClone(dataset.find((doc) => doc._id === 'conference-2027')!) as Doc;
    const datesByKind = new Map((published.days as Day[]).map((day) => [day.kind, day]));
    const days = ((await initialValue()).days as Day[]).map((day) => ({
      ...day,
      start: datesByKind.get(day.kind)!.start,
      end: (datesByKind.get(day.kind) as Day & { end: string }).end,
    }));
    expect(await validate({ ...published, days }, dataset, 'studio')).toEqual([]);
  });
});
