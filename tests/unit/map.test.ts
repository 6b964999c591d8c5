// The places map: dots that lie a few kilometres apart (Stavanger, Sandnes, Bryne) must not cover each other, and
// every name must be seen next to its own dot, never next to a neighbour's.
import { beforeAll, describe, expect, it } from 'vitest';
import { mapPlaces } from '../../src/lib/content/places';
import { mapNameLength } from '@for-alle/shared/content-rules';
import {
  labelClearance,
  labelHeight,
  markerRadius,
  markerSpacing,
  norwayMap,
  placeLabels,
  spreadMarkers,
  type Box,
  type MapMarker,
  type MapPlace,
} from '../../src/lib/map';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import { placesQuery } from '../../src/lib/sanity/queries';
import type { PlacesQueryResult } from '../../src/lib/sanity/sanity.types';

const distanceToBox = (x: number, y: number, box: Box) =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));

/** Everything that would make a name read as another dot's, or two dots read as one. */
function mapProblems(markers: MapMarker[]): string[] {
  const problems: string[] = [];
  for (const [index, marker] of markers.entries()) {
    const { box, leader } = marker.label;
    const level = marker.y > box.top && marker.y < box.bottom;
    if (!level && !leader) problems.push(`${marker.name}: the name is not level with its dot and has no leader`);
    if (leader) {
      const fromDot = Math.hypot(leader.x1 - marker.x, leader.y1 - marker.y);
      if (fromDot > markerRadius + 3) problems.push(`${marker.name}: the leader starts ${fromDot} from its dot`);
      if (distanceToBox(leader.x2, leader.y2, box) > 3)
        problems.push(`${marker.name}: the leader does not reach the name`);
    }
    for (const other of markers.slice(index + 1)) {
      const apart = Math.hypot(other.x - marker.x, other.y - marker.y);
      if (apart < markerSpacing - 0.2)
        problems.push(`${marker.name} and ${other.name}: dots ${apart.toFixed(1)} apart`);
      const [a, b] = [box, other.label.box];
      if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top)
        problems.push(`${marker.name} and ${other.name}: the names overlap`);
    }
    for (const other of markers.filter((candidate) => candidate !== marker))
      if (distanceToBox(other.x, other.y, box) < markerRadius + labelClearance)
        problems.push(`${marker.name}: the name is next to ${other.name}'s dot`);
  }
  return problems;
}

