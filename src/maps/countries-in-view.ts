/**
 * Which Natural Earth countries a view shows, and which country holds a position: bounding boxes
 * of countries, worked out once per country and remembered, so that only the countries in view
 * are projected and clipped, and only those whose box holds a position get the exact test.
 */
import { geoBounds, geoContains, type GeoProjection } from "d3-geo";
import type { Countries } from "./atlas.ts";
import { bbox, type BBox } from "./bbox.ts";
import { weakRememberer } from "../shared/memo.ts";

type Country = Countries["features"][number];

/** Planar boxes of countries, `[west, south, east, north]`, one per country object. */
const rememberBox = weakRememberer<Country, BBox>();

/** Spherical bounds of countries (`geoBounds`, west > east across the antimeridian). */
const rememberBounds = weakRememberer<Country, [[number, number], [number, number]]>();

/** A country's planar bounding box, `[west, south, east, north]`, computed once. */
function countryBox(country: Country): BBox {
  return rememberBox(country, () => bbox([country]) ?? [-180, -90, 180, 90]);
}

/**
 * The countries whose bounding box meets the projection's visible area (`width` × `height`
 * pixels), so that only they are projected and clipped. A view of a large part of the world
 * draws every country; a view across the antimeridian is tested on both sides of it.
 */
export function visibleCountries(
  countriesData: Countries,
  projection: GeoProjection,
  width: number,
  height: number,
): Country[] {
  if (2 * Math.PI * projection.scale() < 4 * width) return countriesData.features;
  const at = (x: number, y: number) => projection.invert?.([x, y]) ?? [0, 0];
  const [left] = at(0, height / 2);
  const [right] = at(width, height / 2);
  const [, north] = at(width / 2, 0);
  const [, south] = at(width / 2, height);
  const ranges: [number, number][] =
    left <= right
      ? [[left, right]]
      : [
          [left, 180],
          [-180, right],
        ];
  return countriesData.features.filter((country) => {
    const [cWest, cSouth, cEast, cNorth] = countryBox(country);
    if (cSouth > north || cNorth < south) return false;
    return ranges.some(([west, east]) => cWest <= east && cEast >= west);
  });
}

/** True when `position` may lie in `country`: inside its bounding box, with a margin of 0.01°. */
function inBounds(country: Country, position: [number, number]): boolean {
  const [[west, south], [east, north]] = rememberBounds(country, () => geoBounds(country));
  const [lon, lat] = position;
  const margin = 0.01;
  if (lat < south - margin || lat > north + margin) return false;
  if (west <= east) return lon >= west - margin && lon <= east + margin;
  return lon >= west - margin || lon <= east + margin;
}

/**
 * The country containing a position (`[longitude, latitude]` in degrees), or undefined at sea.
 * Countries whose bounding box does not hold the position are skipped before the exact test.
 */
export function countryAt(countriesData: Countries, position: [number, number]) {
  return countriesData.features.find(
    (country) => inBounds(country, position) && geoContains(country, position),
  );
}
