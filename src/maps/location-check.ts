/**
 * A post's `location` and its maps' features checked against each other: a position written
 * `[latitude, longitude]` is caught when it lies far from the other and, swapped, lies near it.
 * This catches what `swapped-positions.ts` cannot (it needs three features): a lone feature, or
 * the post's own `location`. Distances are great-circle distances on a sphere of radius
 * {@link earthRadiusKm} (d3-geo's `geoDistance`).
 */
import { geoDistance } from "d3-geo";
import type { Feature, Position } from "geojson";
import { eachPosition } from "./draw/positions.ts";
import { featureLabel, formatPosition, type MapProblem } from "./map-problem.ts";

/** Mean Earth radius in kilometres (IUGG). */
export const earthRadiusKm = 6371.0088;

/**
 * The distances of the check, in kilometres.
 *
 * - `near` (300 km): how far from a post's location a map of the story it tells may reach and
 *   still be "about" it: a city and its province (Basra to Amarah is 160 km, to Nasiriyah
 *   180 km), or a small country around a capital.
 * - `far` (800 km): a position this far from the location, whose swap lies within `near` of
 *   it, is taken for a swapped one. A swap moves a position by about 157 km for each degree
 *   between its longitude and its latitude, so it is told apart only where they differ by more
 *   than about 5°; nearer the diagonal (36° E, 36° N) a swapped and a true position are too
 *   close to tell. A map drawn far from its post (a post set in Basra with a map of Washington)
 *   passes, because its swap lands nowhere near the location: only a swap that explains the
 *   distance is reported.
 */
export const locationCheckKm = { near: 300, far: 800 } as const;

/** A post's `location` front matter: `[longitude, latitude]` in degrees (RFC 7946 order). */
export interface PostLocation {
  name: string;
  coordinates: readonly [number, number];
}

/** Great-circle distance between two `[longitude, latitude]` positions, in kilometres. */
export function distanceKm(a: readonly number[], b: readonly number[]): number {
  return (
    geoDistance([a[0] as number, a[1] as number], [b[0] as number, b[1] as number]) * earthRadiusKm
  );
}

const swap = (position: readonly number[]): [number, number] => [
  position[1] as number,
  position[0] as number,
];

/** True when `position` is far from `here` and its swap near it ({@link locationCheckKm}). */
function swapExplains(position: readonly number[], here: readonly number[]): boolean {
  // A latitude beyond ±90 cannot be swapped into a longitude's place.
  if (Math.abs(position[0] as number) > 90) return false;
  return (
    distanceKm(position, here) >= locationCheckKm.far &&
    distanceKm(swap(position), here) <= locationCheckKm.near
  );
}

/** The outcome of the check of one map: features that look swapped, or the location. */
export interface LocationCheck {
  /** One problem per feature that looks swapped, with its path (`["features", 0, …]`). */
  features: MapProblem[];
  /** The problem of the post's `location` (without the field's name), when it looks swapped. */
  location?: { message: string; fix: string };
}

/**
 * Checks a map's features against the post's `location`. A feature whose every position lies
 * at least {@link locationCheckKm}`.far` from the location while, swapped, each lies within
 * `.near` of it looks swapped. When a map of two or more features looks swapped as a whole, the
 * one location is taken to be wrong rather than all of them (and a KML or GPX file, written by
 * software, is never swapped); a lone feature is taken to be wrong, and the fix says the
 * location may be instead. A map far from the location whose swap does not explain it passes.
 * @param location the post's `location`
 * @param features the map's features, as drawn
 * @param fromFile true for features converted from KML or GPX (software writes their positions)
 */
export function checkAgainstLocation(
  location: PostLocation,
  features: readonly Feature[],
  fromFile = false,
): LocationCheck {
  const here = location.coordinates;
  const looksSwapped = features.map((feature) => {
    if (!feature.geometry) return false;
    const positions: Position[] = [];
    eachPosition(feature.geometry, (position) => positions.push(position));
    return positions.length > 0 && positions.every((position) => swapExplains(position, here));
  });
  const swappedCount = looksSwapped.filter(Boolean).length;
  const all = swappedCount === features.length;
  if (swappedCount === 0 || (fromFile && !all)) return { features: [] };
  const written = formatPosition(here);
  if (all && (fromFile || features.length >= 2)) {
    return {
      features: [],
      location: {
        message: `${written} looks like [latitude, longitude]: it lies far from ${features.length === 1 ? "the feature" : features.length === 2 ? "both features" : `all ${features.length} features`} of this post's map, and swapped it lies among them; positions are [longitude, latitude]`,
        fix: `swap the two numbers: write coordinates: ${formatPosition(swap(here))}${fromFile ? "" : " (or, if the location is right, swap the two numbers of each position of the map)"}`,
      },
    };
  }
  const problems: MapProblem[] = [];
  features.forEach((feature, index) => {
    if (!looksSwapped[index] || !feature.geometry) return;
    let first: Position | undefined;
    eachPosition(feature.geometry, (position) => (first ??= position));
    const at = first as Position;
    problems.push({
      path: ["features", index, "geometry", "coordinates"],
      message: `${featureLabel(index, feature)}: position ${formatPosition(at)} looks like [latitude, longitude]: it lies ${Math.round(distanceKm(at, here)).toLocaleString("en-US")} km from the post's location ${JSON.stringify(location.name)} ${written}, and swapped it lies within ${Math.round(distanceKm(swap(at), here)).toLocaleString("en-US")} km of it; GeoJSON positions are [longitude, latitude]`,
      fix: `swap the two numbers of each position, e.g. write ${formatPosition(swap(at))}${features.length === 1 ? ` (or, if the feature is right, the post's location.coordinates are the ones swapped: write ${formatPosition(swap(here))})` : ""}`,
    });
  });
  return { features: problems };
}
