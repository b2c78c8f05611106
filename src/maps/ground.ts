/**
 * The live map's vector ground: the static map's land, coasts and borders (Natural Earth, from
 * `world-atlas`) cut at build time to a box around the map, so that the browser draws geography
 * under the tiles and a reader whose tiles fail still sees where the places are. Only what lies
 * in the box is shipped, in a small JSON file beside the page, never the whole atlas.
 */
import type { Geometry, Position } from "geojson";
import { geoBounds, geoIdentity, geoStream, type GeoStream } from "d3-geo";
import { borders, land, type AtlasScale } from "./atlas.ts";
import { extentFeatures, mercatorLatitude } from "./projection.ts";
import type { FeatureCollection } from "geojson";
import { bbox, type BBox } from "./bbox.ts";
import { weakRememberer } from "../shared/memo.ts";
import type { Ground } from "./draw/ground-data.ts";

/** Options of {@link groundBox}. */
export interface GroundBoxOptions {
  /**
   * Margin around the map's extent on every side, as a multiple of its larger span: room for
   * the reader to zoom out twice or pan before the ground ends.
   * @default 1.5
   */
  margin?: number;
  /**
   * The smallest margin in degrees, for a map of a few streets.
   * @default 1
   */
  minimumMargin?: number;
}

/**
 * Returns the box a map's ground covers: `extent` (`[west, south, east, north]` in degrees, east
 * beyond 180 across the antimeridian) widened on every side, latitudes kept inside Web Mercator's
 * ±85.0511°.
 */
export function groundBox(extent: BBox, options: GroundBoxOptions = {}): BBox {
  const [west, south, east, north] = extent;
  const span = Math.max(east - west, north - south);
  const pad = Math.max(span * (options.margin ?? 1.5), options.minimumMargin ?? 1);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return [
    round(west - pad),
    round(Math.max(-mercatorLatitude, south - pad)),
    round(east + pad),
    round(Math.min(mercatorLatitude, north + pad)),
  ];
}

/**
 * The extent the live map opens on, `[west, south, east, north]`: the author's `bounds`, else the
 * features with their uncertainty circles; across the antimeridian east is beyond 180, as the
 * browser draws it.
 */
export function mapExtent(collection: FeatureCollection, bounds?: BBox): BBox {
  if (bounds)
    return bounds[0] <= bounds[2] ? bounds : [bounds[0], bounds[1], bounds[2] + 360, bounds[3]];
  const [[west, south], [east, north]] = geoBounds(extentFeatures(collection));
  return [west, south, west <= east ? east : east + 360, north];
}

/**
 * Cuts `geometry` (d3-geo winding: exterior rings clockwise) to `box` in the plane of longitude
 * and latitude, which is exact enough for boxes of a few degrees and keeps straight edges
 * straight in Web Mercator. Returns rings (for polygons) or lines, positions rounded to `digits`
 * decimals, a position closer than `step` degrees (in both longitude and latitude) to the one
 * kept before it left out; a box beyond ±180° gets the world's copy shifted by 360°.
 */
export function clipToBox(geometry: Geometry, box: BBox, digits: number, step = 0): Position[][] {
  const polygonal = geometry.type === "Polygon" || geometry.type === "MultiPolygon";
  const factor = 10 ** digits;
  const round = (value: number) => Math.round(value * factor) / factor;
  const parts: Position[][] = [];
  const [west, south, east, north] = box;
  for (const shift of [-360, 0, 360]) {
    // The world's copy at +shift meets the box where the box, shifted back, meets [-180, 180].
    if (west - shift > 180 || east - shift < -180) continue;
    let current: Position[] | undefined;
    const sink: GeoStream = {
      point(x, y) {
        const position = [round(x + shift), round(-y)];
        const last = current?.at(-1);
        if (
          !last ||
          Math.abs((last[0] as number) - (position[0] as number)) > step ||
          Math.abs((last[1] as number) - (position[1] as number)) > step
        )
          current?.push(position);
      },
      lineStart() {
        current = [];
      },
      lineEnd() {
        if (current && current.length >= (polygonal ? 3 : 2)) parts.push(current);
        current = undefined;
      },
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    };
    // y is latitude reflected, as on screen, so that d3's rectangle clip reads clockwise
    // exterior rings the way it reads them in any projection.
    const plane = geoIdentity()
      .reflectY(true)
      .clipExtent([
        [west - shift, -north],
        [east - shift, -south],
      ]);
    const stream = plane.stream(sink);
    // Only the polygons and lines whose box meets the box can leave anything in it: d3 clips
    // each on its own, so leaving out the others changes nothing but the time.
    for (const piece of piecesOf(geometry)) {
      const [pieceWest, pieceSouth, pieceEast, pieceNorth] = piece.box;
      if (pieceWest > east - shift || pieceEast < west - shift) continue;
      if (pieceSouth > north || pieceNorth < south) continue;
      geoStream(piece.geometry, stream);
    }
  }
  return parts;
}

/** A polygon or line of a geometry, with its planar box `[west, south, east, north]`. */
interface Piece {
  geometry: Geometry;
  box: BBox;
}

/** The pieces of geometries, worked out once per geometry object (the atlas's land and borders). */
const rememberPieces = weakRememberer<Geometry, Piece[]>();

/**
 * A geometry's polygons (of a MultiPolygon) or lines (of a MultiLineString), each with its box;
 * any other geometry is one piece.
 */
function piecesOf(geometry: Geometry): Piece[] {
  return rememberPieces(geometry, () => {
    const pieces: Geometry[] =
      geometry.type === "MultiPolygon"
        ? geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }))
        : geometry.type === "MultiLineString"
          ? geometry.coordinates.map((coordinates) => ({ type: "LineString", coordinates }))
          : [geometry];
    return pieces.map((piece) => ({
      geometry: piece,
      box: bbox([{ type: "Feature", properties: {}, geometry: piece }]) ?? [0, 0, 0, 0],
    }));
  });
}

/**
 * Precision of positions for a scale, in decimals and the smallest step kept, in degrees: as fine
 * as Natural Earth's own at 1:50m (city and region maps); at 1:110m, used for views of a large
 * part of the world, under a pixel at such zooms.
 */
const precisionFor: Record<AtlasScale, { digits: number; step: number }> = {
  "10m": { digits: 4, step: 0 },
  "50m": { digits: 3, step: 0 },
  "110m": { digits: 1, step: 0.25 },
};

/**
 * Returns the ground of a map: Natural Earth land and borders at `scale`, cut to
 * `box` (see {@link groundBox}).
 */
export function renderGround(box: BBox, scale: AtlasScale): Ground {
  const { digits, step } = precisionFor[scale];
  return {
    box,
    land: clipToBox(land(scale), box, digits, step),
    lines: clipToBox(borders(scale), box, digits, step),
  };
}
