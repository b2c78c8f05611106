/**
 * Country boundaries from Natural Earth, as packaged by `world-atlas` (TopoJSON), converted to
 * GeoJSON with `topojson-client`. Used for static maps and locator insets; no tile request.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

/** A country's outline; `name` is Natural Earth's English short name ("Iraq"). */
export type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** Natural Earth scales world-atlas ships: 1:10m (detailed), 1:50m, 1:110m (coarse). */
export type AtlasScale = "10m" | "50m" | "110m";

const cache = new Map<AtlasScale, Countries>();
const require = createRequire(import.meta.url);

/** Returns the countries at `scale`, read once per process. */
export function countries(scale: AtlasScale): Countries {
  let loaded = cache.get(scale);
  if (!loaded) {
    const file = require.resolve(`world-atlas/countries-${scale}.json`);
    const topology = JSON.parse(readFileSync(file, "utf8")) as Topology;
    const object = topology.objects.countries;
    if (!object) throw new Error(`${file} has no countries object`);
    loaded = feature(topology, object) as unknown as Countries;
    cache.set(scale, loaded);
  }
  return loaded;
}
