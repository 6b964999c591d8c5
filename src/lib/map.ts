import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, MultiPoint, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };

// A static SVG map of southern Norway, drawn at build time from Natural Earth (world-atlas) with d3-geo.
// No tiles and no scripts: the places are plain links on top of one path.

export interface MapPlace {
  name: string;
  slug: string;
  lat: number;
  lng: number;
  status?: string | null;
}

export interface MapMarker extends MapPlace {
  x: number;
  y: number;
  /** Where the name goes relative to the dot, so neighbouring names do not collide. */
  labelSide: 'left' | 'right';
  labelDy: number;
}

export interface NorwayMap {
  width: number;
  height: number;
  /** Norway, and the neighbouring land drawn fainter so the coast reads as coast. */
  land: string;
  neighbours: string;
  markers: MapMarker[];
}

const norwayId = '578';
const width = 400;
const height = 460;
// The part of Norway where For Alle works now, with room to the north for places to come.
// Corners as points: a polygon's winding order would decide whether d3 fits the box or the rest of the globe.
const extent: Feature<MultiPoint> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [4.6, 57.85],
      [12.2, 57.85],
      [12.2, 62.6],
      [4.6, 62.6],
      [8.4, 62.9],
    ],
  },
};

let shapes: { land: string; neighbours: string } | undefined;
const neighbourIds = new Set(['752', '208']); // Sweden, Denmark
const labelHeight = 16;
const charWidth = 9.4; // generous for 15px bold system sans

/** Projects the places onto the map. Places outside the drawn area are left out of the picture (not the list). */
export function norwayMap(places: MapPlace[]): NorwayMap {
  const projection = geoConicConformal().parallels([58, 63]).rotate([-8.5, 0]).fitSize([width, height], extent);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  if (!shapes) {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
    const all = feature(topology, topology.objects.countries).features as Feature<MultiPolygon>[];
    const norway = all.find((country) => String(country.id) === norwayId);
    if (!norway) throw new Error('Norway is missing from world-atlas countries-50m');
    const path = geoPath(projection).digits(1);
    shapes = {
      land: path(norway) ?? '',
      neighbours: all
        .filter((country) => neighbourIds.has(String(country.id)))
        .map((country) => path(country) ?? '')
        .join(''),
    };
  }
  const projected = places.flatMap((place) => {
    const point = projection([place.lng, place.lat]);
    if (!point) return [];
    const [x, y] = point.map((value) => Math.round(value * 10) / 10);
    return x < 0 || y < 0 || x > width || y > height ? [] : [{ ...place, x, y }];
  });
  return { width, height, ...shapes, markers: placeLabels(projected) };
}

/**
 * Puts each name to the right of its dot, or to the left where it would run off the map or over a name already
 * placed (Stavanger, Sandnes and Bryne sit a few kilometres apart). North to south, so the big towns come first.
 */
function placeLabels(points: (MapPlace & { x: number; y: number })[]): MapMarker[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const boxFor = (point: { x: number; y: number; name: string }, side: 'left' | 'right', dy: number) => {
    const textWidth = point.name.length * charWidth;
    const left = side === 'right' ? point.x + 11 : point.x - 11 - textWidth;
    const middle = point.y + dy;
    return { left, right: left + textWidth, top: middle - labelHeight / 2, bottom: middle + labelHeight / 2 };
  };
  const candidates = [0, labelHeight, -labelHeight, 2 * labelHeight].flatMap((dy) => [
    { side: 'right' as const, dy },
    { side: 'left' as const, dy },
  ]);
  const overlaps = (box: (typeof placed)[number]) =>
    box.left < 0 ||
    box.right > width ||
    placed.some(
      (other) => box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top,
    );
  return [...points]
    .sort((a, b) => a.y - b.y)
    .map((point) => {
      const { side, dy } =
        candidates.find((candidate) => !overlaps(boxFor(point, candidate.side, candidate.dy))) ?? candidates[0];
      placed.push(boxFor(point, side, dy));
      return { ...point, labelSide: side, labelDy: dy };
    });
}