describe('the places map', () => {
  let places: MapPlace[];
  beforeAll(async () => {
    const data = await createBundledSource(bundledDatasetPath, 'published');
    places = mapPlaces(await data.fetch<PlacesQueryResult>(placesQuery));
  });

  it('draws every place of the dataset apart from its neighbours, each name level with its own dot', () => {
    const { markers } = norwayMap(places);
    expect(markers.map((marker) => marker.slug).sort()).toEqual(places.map((place) => place.slug).sort());
    expect(mapProblems(markers)).toEqual([]);
  });

  it('moves a dot only a few units (kilometres) from where the place is', () => {
    for (const marker of norwayMap(places).markers) {
      const alone = norwayMap([places.find((place) => place.slug === marker.slug)!]).markers[0];
      expect(Math.hypot(marker.x - alone.x, marker.y - alone.y), marker.name).toBeLessThan(markerSpacing / 2);
    }
  });

  it('frames the places: no band of empty land above the northernmost one', () => {
    const { height, markers } = norwayMap(places);
    const top = Math.min(...markers.map((marker) => marker.y));
    const bottom = Math.max(...markers.map((marker) => marker.y));
    // Room above for a dot and its name, not a quarter of the picture.
    expect(top / height).toBeLessThan(0.25);
    expect(bottom).toBeLessThan(height);
  });

  it('widens the map to take in a new place up north, keeping the scale, and names a place beyond Trøndelag only in the list', () => {
    const trondheim = { name: 'Trondheim', slug: 'trondheim', lat: 63.43, lng: 10.39 };
    const tromso = { name: 'Tromsø', slug: 'tromso', lat: 69.65, lng: 18.96 };
    const before = norwayMap(places);
    const map = norwayMap([...places, trondheim, tromso]);
    expect(map.markers.map((marker) => marker.slug).sort()).toEqual([...places, trondheim].map((p) => p.slug).sort());
    expect(map.height).toBeGreaterThan(before.height);
    for (const marker of map.markers) {
      expect(marker.y, marker.name).toBeGreaterThan(0);
      expect(marker.y, marker.name).toBeLessThan(map.height);
    }
    // The same scale: Bergen and Oslo as far apart as before.
    const apart = (markers: MapMarker[]) => {
      const [bergen, oslo] = ['bergen', 'oslo'].map((slug) => markers.find((marker) => marker.slug === slug)!);
      return Math.hypot(bergen.x - oslo.x, bergen.y - oslo.y);
    };
    expect(apart(map.markers)).toBeCloseTo(apart(before.markers), 0);
    expect(mapProblems(map.markers)).toEqual([]);
  });

  it(`has room beside every dot for a name of ${mapNameLength} characters, the length the Studio warns above`, () => {
    const name = 'M'.repeat(mapNameLength);
    const frame = { width: 400, height: 400 };
    for (let x = 10; x <= 390; x += 10) {
      const [{ label }] = placeLabels([{ name, slug: 'm', lat: 0, lng: 0, x, y: 200 }], frame);
      expect(label.box.left, `a dot at ${x}`).toBeGreaterThanOrEqual(2);
      expect(label.box.right, `a dot at ${x}`).toBeLessThanOrEqual(frame.width - 2);
    }
  });

  it('keeps a name on the map where the only free side would cut it, even close to another dot', () => {
    // A neighbour close on the left, and a name too long for the right: the left is crowded but on the map.
    const frame = { width: 400, height: 400 };
    const markers = placeLabels(
      [
        { name: 'Søndre Nordstrand', slug: 'a', lat: 0, lng: 0, x: 300, y: 200 },
        { name: 'B', slug: 'b', lat: 0, lng: 0, x: 250, y: 200 },
        { name: 'C', slug: 'c', lat: 0, lng: 0, x: 250, y: 176 },
        { name: 'D', slug: 'd', lat: 0, lng: 0, x: 250, y: 224 },
      ],
      frame,
    );
    const { box } = markers.find((marker) => marker.slug === 'a')!.label;
    expect(box.left).toBeGreaterThanOrEqual(2);
    expect(box.right).toBeLessThanOrEqual(frame.width - 2);
  });

  it('parts dots on the same spot north–south, in a stable order', () => {
    const spread = spreadMarkers(
      [
        { name: 'B', x: 100, y: 100 },
        { name: 'A', x: 100, y: 100 },
      ],
      { width: 400, height: 400 },
    );
    expect(spread.map((point) => point.name)).toEqual(['A', 'B']);
    expect(spread[1].y - spread[0].y).toBeGreaterThanOrEqual(markerSpacing - 0.2);
    expect(spread[0].x).toBe(100);
  });

  it('joins a name to its dot with a leader where neither side of the dot is free', () => {
    // Three places in a row west to east, a dot's spacing apart: the middle one has a neighbour on both sides.
    const row = ['Vest', 'Midt', 'Øst'].map((name, index) => ({
      name,
      slug: name.toLowerCase(),
      lat: 0,
      lng: 0,
      x: 150 + index * markerSpacing,
      y: 200,
    }));
    const markers = placeLabels(row, { width: 400, height: 400 });
    expect(mapProblems(markers)).toEqual([]);
    const middle = markers.find((marker) => marker.name === 'Midt')!;
    expect(middle.label.leader).not.toBeNull();
    expect(Math.abs(middle.label.y - 5 - middle.y)).toBeGreaterThanOrEqual(labelHeight);
  });
});
