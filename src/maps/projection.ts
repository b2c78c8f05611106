/**
 * The static map's projection and extent: Web Mercator (d3-geo `geoMercator`, as the tiles),
 * fitted to the features (with their uncertainty circles, and the surroundings of a lone point)
 * or to the bounds the author chose. Positions are `[longitude, latitude]` in degrees.
 */
import type { Feature, FeatureCollection, Polygon, Position } from "geojson";
import { geoBounds, geoCircle, geoMercator, type GeoProjection } from "d3-geo";
import rewind from "@mapbox/geojson-rewind";
import { bbox, type BBox } from "./bbox.ts";
import { minimumExtentDegrees, minimumExtentMetres } from "./draw/extent.ts";
import { eachPosition } from "./draw/positions.ts";
import { weakRememberer } from "../shared/memo.ts";

/** Mean Earth radius in metres (IUGG), for converting distances to angles. */
export const earthRadiusMetres = 6_371_008.8;

/** The latitude, in degrees, at which Web Mercator maps (and tiles) end. */
export const mercatorLatitude = 85.0511;

/**
 * Returns the uncertainty circle of a point as a polygon: `radius` metres around
 * `[longitude, latitude]` (degrees), as d3-geo's `geoCircle` draws it on the sphere.
 */
export function uncertaintyCircle(center: Position, radius: number): Polygon {
  const degrees = (radius / earthRadiusMetres) * (180 / Math.PI);
  return geoCircle()
    .center([center[0] as number, center[1] as number])
    .radius(degrees)
    .precision(4)();
}

/**
 * Returns a copy of a collection with polygon rings wound as d3-geo reads them (exterior rings
 * clockwise). RFC 7946 winds them the other way, which d3-geo would read as the whole globe
 * except the polygon. Latitudes beyond {@link mercatorLatitude} are brought to it.
 */
export function forD3(collection: FeatureCollection): FeatureCollection {
  const copy = rewind(structuredClone(collection), true);
  // Web Mercator cannot show the poles: positions beyond its edge are drawn at the edge.
  for (const feature of copy.features) {
    if (!feature.geometry) continue;
    eachPosition(feature.geometry, (position) => {
      position[1] = Math.max(-mercatorLatitude, Math.min(mercatorLatitude, position[1] as number));
    });
  }
  return copy;
}

/**
 * A Mercator projection centred on the longitude of `feature`'s bounds (so a map across the
 * antimeridian, Fiji say, is not drawn around the whole globe), fitted into `frame` and clipped
 * to `width` × `height` pixels.
 */
export function fittedProjection(
  feature: Feature | FeatureCollection,
  frame: [[number, number], [number, number]],
  width: number,
  height: number,
): GeoProjection {
  const [[west], [east]] = geoBounds(feature);
  // geoBounds gives west > east for bounds that cross the antimeridian.
  const middle = west <= east ? (west + east) / 2 : (((west + east + 360) / 2 + 180) % 360) - 180;
  return geoMercator()
    .rotate([-middle, 0])
    .fitExtent(frame, feature)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** A feature of no properties whose geometry is `geometry`. */
const bare = (geometry: Polygon): Feature => ({ type: "Feature", properties: {}, geometry });

/** Extents by collection: a map's scale, locator and ground all start from it. */
const rememberExtent = weakRememberer<FeatureCollection, FeatureCollection>();

/**
 * The features to fit a view to: every geometry (wound for d3-geo, {@link forD3}), the
 * uncertainty circle of each point, and for a lone point a circle of {@link minimumExtentMetres}
 * around it. Worked out once per collection object (which must not change after): treat the
 * result as read-only.
 */
export function extentFeatures(collection: FeatureCollection): FeatureCollection {
  return rememberExtent(collection, () => makeExtentFeatures(collection));
}

/** {@link extentFeatures}, worked out. */
function makeExtentFeatures(collection: FeatureCollection): FeatureCollection {
  const features: Feature[] = [];
  for (const feature of forD3(collection).features) {
    features.push(feature);
    const radius = feature.properties?.uncertainty;
    if (feature.geometry?.type === "Point" && typeof radius === "number") {
      features.push(bare(uncertaintyCircle(feature.geometry.coordinates, radius)));
    }
  }
  // A lone point (or points close together) is shown with its surroundings, not at infinite zoom.
  const box = bbox(features);
  if (box && box[2] - box[0] < minimumExtentDegrees && box[3] - box[1] < minimumExtentDegrees) {
    const center = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    features.push(bare(uncertaintyCircle(center, minimumExtentMetres)));
  }
  return { type: "FeatureCollection", features };
}

/** Centre of the extent of features (and their uncertainty circles), `[longitude, latitude]`. */
export function extentCenter(collection: FeatureCollection): [number, number] {
  const extent = extentFeatures(collection);
  const [[west, south], [east, north]] = geoBounds(extent);
  return [(west + east) / 2, (south + north) / 2];
}

/** A rectangle `[west, south, east, north]` (degrees) as a polygon d3-geo reads (clockwise). */
export function boundsFeature([west, south, east, north]: BBox): Feature {
  return bare({
    type: "Polygon",
    coordinates: [
      [
        [west, south],
        [west, north],
        [east, north],
        [east, south],
        [west, south],
      ],
    ],
  });
}

/**
 * The Natural Earth scale a static map needs: 1:50m outlines for a city or a region, 1:110m for
 * a view of a large part of the world (over 30° wide or 20° high), which would otherwise make
 * the SVG heavy.
 * @param bounds the area the author chose, `[west, south, east, north]`; default: the features
 */
export function atlasScaleFor(collection: FeatureCollection, bounds?: BBox): "50m" | "110m" {
  const [[west, south], [east, north]] = geoBounds(
    bounds ? boundsFeature(bounds) : extentFeatures(collection),
  );
  const span = west <= east ? east - west : east - west + 360;
  return span > 30 || north - south > 20 ? "110m" : "50m";
}

/**
 * The features to fit a small multiple to (src/maps/step-map.ts): every geometry (wound for
 * d3-geo) without the uncertainty circles of points, which may then run off the panel's edge, so
 * that a 10 km circle does not shrink a city's districts into a corner; for a lone point (or
 * points close together), a circle of {@link minimumExtentMetres} around it.
 */
export function positionExtentFeatures(collection: FeatureCollection): FeatureCollection {
  const features = forD3(collection).features.filter((feature) => feature.geometry);
  const box = bbox(features);
  if (box && box[2] - box[0] < minimumExtentDegrees && box[3] - box[1] < minimumExtentDegrees) {
    const center = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    features.push(bare(uncertaintyCircle(center, minimumExtentMetres)));
  }
  return { type: "FeatureCollection", features };
}
