/**
 * Where a feature's number badge goes, the same on the static map and the live map: on a pin,
 * above its tip; on an area, at the centroid of its largest part; on a line, halfway along its
 * longest part. Computed in Web Mercator, the projection of both maps. Pure and DOM-free: the
 * build and the browser share it.
 */
import type { Geometry, Position } from "geojson";

/** A badge's place: a position, `[longitude, latitude]` in degrees, and whether it marks a pin. */
export interface BadgeAnchor {
  position: [number, number];
  /** True for points: the badge sits {@link badgeLift} pixels above the pin's tip, on its head. */
  onPin: boolean;
}

/** How far above a pin's tip its badge's centre is, in pixels (the pin is 41 px tall). */
export const badgeLift = 22;

/** Radius of a number badge in pixels. */
export const badgeRadius = 9;

const radians = Math.PI / 180;

/** Web Mercator y of a latitude, in degrees of longitude at the equator (north is up). */
function mercatorY(latitude: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (latitude * radians) / 2)) / radians;
}

function latitudeOf(y: number): number {
  return (2 * Math.atan(Math.exp(y * radians)) - Math.PI / 2) / radians;
}

const planar = (position: Position): [number, number] => [
  position[0] as number,
  mercatorY(position[1] as number),
];

/** Signed area and centroid of a ring in the Mercator plane (shoelace formula). */
function ringMoments(ring: Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = planar(ring[i] as Position);
    const [x1, y1] = planar(ring[(i + 1) % ring.length] as Position);
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { area: area / 2, x, y };
}

/** Area and centroid of a polygon in the Mercator plane, holes taken out however wound. */
function polygonCentroid(rings: Position[][]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  rings.forEach((ring, index) => {
    const moments = ringMoments(ring);
    // The exterior counts positive and holes negative, whichever way each is wound.
    const sign = (index === 0 ? 1 : -1) * Math.sign(moments.area);
    area += sign * moments.area;
    x += sign * moments.x;
    y += sign * moments.y;
  });
  return { area, x: x / (6 * area), y: y / (6 * area) };
}

/** The point halfway along a line, measured in the Mercator plane, and the line's length. */
function lineMiddle(line: Position[]): { length: number; x: number; y: number } {
  const points = line.map(planar);
  const lengths = points.slice(1).map((point, i) => {
    const previous = points[i] as [number, number];
    return Math.hypot(point[0] - previous[0], point[1] - previous[1]);
  });
  const length = lengths.reduce((sum, value) => sum + value, 0);
  let walked = 0;
  for (const [i, segment] of lengths.entries()) {
    if (walked + segment >= length / 2 && segment > 0) {
      const t = (length / 2 - walked) / segment;
      const [x0, y0] = points[i] as [number, number];
      const [x1, y1] = points[i + 1] as [number, number];
      return { length, x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t };
    }
    walked += segment;
  }
  const [x, y] = points[0] ?? [0, 0];
  return { length, x, y };
}

/** The first of `items` with the greatest `size`, or undefined when there are none. */
function largestBy<T>(items: readonly T[], size: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || size(item) > size(best) ? item : best),
    undefined,
  );
}

/**
 * Returns where the number badge of a geometry goes: a Point's (or a MultiPoint's first)
 * position, marked `onPin`; a (Multi)Polygon's area centroid in Web Mercator, of its largest part;
 * a (Multi)LineString's middle, halfway along its longest part; a GeometryCollection's first
 * member's anchor.
 * @throws Error for an empty geometry (validation rejects them before)
 */
