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

/** A rectangle in map units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface MapLabel {
  /** Where the text starts (anchor start) or ends (anchor end), on its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** The space the name takes, as estimated for the collision pass. */
  box: Box;
  /** A short line from the dot to its name, when the name could not sit level with its dot. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface MapMarker extends MapPlace {
  /** Where the dot is drawn: the projected place, nudged apart from a neighbour it would cover. */
  x: number;
  y: number;
  label: MapLabel;
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
/**
 * Places up to Trøndelag widen the map; farther north the country is too long for one picture at this scale, and a
 * place there is named only in the list beside the map.
 */
const northernmostDrawn = 64.5;
// Southern Norway from Lindesnes to just north of Bergen, where For Alle works now. A place outside it widens the map
// to take the place in (with a margin for its dot and name), so a new project never falls off the picture.
const southernNorway = { west: 4.0, east: 12.2, south: 57.85, north: 61.2 };
const marginDegrees = 0.4;

/** The drawn area, in map units. */
export interface Frame {
  width: number;
  height: number;
}

/**
 * The area to draw, as points along its edges: on a conic projection a parallel is an arc, so its corners alone would
 * cut off the middle of the northern and southern edges. Points, not a polygon, since a polygon's winding order would
 * decide whether d3 fits the box or the rest of the globe.
 */
function extentAround(places: MapPlace[]): Feature<MultiPoint> {
  const west = Math.min(southernNorway.west, ...places.map((place) => place.lng - marginDegrees));
  const east = Math.max(southernNorway.east, ...places.map((place) => place.lng + marginDegrees));
  const south = Math.min(southernNorway.south, ...places.map((place) => place.lat - marginDegrees));
  const north = Math.max(southernNorway.north, ...places.map((place) => place.lat + marginDegrees));
  const middle = (west + east) / 2;
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [middle, south],
        [east, south],
        [east, north],
        [middle, north],
        [west, north],
      ],
    },
  };
}

/** Norway and its neighbours drawn for an area, by the area's points: every page of a build draws the same map. */
const shapesByExtent = new Map<string, { land: string; neighbours: string }>();
const neighbourIds = new Set(['752', '208']); // Sweden, Denmark
/** The dot's radius; PlacesMap draws it. */
export const markerRadius = 7;
/** How far a dot reaches with its outline (up to 3 units of stroke for a place under establishment). */
const markerReach = markerRadius + 1.5;
/** Dots closer than this are moved apart: touching outlines would read as one blob. */
export const markerSpacing = 2 * markerReach + 1;
export const labelHeight = 16;
const charWidth = 9.4; // generous for 15px bold system sans
/** Between a dot and its name. */
const labelGap = 4;
/** No other dot comes this close to a name, so each name is seen next to its own dot only. */
export const labelClearance = 4;

/** Projects the places onto a map of southern Norway, widened to take in a place outside it up to Trøndelag. */
export function norwayMap(places: MapPlace[]): NorwayMap {
  const drawn = places.filter((place) => place.lat <= northernmostDrawn);
  const extent = extentAround(drawn);
  const projection = geoConicConformal().parallels([58, 63]).rotate([-8.5, 0]).fitWidth(width, extent);
  const frame = { width, height: Math.ceil(geoPath(projection).bounds(extent)[1][1]) };
  const { height } = frame;
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const key = JSON.stringify(extent.geometry.coordinates);
  let shapes = shapesByExtent.get(key);
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
    shapesByExtent.set(key, shapes);
  }
  const projected = drawn.flatMap((place) => {
    const point = projection([place.lng, place.lat]);
    return point ? [{ ...place, x: round(point[0]), y: round(point[1]) }] : [];
  });
  return { ...frame, ...shapes, markers: placeLabels(spreadMarkers(projected, frame), frame) };
}

type Point = MapPlace & { x: number; y: number };

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Moves dots that would overlap apart until they are markerSpacing apart: Stavanger, Sandnes and Bryne lie 15–25 km
 * apart, a dot's width at this scale. Each moves a few units (a few kilometres), which a map of half the country does
 * not show, and every dot keeps its own place in the cluster (north stays north).
 */
export function spreadMarkers<T extends { x: number; y: number; name: string }>(
  points: T[],
  { width, height }: Frame,
): T[] {
  const moved = [...points]
    .sort((a, b) => a.y - b.y || a.x - b.x || a.name.localeCompare(b.name))
    .map((point) => ({ ...point }));
  for (let pass = 0; pass < 100; pass++) {
    let crowded = false;
    for (let i = 0; i < moved.length; i++)
      for (let j = i + 1; j < moved.length; j++) {
        const [a, b] = [moved[i], moved[j]];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        if (distance >= markerSpacing - 0.05) continue;
        crowded = true;
        // Two dots on the same spot part north–south, in the order they were sorted.
        const [ux, uy] = distance > 0 ? [dx / distance, dy / distance] : [0, 1];
        const push = (markerSpacing - distance) / 2 + 0.05;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
      }
    if (!crowded) break;
  }
  return moved.map((point) => ({
    ...point,
    x: round(Math.min(width - markerReach, Math.max(markerReach, point.x))),
    y: round(Math.min(height - markerReach, Math.max(markerReach, point.y))),
  }));
}