export function badgeAnchor(geometry: Geometry): BadgeAnchor {
  const back = (x: number, y: number): [number, number] => [x, latitudeOf(y)];
  switch (geometry.type) {
    case "Point":
      return { position: [...geometry.coordinates.slice(0, 2)] as [number, number], onPin: true };
    case "MultiPoint": {
      const first = geometry.coordinates[0];
      if (!first) break;
      return { position: [first[0], first[1]] as [number, number], onPin: true };
    }
    case "Polygon":
    case "MultiPolygon": {
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
      const largest = largestBy(polygons.map(polygonCentroid), (part) => part.area);
      if (!largest) break;
      return { position: back(largest.x, largest.y), onPin: false };
    }
    case "LineString":
    case "MultiLineString": {
      const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
      const longest = largestBy(lines.map(lineMiddle), (part) => part.length);
      if (!longest) break;
      return { position: back(longest.x, longest.y), onPin: false };
    }
    case "GeometryCollection": {
      const first = geometry.geometries[0];
      if (first) return badgeAnchor(first);
      break;
    }
  }
  throw new Error(`a ${geometry.type} without positions has no place for a badge`);
}

/** A badge to place: where it would like to be and what it marks, in pixels. */
export interface BadgeSpot {
  /** The centre it would like, `[x, y]` (on or beside its pin's head, or on its anchor). */
  wanted: [number, number];
  /** The point it marks, `[x, y]`: a leader line joins them when the badge moves away. */
  marks: [number, number];
}

/** Where {@link placeBadges} put a badge: its centre, and whether it left its wanted place. */
export interface PlacedBadge {
  at: [number, number];
  moved: boolean;
}

/** Directions a badge is nudged in, in order of preference: right, left, up, down, diagonals. */
const nudges: ReadonlyArray<[number, number]> = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

/**
 * Places number badges of radius `radius` pixels on a map `width` × `height` pixels so that no
 * two overlap: in order, each badge takes its wanted centre if it is free (no badge placed
 * before within `2 × radius + 1` pixels, not on the point another badge marks, clear of
 * `keepOut`), else the first free place one, two, then three badge widths away in
 * {@link nudges}' directions, else the place among those that is least in the way. Every place
 * is brought inside the map. A greedy nudge, not an optimal labelling: enough for the few badges
 * of a map that fall close together.
 * @param keepOut rectangles `[x0, y0, x1, y1]` a badge should not cover (a scale bar)
 * @returns one place per spot, in their order
 */
export function placeBadges(
  spots: readonly BadgeSpot[],
  radius: number,
  width: number,
  height: number,
  keepOut: ReadonlyArray<[number, number, number, number]> = [],
): PlacedBadge[] {
  const placed: Array<[number, number]> = [];
  const gap = 2 * radius + 1;
  const inside = ([x, y]: [number, number]): [number, number] => [
    Math.min(Math.max(x, radius + 1), width - radius - 1),
    Math.min(Math.max(y, radius + 1), height - radius - 1),
  ];
  /** How much a centre is in the way: of badges placed, of the points marked, of `keepOut`. */
  const cost = ([x, y]: [number, number], own: number): number => {
    const overlaps = placed.filter(([px, py]) => Math.hypot(px - x, py - y) < gap).length;
    const onMarks = spots.filter(
      ({ marks }, index) => index !== own && Math.hypot(marks[0] - x, marks[1] - y) < radius,
    ).length;
    const covers = keepOut.filter(
      ([x0, y0, x1, y1]) =>
        x + radius > x0 && x - radius < x1 && y + radius > y0 && y - radius < y1,
    ).length;
    return overlaps * 10 + onMarks * 2 + covers;
  };
  return spots.map(({ wanted }, own) => {
    const first = inside(wanted);
    const candidates: Array<[number, number]> = [
      first,
      ...[1, 2, 3].flatMap((ring) =>
        nudges.map(([dx, dy]): [number, number] => {
          const step = (ring * gap) / Math.hypot(dx, dy);
          return inside([wanted[0] + dx * step, wanted[1] + dy * step]);
        }),
      ),
    ];
    let best = first;
    let bestCost = cost(best, own);
    for (const candidate of candidates) {
      if (bestCost === 0) break;
      const value = cost(candidate, own);
      if (value < bestCost) [best, bestCost] = [candidate, value];
    }
    placed.push(best);
    const moved = Math.hypot(best[0] - wanted[0], best[1] - wanted[1]) > radius;
    return { at: best, moved };
  });
}