type Segment = [number, number, number, number];

const overlap = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** How far a point is from a box (0 inside it). */
const distanceToBox = (x: number, y: number, box: Box) =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));

/** How far a point is from the segment between two others. */
function distanceToSegment(x: number, y: number, [x1, y1, x2, y2]: Segment): number {
  const length2 = (x2 - x1) ** 2 + (y2 - y1) ** 2;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length2));
  return Math.hypot(x - (x1 + t * (x2 - x1)), y - (y1 + t * (y2 - y1)));
}

/** Whether a segment runs through a box (tested at points along it: boxes and segments here are a few units long). */
const crosses = ([x1, y1, x2, y2]: Segment, box: Box) =>
  Array.from({ length: 9 }, (_, step) => (step + 1) / 10).some(
    (t) => distanceToBox(x1 + t * (x2 - x1), y1 + t * (y2 - y1), box) === 0,
  );

interface LabelCandidate {
  side: 'right' | 'left';
  /** How far the name's middle is above (−) or below (+) the dot. */
  dy: number;
}

/** Level with the dot first, right then left; only where neither fits, a name a line up or down with a leader. */
const candidates: LabelCandidate[] = [0, -1.5, 1.5, -2.5, 2.5].flatMap((lines) => [
  { side: 'right' as const, dy: lines * labelHeight },
  { side: 'left' as const, dy: lines * labelHeight },
]);

function labelFor(point: { x: number; y: number; name: string }, { side, dy }: LabelCandidate): MapLabel {
  const textWidth = point.name.length * charWidth;
  // A name moved up or down also moves out sideways, so its leader runs at a slant that is easy to follow.
  const offset = markerRadius + labelGap + (dy === 0 ? 0 : 2 * labelGap);
  const x = side === 'right' ? point.x + offset : point.x - offset;
  const middle = point.y + dy;
  const left = side === 'right' ? x : x - textWidth;
  const box = { left, right: left + textWidth, top: middle - labelHeight / 2, bottom: middle + labelHeight / 2 };
  let leader: MapLabel['leader'] = null;
  if (dy !== 0) {
    // From the dot's edge to just short of the name's near end, at its middle.
    const endX = side === 'right' ? box.left - 2 : box.right + 2;
    const angle = Math.atan2(middle - point.y, endX - point.x);
    leader = {
      x1: round(point.x + Math.cos(angle) * markerReach),
      y1: round(point.y + Math.sin(angle) * markerReach),
      x2: round(endX),
      y2: round(middle),
    };
  }
  return { x: round(x), y: round(middle + 5), anchor: side === 'right' ? 'start' : 'end', box, leader };
}

/**
 * Puts each name next to its own dot: level with it, to the right, or to the left where the right would run off the
 * map, over a name already placed, or close to another dot. Where neither side is free, the name moves a line up or
 * down and a leader line joins it to its dot. North to south, so the big towns come first.
 */
export function placeLabels(points: Point[], { width, height }: Frame): MapMarker[] {
  const placed: Box[] = [];
  const leaders: Segment[] = [];
  const fits = (point: Point, label: MapLabel) => {
    const { box, leader } = label;
    if (box.left < 2 || box.right > width - 2 || box.top < 0 || box.bottom > height) return false;
    if (placed.some((other) => overlap(box, other)) || leaders.some((other) => crosses(other, box))) return false;
    const others = points.filter((other) => other !== point);
    if (others.some((other) => distanceToBox(other.x, other.y, box) < markerReach + labelClearance)) return false;
    if (!leader) return true;
    const segment: Segment = [leader.x1, leader.y1, leader.x2, leader.y2];
    // A leader must not pass another dot, nor cross a name: it would seem to point there.
    if (others.some((other) => distanceToSegment(other.x, other.y, segment) < markerReach + 2)) return false;
    return !placed.some((other) => crosses(segment, other));
  };
  return [...points]
    .sort((a, b) => a.y - b.y)
    .map((point) => {
      const labels = candidates.map((candidate) => labelFor(point, candidate));
      // Where nothing is free, a name that at least stays on the map beats one cut at its edge.
      const label =
        labels.find((candidate) => fits(point, candidate)) ??
        labels.find(({ box }) => box.left >= 2 && box.right <= width - 2) ??
        labels[0];
      placed.push(label.box);
      if (label.leader) leaders.push([label.leader.x1, label.leader.y1, label.leader.x2, label.leader.y2]);
      return { ...point, label };
    });
}
